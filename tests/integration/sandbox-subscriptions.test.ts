import { beforeAll, describe, expect, it } from "vitest";
import {
  baseURL,
  call,
  createSubscription,
  subscriptionBody,
  testMerchant,
  uniqueId,
  type BankErrorBody,
  type Created,
  type GatewayError,
  type TestMerchant,
} from "./sandbox-support";

let m: TestMerchant;
let other: TestMerchant;
beforeAll(async () => {
  m = await testMerchant(["SCFRSP-3XTS", "SCFRSP-4XPS", "SCFRLT-TXPS", "SCDELT-DXTS"], "subscriptions");
  other = await testMerchant(["SCFRSP-3XTS"], "another merchant");
});

const post = (body: unknown, t = m.token) => call<Created & BankErrorBody & GatewayError>("initiateCreditSubscription", { token: t, body });
type Page = { totalItemCount: number; subscriptions: { creditSubscriptionId: string; merchantGlobalOrderId: string; buyerFinancedAmount: number; consolidatedStatus: string }[] };
type Detail = Record<string, unknown> & { basketDetails: string; buyer: unknown; financedAmount: number; consolidatedStatus: string };

describe("POST /subscriptions", () => {
  it("creates a split payment and sends the buyer to the journey URL on the app's origin", async () => {
    const answer = await post(subscriptionBody("SCFRSP-3XTS", 300));
    expect(answer.status).toBe(201);
    expect(answer.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.body.redirect.type).toBe("url");
    const url = new URL(answer.body.redirect.value);
    expect(`${url.origin}${url.pathname}`).toBe(`${baseURL()}/sandbox/journey/${answer.body.id}`);
    expect(url.searchParams.get("t")).toMatch(/^[\w-]{20,}$/);
  });

  it("sends a German (Hanseatic) buyer to the journey URL by default, as the vendor's plugins expect", async () => {
    const answer = await post(subscriptionBody("SCDELT-DXTS", 900));
    expect(answer.status).toBe(201);
    expect(answer.body.redirect.type).toBe("url");
    expect(answer.body.redirect.value.startsWith(`${baseURL()}/sandbox/journey/${answer.body.id}?t=`)).toBe(true);
  });

  it("answers the German codes with a self-contained HTML page linking to the journey for a merchant set to germanRedirect page", async () => {
    const paged = await testMerchant(["SCDELT-DXTS"], "german page", { germanRedirect: "page" });
    const answer = await post(subscriptionBody("SCDELT-DXTS", 900), paged.token);
    expect(answer.status).toBe(201);
    expect(answer.body.redirect.type).toBe("page");
    const html = answer.body.redirect.value;
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`href="${baseURL()}/sandbox/journey/${answer.body.id}?t=`);
    expect(html).toContain('target="_top"');
  });

  it("stores the whole request: the detail gives back buyer and basket (as a JSON string)", async () => {
    const created = await createSubscription(m, "SCFRLT-TXPS", 1499.9);
    const detail = await call<Detail>("retrieveCreditSubscription", { token: m.token, params: { creditSubscriptionId: created.id } });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      creditSubscriptionId: created.id,
      merchantId: m.merchantId,
      clientId: m.clientId,
      solutionCode: "SCFRLT-TXPS",
      familyCode: "SC",
      marketTypeCode: "FR",
      merchantGlobalOrderId: created.request.merchantGlobalOrderId,
      merchantBasketId: created.request.merchantBasketId,
      merchantBuyerId: created.request.merchantBuyerId,
      financedAmount: 1499.9,
      consolidatedStatus: "INITIALIZED",
      cancellationAlreadyMade: false,
    });
    expect(detail.body.buyer).toEqual(created.request.buyers[0]);
    expect(typeof detail.body.basketDetails).toBe("string");
    expect(JSON.parse(detail.body.basketDetails)).toEqual(created.request.basketDetails);
  });

  it("answers the gateway's 422 for a missing field, a wrong type, a too long string and too many buyers", async () => {
    const { solutionCode: _, ...withoutCode } = subscriptionBody("SCFRSP-3XTS", 300);
    const missing = await post(withoutCode);
    expect(missing.status).toBe(422);
    expect(missing.body.message).toBe("[Code: 1028 | Message: $.solutionCode: is missing but it is required | path: $]");
    expect(missing.body.path).toBe("/sandbox/baas/uatc/e-financing/api/v1/subscriptions");

    const wrongType = await post(subscriptionBody("SCFRSP-3XTS", 300, { financedAmount: "300" }));
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.message).toContain("$.financedAmount: string found, number expected");

    const body = subscriptionBody("SCFRSP-3XTS", 300);
    const twoBuyers = await post({ ...body, buyers: [body.buyers[0], body.buyers[0]] });
    expect(twoBuyers.status).toBe(422);
    expect(twoBuyers.body.message).toContain("$.buyers: there must be a maximum of 1 items in the array");

    const nested = structuredClone(body);
    delete (nested.buyers[0]!.contact as Partial<typeof nested.buyers[0]["contact"]>).email;
    const nestedMissing = await post(nested);
    expect(nestedMissing.body.message).toBe(
      "[Code: 1028 | Message: $.buyers[0].contact.email: is missing but it is required | path: $.buyers[0].contact]",
    );
  });

  /** The bank's 400 with `errorCode`, its message naming the field when one is given. */
  async function expectRefusal(body: unknown, errorCode: string, field?: string) {
    const answer = await post(body);
    expect(answer.status, answer.text).toBe(400);
    expect(answer.body.errorCode).toBe(errorCode);
    if (field !== undefined) expect(answer.body.errorMessage).toContain(field);
  }

  it("refuses bad formats with REQUEST_VALIDATION_ERROR naming the field", async () => {
    const body = subscriptionBody("SCFRSP-3XTS", 300);
    body.buyers[0]!.contact.email = "not-an-email";
    await expectRefusal(body, "REQUEST_VALIDATION_ERROR", "buyers[0].contact.email");
    await expectRefusal(subscriptionBody("SCFRSP-3XTS", 300, { solutionCode: "SC-FR-3X" }), "REQUEST_VALIDATION_ERROR", "solutionCode");
    await expectRefusal(subscriptionBody("SCFRSP-3XTS", 300, { merchantUrls: { confirmation: "not a url" } }), "REQUEST_VALIDATION_ERROR", "merchantUrls.confirmation");
    await expectRefusal(subscriptionBody("SCFRSP-3XTS", 300, { buyers: [] }), "REQUEST_VALIDATION_ERROR");
    await expectRefusal(subscriptionBody("SCFRSP-3XTS", 300.001), "REQUEST_VALIDATION_ERROR", "financedAmount");
  });

  it("requires phone numbers of the solution's market (+33 FR, +49 DE)", async () => {
    const fr = subscriptionBody("SCFRSP-3XTS", 300);
    fr.buyers[0]!.billingContact.mobilePhoneNumber = "+4915123456789";
    await expectRefusal(fr, "REQUEST_VALIDATION_ERROR", "buyers[0].billingContact.mobilePhoneNumber");

    const de = subscriptionBody("SCDELT-DXTS", 900);
    (de.buyers[0]!.deliveryContact as Record<string, string>).phoneNumber = "+33142868200";
    await expectRefusal(de, "REQUEST_VALIDATION_ERROR", "buyers[0].deliveryContact.phoneNumber");
  });

  it("refuses country and currency codes that are not ISO", async () => {
    const country = subscriptionBody("SCFRSP-3XTS", 300);
    country.buyers[0]!.deliveryAddress.countryCode = "FRA";
    await expectRefusal(country, "INVALID_COUNTRY_CODE", "deliveryAddress.countryCode");

    const currency = subscriptionBody("SCFRSP-3XTS", 300);
    currency.basketDetails.basketItems[0]!.currencyCode = "EURO";
    await expectRefusal(currency, "INVALID_CURRENCY_CODE", "basketItems[0].currencyCode");
  });

  it("answers 400 FORBIDDEN for a code that is not eligible for the amount, the country or the merchant", async () => {
    const tooBig = await post(subscriptionBody("SCFRSP-3XTS", 3500));
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.errorCode).toBe("FORBIDDEN");
    const notContracted = await post(subscriptionBody("SCFRLT-TXNO", 1000));
    expect(notContracted.body.errorCode).toBe("FORBIDDEN");
    const unknown = await post(subscriptionBody("SCXXXX-9XYZ", 1000));
    expect(unknown.body.errorCode).toBe("FORBIDDEN");
    const germanBuyerOnFrenchCode = subscriptionBody("SCFRSP-3XTS", 300);
    germanBuyerOnFrenchCode.buyers[0]!.billingAddress.countryCode = "DE";
    expect((await post(germanBuyerOnFrenchCode)).body.errorCode).toBe("FORBIDDEN");
  });

  it("answers 400 BAD_REQUEST to a second subscription for the same merchantGlobalOrderId, but not for another merchant", async () => {
    const orderId = uniqueId("dup");
    expect((await post(subscriptionBody("SCFRSP-3XTS", 300, { merchantGlobalOrderId: orderId }))).status).toBe(201);
    const again = await post(subscriptionBody("SCFRSP-4XPS", 400, { merchantGlobalOrderId: orderId }));
    expect(again.status).toBe(400);
    expect(again.body.errorCode).toBe("BAD_REQUEST");
    expect((await post(subscriptionBody("SCFRSP-3XTS", 300, { merchantGlobalOrderId: orderId }), other.token)).status).toBe(201);
  });
});

