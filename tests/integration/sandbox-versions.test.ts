import { describe, expect, it } from "vitest";
import { control, testMerchant, type BankErrorBody } from "./sandbox-support";

type MerchantView = { merchantId: string; apiVersion: string; settings: { apiVersion: string; germanRedirect: string; autoAcceptDelay: string } };

describe("a merchant's API version and German redirect (controls)", () => {
  it("default to 1.4.0 and url, and are set at creation", async () => {
    const plain = await control<MerchantView>("POST", "/merchants", { name: "versions default", solutionCodes: ["SCFRSP-3XTS"] });
    expect(plain.status).toBe(201);
    expect(plain.body.apiVersion).toBe("1.4.0");
    expect(plain.body.settings).toMatchObject({ apiVersion: "1.4.0", germanRedirect: "url" });
    const live = await control<MerchantView>("POST", "/merchants", {
      name: "versions live",
      solutionCodes: ["SCDELT-DXTS"],
      apiVersion: "1.7.1",
      germanRedirect: "page",
    });
    expect(live.status).toBe(201);
    expect(live.body.apiVersion).toBe("1.7.1");
    expect(live.body.settings).toMatchObject({ apiVersion: "1.7.1", germanRedirect: "page", autoAcceptDelay: "PT5M" });
    const listed = await control<{ merchants: MerchantView[] }>("GET", "/merchants");
    expect(listed.body.merchants.find((m) => m.merchantId === live.body.merchantId)?.apiVersion).toBe("1.7.1");
  });

  it("refuse a version or a redirect the sandbox does not know", async () => {
    const bad = await control<BankErrorBody>("POST", "/merchants", { name: "x", solutionCodes: [], apiVersion: "1.5.2" });
    expect(bad.status).toBe(400);
    expect(bad.body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
    const m = await testMerchant(["SCFRSP-3XTS"], "versions bad settings");
    expect((await control("PUT", `/merchants/${m.merchantId}/settings`, { germanRedirect: "html" })).status).toBe(400);
  });

  it("change over PUT settings, with the console credential or the merchant's own token, keeping the other settings", async () => {
    const m = await testMerchant(["SCDELT-DXTS"], "versions put");
    const put = await control<{ settings: MerchantView["settings"] }>("PUT", `/merchants/${m.merchantId}/settings`, { apiVersion: "1.7.1", autoAcceptDelay: "PT1M" });
    expect(put.status).toBe(200);
    expect(put.body.settings).toMatchObject({ apiVersion: "1.7.1", germanRedirect: "url", autoAcceptDelay: "PT1M" });
    const own = await control<{ settings: MerchantView["settings"] }>("PUT", "/merchants/me/settings", { germanRedirect: "page" }, `Bearer ${m.token}`);
    expect(own.body.settings).toMatchObject({ apiVersion: "1.7.1", germanRedirect: "page", autoAcceptDelay: "PT1M" });
    const view = await control<MerchantView>("GET", `/merchants/${m.merchantId}`);
    expect(view.body.apiVersion).toBe("1.7.1");
  });
});
