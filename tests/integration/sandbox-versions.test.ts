import { beforeAll, describe, expect, it } from "vitest";
import {
  apiBase,
  call,
  control,
  createSubscription,
  force,
  languageQuery,
  subscriptionBody,
  testMerchant,
  type ApiVersion,
  type BankErrorBody,
  type TestMerchant,
} from "./sandbox-support";

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

  it("change over PUT settings, with the console credential (the merchant's own token only reads them), keeping the other settings", async () => {
    const m = await testMerchant(["SCDELT-DXTS"], "versions put");
    const put = await control<{ settings: MerchantView["settings"] }>("PUT", `/merchants/${m.merchantId}/settings`, { apiVersion: "1.7.1", autoAcceptDelay: "PT1M" });
    expect(put.status).toBe(200);
    expect(put.body.settings).toMatchObject({ apiVersion: "1.7.1", germanRedirect: "url", autoAcceptDelay: "PT1M" });
    expect((await control("PUT", "/merchants/me/settings", { germanRedirect: "page" }, `Bearer ${m.token}`)).status).toBe(403);
    const own = await control<{ settings: MerchantView["settings"] }>("GET", "/merchants/me/settings", undefined, `Bearer ${m.token}`);
    expect(own.body.settings).toMatchObject({ apiVersion: "1.7.1", germanRedirect: "url", autoAcceptDelay: "PT1M" });
    const second = await control<{ settings: MerchantView["settings"] }>("PUT", `/merchants/${m.merchantId}/settings`, { germanRedirect: "page" });
    expect(second.body.settings).toMatchObject({ apiVersion: "1.7.1", germanRedirect: "page", autoAcceptDelay: "PT1M" });
    const view = await control<MerchantView>("GET", `/merchants/${m.merchantId}`);
    expect(view.body.apiVersion).toBe("1.7.1");
  });
});

type ErrorBody = BankErrorBody & { errors?: { code: string; message: string }[] };
type Detail = Record<string, unknown> & { consolidatedStatus: string; isReturned?: boolean; isDelivered?: boolean };
type Page = { subscriptions: Record<string, unknown>[] };

// Every answer below goes through `call`, which holds it to the contract of the merchant's version.
const as = (m: TestMerchant, operationId: string, options: Parameters<typeof call>[1] = {}) =>
  call<Detail & Page & ErrorBody & { financedAmount: number; status: string }>(operationId, { token: m.token, version: m.apiVersion, ...options });
const onSubscription = (m: TestMerchant, operationId: string, id: string, body?: unknown) => as(m, operationId, { params: { creditSubscriptionId: id }, body });
const cancellation = (amount: number) => ({ cancelledAmount: amount, cancelledItem: "SKU-1", cancellationReason: "Returned by the buyer" });
const delivery = { isDelivered: true, trackingNumber: "1Z999AA10123456784", operator: "UPS" };

/** A long credit the producer accepted, waiting for the delivery confirmation. */
async function acceptedCredit(m: TestMerchant, code: string, amount: number): Promise<string> {
  const { id } = await createSubscription(m, code, amount);
  await force(m, id, "pre-accept", "sign", "accept");
  return id;
}

const merchants = {} as Record<ApiVersion, TestMerchant>;
beforeAll(async () => {
  const codes = ["SCFRSP-3XTS", "SCFRLT-TXPS", "SCDELT-DXTS"];
  merchants["1.4.0"] = await testMerchant(codes, "speaks 1.4.0");
  merchants["1.7.1"] = await testMerchant(codes, "speaks 1.7.1", { apiVersion: "1.7.1" });
});

