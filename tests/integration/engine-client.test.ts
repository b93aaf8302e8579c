import { beforeAll, describe, expect, it } from "vitest";
import { BankApiError } from "@/server/shop/bank/errors";
import { clearFaults, eachApiVersion, isolatedMerchant, sandboxClient, setFaults } from "./engine-support";
import { control, type TestMerchant } from "./sandbox-support";

/**
 * The merchant's E-financing client against the embedded sandbox over HTTP,
 * with the sandbox's fault injection on a merchant of this file's own, once
 * per E-financing version.
 */
eachApiVersion("E-financing client against the sandbox", (apiVersion) => {
  let merchant: TestMerchant;

  beforeAll(async () => {
    merchant = await isolatedMerchant("engine client", apiVersion);
  });

  describe("transport", () => {
    it("makes exactly one token request for 50 concurrent calls on a cold start", async () => {
      const { client, wire } = sandboxClient(merchant);
      const answers = await Promise.all(Array.from({ length: 50 }, () => client.getEligibleSolutions({ buyerBillingCountry: "FR", financedCents: 50_000 })));
      expect(answers).toHaveLength(50);
      expect(answers.every((a) => a.length > 0)).toBe(true);
      expect(wire.tokenRequests()).toBe(1);
      expect(wire.callsTo("/eligible-solutions", "GET")).toBe(50);
    });

    it("does not retry a 422, even on an operation it would retry after a fault", async () => {
      const { client, wire, records } = sandboxClient(merchant);
      // The client always sends the amount: the body the gateway refuses is made on the wire.
      wire.interceptNext("/_simulate-solutions", "POST", (send) => send({ body: JSON.stringify({ buyerBillingCountry: "FR" }) }));
      const error = await client.simulateSolutions({ buyerBillingCountry: "FR", financedCents: 10_000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BankApiError);
      expect(error).toMatchObject({ kind: "gateway422", httpStatus: 422 });
      expect((error as BankApiError).message).toContain("financedAmount");
      expect(wire.callsTo("/_simulate-solutions", "POST")).toBe(1);
      expect(records.filter((r) => r.operation === "simulateSolution")).toMatchObject([{ httpStatus: 422, errorKind: "gateway422", attempt: 1 }]);
    });

    it("succeeds on 503, 503, 200 in three calls", async () => {
      const { client, wire, records } = sandboxClient(merchant);
      await client.listSubscriptions({ page: 1 }); // token first, outside the script
      await setFaults(merchant, { retryAfterSeconds: 1, operations: ["retrieveCreditSubscriptionForSpecificMerchant"], script: ["503", "503"] });
      try {
        const page = await client.listSubscriptions({ page: 1, pageSize: 5 });
        expect(page.totalItemCount).toBeGreaterThanOrEqual(0);
      } finally {
        await clearFaults(merchant);
      }
      expect(wire.callsTo("/subscriptions", "GET")).toBe(1 + 3);
      expect(records.slice(-3).map((r) => [r.httpStatus, r.attempt])).toEqual([
        [503, 1],
        [503, 2],
        [200, 3],
      ]);
    });

    it("gives up after three 503s and says the outcome of a write would be unknown", async () => {
      const { client, wire } = sandboxClient(merchant);
      await setFaults(merchant, { retryAfterSeconds: 1, operations: ["retrieveCreditSubscriptionForSpecificMerchant"], outcome: "503" });
      try {
        await expect(client.listSubscriptions({ page: 1 })).rejects.toMatchObject({ httpStatus: 503, outcomeUnknown: true, errorCode: "SERVICE_UNAVAILABLE" });
      } finally {
        await clearFaults(merchant);
      }
      expect(wire.callsTo("/subscriptions", "GET")).toBe(3);
    });

    it("refreshes the token once when the bank stops accepting it", async () => {
      const { client, wire } = sandboxClient(merchant);
      await client.listSubscriptions({ page: 1 });
      const expired = await control("POST", `/merchants/${merchant.merchantId}/tokens/_expire`);
      expect(expired.status).toBe(200);
      await client.listSubscriptions({ page: 1 });
      expect(wire.tokenRequests()).toBe(2);
      expect(wire.callsTo("/subscriptions", "GET")).toBe(3);
    });

    it("reports wrong credentials clearly, without sending the call", async () => {
      const { client, wire } = sandboxClient({ clientId: merchant.clientId, clientSecret: "not-the-secret" });
      await expect(client.listSubscriptions({})).rejects.toMatchObject({ httpStatus: 401, requestSent: false });
      expect(wire.callsTo("/subscriptions")).toBe(0);
    });
  });
});