describe("GET /subscriptions", () => {
  let own: TestMerchant;
  const basket = uniqueId("shared-basket");
  beforeAll(async () => {
    own = await testMerchant(["SCFRSP-3XTS"], "pagination");
    for (let i = 0; i < 5; i++) await createSubscription(own, "SCFRSP-3XTS", 100 + i, { merchantBasketId: i < 3 ? basket : uniqueId("b") });
  });
  const list = (query: Record<string, string | number>, t = own.token) =>
    call<Page & BankErrorBody>("retrieveCreditSubscriptionForSpecificMerchant", { token: t, query });

  it("pages with totalItemCount the full count, newest first", async () => {
    const first = await list({ page: 1, pageSize: 2 });
    expect(first.status).toBe(200);
    expect(first.body.totalItemCount).toBe(5);
    expect(first.body.subscriptions.map((s) => s.buyerFinancedAmount)).toEqual([104, 103]);
    const last = await list({ page: 3, pageSize: 2 });
    expect(last.body.subscriptions.map((s) => s.buyerFinancedAmount)).toEqual([100]);
    const beyond = await list({ page: 4, pageSize: 2 });
    expect(beyond.body).toEqual({ totalItemCount: 5, subscriptions: [] });
    expect((await list({})).body.subscriptions).toHaveLength(5);
  });

  it("accepts the large page sizes of the vendor's status crons (no maximum), and pages far past the end", async () => {
    for (const pageSize of [1000, 9999, 500000, 2147483647]) {
      const answer = await list({ page: 1, pageSize });
      expect(answer.status).toBe(200);
      expect(answer.body.subscriptions).toHaveLength(5);
    }
    expect((await list({ page: 2147483647, pageSize: 2147483647 })).body).toEqual({ totalItemCount: 5, subscriptions: [] });
  });

  it("filters by merchantBasketId and merchantGlobalOrderId", async () => {
    const byBasket = await list({ merchantBasketId: basket });
    expect(byBasket.body.totalItemCount).toBe(3);
    const one = byBasket.body.subscriptions[0]!;
    const byOrder = await list({ merchantGlobalOrderId: one.merchantGlobalOrderId });
    expect(byOrder.body.subscriptions.map((s) => s.creditSubscriptionId)).toEqual([one.creditSubscriptionId]);
    expect((await list({ merchantGlobalOrderId: "no-such-order" })).body).toEqual({ totalItemCount: 0, subscriptions: [] });
  });

  it("refuses page < 1 with INVALID_PAGE_INDEX and a bad pageSize with REQUEST_VALIDATION_ERROR", async () => {
    for (const page of [0, -1]) {
      const answer = await list({ page });
      expect(answer.status).toBe(400);
      expect(answer.body.errorCode).toBe("INVALID_PAGE_INDEX");
    }
    expect((await list({ pageSize: 0 })).body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
    expect((await list({ page: "one" })).body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
  });

  it("shows a merchant only its own subscriptions", async () => {
    const mine = await list({});
    const theirs = await list({}, other.token);
    const ids = new Set(mine.body.subscriptions.map((s) => s.creditSubscriptionId));
    expect(theirs.body.subscriptions.some((s) => ids.has(s.creditSubscriptionId))).toBe(false);
  });
});

describe("GET /subscriptions/{id}", () => {
  it("answers INVALID_UUID for an id that is not a UUID, ENTITY_NOT_FOUND for an unknown one", async () => {
    const bad = await call<BankErrorBody>("retrieveCreditSubscription", { token: m.token, params: { creditSubscriptionId: "12345" } });
    expect(bad.status).toBe(400);
    expect(bad.body.errorCode).toBe("INVALID_UUID");
    const unknown = await call<BankErrorBody>("retrieveCreditSubscription", {
      token: m.token,
      params: { creditSubscriptionId: "3f2b8c1e-0000-4000-8000-000000000000" },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      errorCode: "ENTITY_NOT_FOUND",
      requestMethod: "GET",
      requestURI: "/v1/subscriptions/3f2b8c1e-0000-4000-8000-000000000000",
    });
  });

  it("hides another merchant's subscription as unknown (404)", async () => {
    const created = await createSubscription(m, "SCFRSP-3XTS", 150);
    const peek = await call<BankErrorBody>("retrieveCreditSubscription", { token: other.token, params: { creditSubscriptionId: created.id } });
    expect(peek.status).toBe(404);
    expect(peek.body.errorCode).toBe("ENTITY_NOT_FOUND");
  });
});