describe("POST /subscriptions and the language query parameter", () => {
  it("is refused without language in 1.7.1: the service's 400, with errors[]", async () => {
    const m = merchants["1.7.1"];
    const missing = await as(m, "initiateCreditSubscription", { body: subscriptionBody("SCFRSP-3XTS", 300) });
    expect(missing.status).toBe(400);
    expect(missing.body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
    expect(missing.body.errorMessage).toContain("'language'");
    expect(missing.body.errors).toEqual([{ code: "REQUEST_VALIDATION_ERROR", message: missing.body.errorMessage }]);
    const given = await as(m, "initiateCreditSubscription", { query: { language: "fr-FR" }, body: subscriptionBody("SCFRSP-3XTS", 300) });
    expect(given.status).toBe(201);
  });

  it("is accepted without language (and with it) in 1.4.0, whose errors carry no errors[]", async () => {
    const m = merchants["1.4.0"];
    expect((await as(m, "initiateCreditSubscription", { body: subscriptionBody("SCFRSP-3XTS", 300) })).status).toBe(201);
    expect((await as(m, "initiateCreditSubscription", { query: { language: "fr-FR" }, body: subscriptionBody("SCFRSP-3XTS", 300) })).status).toBe(201);
    const refused = await as(m, "initiateCreditSubscription", { body: subscriptionBody("SCFRSP-3XTS", 30_000) });
    expect(refused.status).toBe(400);
    expect(refused.body).not.toHaveProperty("errors");
  });

  it("applies the 1.7.1 length limits (the gateway's 422) where 1.4.0 has none", async () => {
    const longName = (m: TestMerchant) => {
      const body = subscriptionBody("SCFRSP-3XTS", 300);
      body.buyers[0]!.contact.lastName = "x".repeat(351);
      return as(m, "initiateCreditSubscription", { query: languageQuery(m, "SCFRSP-3XTS"), body });
    };
    const live = await longName(merchants["1.7.1"]);
    expect(live.status).toBe(422);
    expect((live.body as unknown as { message: string }).message).toContain("$.buyers[0].contact.lastName: may only be 350 characters long");
    expect((await longName(merchants["1.4.0"])).status).toBe(201);
  });
});

describe("reading subscriptions", () => {
  it("gives 1.7.1 a detail without clientId and merchantId, with the delivery and return flags; 1.4.0 the ids", async () => {
    for (const version of ["1.4.0", "1.7.1"] as const) {
      const m = merchants[version];
      const { id, request } = await createSubscription(m, "SCFRLT-TXPS", 900);
      const detail = await onSubscription(m, "retrieveCreditSubscription", id);
      expect(detail.status).toBe(200);
      if (version === "1.7.1") {
        expect(detail.body).not.toHaveProperty("clientId");
        expect(detail.body).not.toHaveProperty("merchantId");
        expect(detail.body).toMatchObject({ isDelivered: false, isReturned: false, cancellationAlreadyMade: false });
      } else {
        expect(detail.body).toMatchObject({ clientId: m.clientId, merchantId: m.merchantId });
      }
      const page = await as(m, "retrieveCreditSubscriptionForSpecificMerchant", { query: { merchantGlobalOrderId: request.merchantGlobalOrderId } });
      expect(page.body.subscriptions[0]).toMatchObject({ creditSubscriptionId: id, isDelivered: false, isReturned: false, cancellationAlreadyMade: false });
    }
  });

  it("answers 1.7.1's errors with errors[] (unknown subscription, bad id)", async () => {
    const m = merchants["1.7.1"];
    const unknown = await onSubscription(m, "retrieveCreditSubscription", "0b9e6c2e-4a5d-4f1e-9a4f-2c8d1f3e7a10");
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors).toEqual([{ code: "ENTITY_NOT_FOUND", message: unknown.body.errorMessage }]);
    const bad = await onSubscription(m, "retrieveCreditSubscription", "not-a-uuid");
    expect(bad.body.errors?.[0]?.code).toBe("INVALID_UUID");
  });

  it("serves the other operations in 1.7.1's shapes too (eligibility, simulation)", async () => {
    const m = merchants["1.7.1"];
    expect((await as(m, "getEligibleProductServices", { query: { buyerBillingCountry: "FR", financedAmount: 450 } })).status).toBe(200);
    expect((await as(m, "simulateSolution", { body: { financedAmount: 450, buyerBillingCountry: "FR" } })).status).toBe(200);
  });
});

