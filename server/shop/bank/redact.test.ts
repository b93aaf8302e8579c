import { describe, expect, it } from "vitest";
import { logPath, scrubText, summarizeBody, summarizeBodyText } from "./redact";

describe("summarizeBody", () => {
  it("keeps the facts of a subscription request and drops the buyer and the return link", () => {
    const summary = JSON.parse(
      summarizeBody({
        solutionCode: "SCFRLT-TXNO",
        financedAmount: 1234.5,
        merchantGlobalOrderId: "o-1",
        merchantBuyerId: "b-1",
        merchantUrls: { confirmation: "https://shop/checkout/return/TOKEN" },
        buyers: [{ contact: { email: "a@b.fr" }, billingAddress: { streetName: "x" }, birthDate: "1980-01-01" }],
        basketDetails: { basketItems: [{ id: "sku", label: "Robot", quantity: 1, price: 10, description: "d", brandName: "K" }] },
      })!,
    );
    expect(summary).toEqual({
      solutionCode: "SCFRLT-TXNO",
      financedAmount: 1234.5,
      merchantGlobalOrderId: "o-1",
      basketDetails: { basketItems: [{ id: "sku", quantity: 1, price: 10 }] },
      _redacted: ["merchantBuyerId", "merchantUrls", "buyers"],
    });
  });

  it("drops the access token and the journey, keeps the redirect's kind", () => {
    expect(JSON.parse(summarizeBody({ access_token: "abc", token_type: "Bearer", expires_in: 900 })!)).toEqual({ token_type: "Bearer", expires_in: 900, _redacted: ["access_token"] });
    expect(JSON.parse(summarizeBody({ id: "s", redirect: { type: "page", value: "<html>" } })!)).toEqual({ id: "s", redirect: { type: "page" } });
  });

  it("keeps only the first items of a long list", () => {
    const subs = Array.from({ length: 8 }, (_, i) => ({ creditSubscriptionId: String(i), consolidatedStatus: "ACCEPTED", buyer: {} }));
    const summary = JSON.parse(summarizeBody({ totalItemCount: 8, subscriptions: subs })!);
    expect(summary.subscriptions).toHaveLength(6);
    expect(summary.subscriptions[5]).toBe("…3 more");
  });

  it("reads form bodies and survives non-JSON", () => {
    expect(JSON.parse(summarizeBodyText("grant_type=client_credentials&scope=e-financing%3Arw", "application/x-www-form-urlencoded")!)).toEqual({ grant_type: "client_credentials", scope: "e-financing:rw" });
    expect(JSON.parse(summarizeBodyText("<html>oops</html>", "text/html")!)).toEqual({ nonJsonBytes: 17 });
    expect(summarizeBodyText("", null)).toBeNull();
  });
});

describe("scrubText", () => {
  it("masks emails, IBANs and phone numbers, not dates or amounts", () => {
    expect(scrubText("paul.dupont@mail.com is bad")).toBe("[email] is bad");
    expect(scrubText("IBAN DE95100000000012305678 refused")).toBe("IBAN [iban] refused");
    expect(scrubText("phone +33 6 12 34 56 78 must be mobile")).toBe("phone [number] must be mobile");
    expect(scrubText("on 2024-01-31 for 1199.99")).toBe("on 2024-01-31 for 1199.99");
  });
});

describe("logPath", () => {
  it("keeps the path below the base and only harmless query parameters", () => {
    expect(logPath("https://h/baas/uatc/e-financing/api/v1/subscriptions?merchantGlobalOrderId=o&email=x", "https://h/baas/uatc")).toBe(
      "/e-financing/api/v1/subscriptions?merchantGlobalOrderId=o&email=%5Bredacted%5D",
    );
  });
});