describe("_confirmReturn and cancelling a delivered credit", () => {
  it("does not exist for a 1.4.0 merchant (404), which cancels a delivered credit without it", async () => {
    const m = merchants["1.4.0"];
    const id = await acceptedCredit(m, "SCFRLT-TXPS", 900);
    expect((await onSubscription(m, "doConfirmDelivery", id, delivery)).status).toBe(204);
    const res = await fetch(`${apiBase()}/subscriptions/${id}/_confirmReturn`, {
      method: "POST",
      headers: { Authorization: `Bearer ${m.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ isReturned: true }),
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ errorCode: "NOT_FOUND", httpStatusCode: 404 });
    const cancelled = await onSubscription(m, "cancelCreditSubscription", id, cancellation(900));
    expect(cancelled.body).toEqual({ financedAmount: 0, status: "ACCEPTED" });
  });

  it("in 1.7.1: a delivered long credit is cancelled only once its return is confirmed (204, once)", async () => {
    const m = merchants["1.7.1"];
    const id = await acceptedCredit(m, "SCFRLT-TXPS", 900);
    const early = await onSubscription(m, "doConfirmReturn", id, { isReturned: true });
    expect(early.status).toBe(400);
    expect(early.body.errorCode).toBe("INVALID_STATUS");
    expect((await onSubscription(m, "doConfirmDelivery", id, delivery)).status).toBe(204);

    const refused = await onSubscription(m, "cancelCreditSubscription", id, cancellation(900));
    expect(refused.status).toBe(400);
    expect(refused.body.errorCode).toBe("INVALID_STATUS");
    expect(refused.body.errors).toEqual([{ code: "INVALID_STATUS", message: refused.body.errorMessage }]);
    expect(refused.body.errorMessage).toContain("_confirmReturn");

    expect((await onSubscription(m, "doConfirmReturn", id, { isReturned: false })).body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
    expect((await onSubscription(m, "doConfirmReturn", id, {})).status).toBe(422);
    const returned = await onSubscription(m, "doConfirmReturn", id, { isReturned: true });
    expect(returned.status).toBe(204);
    expect((await onSubscription(m, "doConfirmReturn", id, { isReturned: true })).status).toBe(409);
    expect((await onSubscription(m, "retrieveCreditSubscription", id)).body).toMatchObject({ isDelivered: true, isReturned: true, consolidatedStatus: "ACCEPTED" });

    const cancelled = await onSubscription(m, "cancelCreditSubscription", id, cancellation(900));
    expect(cancelled.body).toEqual({ financedAmount: 0, status: "ACCEPTED" });
    expect((await onSubscription(m, "retrieveCreditSubscription", id)).body.consolidatedStatus).toBe("CANCELLED");
  });

  it("in 1.7.1: a long credit not delivered yet is cancelled without a return; a split payment has none", async () => {
    const m = merchants["1.7.1"];
    const id = await acceptedCredit(m, "SCFRLT-TXPS", 900);
    expect((await onSubscription(m, "cancelCreditSubscription", id, cancellation(900))).body.status).toBe("ACCEPTED");
    const split = await createSubscription(m, "SCFRSP-3XTS", 300);
    await force(m, split.id, "pay");
    expect((await onSubscription(m, "doConfirmReturn", split.id, { isReturned: true })).body.errorCode).toBe("OPERATION_NOT_ALLOWED");
  });
});

describe("the fate of a Hanseatic cancellation request", () => {
  it("is REQUEST_CANCELLATION or REQUEST_PART_CANCELLATION in 1.7.1, REQUESTED in 1.4.0", async () => {
    const fates: Record<string, string[]> = {};
    for (const version of ["1.4.0", "1.7.1"] as const) {
      const m = merchants[version];
      const full = await acceptedCredit(m, "SCDELT-DXTS", 900);
      const partial = await acceptedCredit(m, "SCDELT-DXTS", 900);
      const answers = [
        await onSubscription(m, "cancelCreditSubscription", full, cancellation(900)),
        await onSubscription(m, "cancelCreditSubscription", partial, cancellation(300)),
      ];
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      fates[version] = answers.map((a) => a.body.status);
    }
    expect(fates).toEqual({ "1.4.0": ["REQUESTED", "REQUESTED"], "1.7.1": ["REQUEST_CANCELLATION", "REQUEST_PART_CANCELLATION"] });
  });
});
