import { describe, expect, it } from "vitest";
import { sampleBuyer } from "@/server/contract/sample-buyer.test-support";
import { contractErrors } from "../domain/contract-schema.test-support";
import { initialState, type SubscriptionState } from "../domain/lifecycle";
import type { Subscription } from "../store/subscription-record";
import { cancellationAction, cancellationStatusWord, errorBodyExtras, merchantApiVersion, subscriptionDetail } from "./api-version";
import { baasExceptionBody, SandboxHttpError } from "./errors";

const T0 = Date.UTC(2026, 0, 15, 10, 0, 0);

function subscription(state: Partial<SubscriptionState> = {}): Subscription {
  return {
    ...initialState("SCFRLT-TXPS", 150_000, T0),
    ...state,
    id: "0b9e6c2e-4a5d-4f1e-9a4f-2c8d1f3e7a10",
    merchantId: "647aeb24-a89c-11ed-afa1-0242ac120002",
    clientId: "44f5060e-a89c-11ed-afa1-0242ac120002",
    marketTypeCode: "FR",
    initialAmountCents: 150_000,
    merchantGlobalOrderId: "A-1042",
    merchantBasketId: "B-1042",
    merchantBuyerId: "buyer-42",
    durationMonths: 12,
    request: {
      buyers: [sampleBuyer()],
      basketDetails: { basketItems: [] },
    } as unknown as Subscription["request"],
    journeyToken: "token",
    trackingNumber: null,
    deliveryOperator: null,
    registeredAt: T0,
  };
}

describe("the merchant's API version", () => {
  it("is 1.4.0 unless the merchant's settings say 1.7.1", () => {
    expect(merchantApiVersion({ settings: {} })).toBe("1.4.0");
    expect(merchantApiVersion({ settings: { apiVersion: "1.7.1", fundingDelay: "P3D" } })).toBe("1.7.1");
  });
});

describe("the detail of a subscription", () => {
  const delivered = subscription({
    status: "ACCEPTED",
    subStatus: "AWAITING_PAYMENT_TO_MERCHANT",
    acceptedAt: T0 + 1,
    isDelivered: true,
    deliveredAt: T0 + 2,
    isReturned: true,
  });

  it("in 1.7.1 has no clientId or merchantId, and the delivery and return flags, as 1.7.1's schema says (closed)", () => {
    const detail = subscriptionDetail(delivered, "1.7.1");
    expect(detail).not.toHaveProperty("clientId");
    expect(detail).not.toHaveProperty("merchantId");
    expect(detail).toMatchObject({ isDelivered: true, isReturned: true, cancellationAlreadyMade: false });
    expect(contractErrors("CreditSubscriptionDtoResponse", detail, "e-financing-1.7.1")).toEqual([]);
  });

  it("in 1.4.0 keeps clientId and merchantId and has only 1.4.0's fields, plus the sub-status the bank sends anyway", () => {
    const { consolidatedSubstatus, ...detail } = subscriptionDetail(delivered, "1.4.0") as Record<string, unknown>;
    expect(consolidatedSubstatus).toBe("AWAITING PAYMENT TO MERCHANT");
    expect(detail).toMatchObject({ clientId: delivered.clientId, merchantId: delivered.merchantId });
    expect(contractErrors("CreditSubscriptionResponse", detail)).toEqual([]);
  });
});

describe("error bodies", () => {
  const info = { method: "POST", requestURI: "/v1/subscriptions", path: "/sandbox/baas/uatc/e-financing/api/v1/subscriptions" };
  const error = new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", "Required request parameter 'language' for method parameter type string is not present");

  it("carry errors[] in 1.7.1 only, and conform to each version's schema", () => {
    const live = baasExceptionBody(error, { ...info, apiVersion: "1.7.1" });
    expect(live.errors).toEqual([{ code: "REQUEST_VALIDATION_ERROR", message: error.message }]);
    expect(contractErrors("BaasExceptionHttpResponse", live, "e-financing-1.7.1")).toEqual([]);
    const old = baasExceptionBody(error, { ...info, apiVersion: "1.4.0" });
    expect(old).not.toHaveProperty("errors");
    expect(contractErrors("BaasExceptionHttpResponse", old)).toEqual([]);
    // Before the caller is known (a bad token), no version: the plain body.
    expect(errorBodyExtras(undefined, "UNAUTHORIZED", "no token")).toEqual({});
  });
});

describe("the _cancel answer's status", () => {
  it("says ACCEPTED in both versions, REQUESTED in 1.4.0 and what was asked in 1.7.1 for a pending request", () => {
    const accepted = { financedAmountCents: 0, fate: "accepted", full: true } as const;
    const full = { financedAmountCents: 100_000, fate: "requested", full: true } as const;
    const partial = { financedAmountCents: 100_000, fate: "requested", full: false } as const;
    expect([accepted, full, partial].map((a) => cancellationStatusWord(a, "1.4.0"))).toEqual(["ACCEPTED", "REQUESTED", "REQUESTED"]);
    expect([accepted, full, partial].map((a) => cancellationStatusWord(a, "1.7.1"))).toEqual(["ACCEPTED", "REQUEST_CANCELLATION", "REQUEST_PART_CANCELLATION"]);
    for (const status of ["REQUEST_CANCELLATION", "REQUEST_PART_CANCELLATION", "ACCEPTED"]) {
      expect(contractErrors("CreditCancellationResponse", { financedAmount: 1000, status }, "e-financing-1.7.1")).toEqual([]);
    }
    for (const status of ["REQUESTED", "ACCEPTED"]) expect(contractErrors("CancellationResponse", { financedAmount: 1000, status })).toEqual([]);
  });

  it("comes from a cancellation that needs the return of a delivered credit in 1.7.1 only", () => {
    expect(cancellationAction(5000, "1.7.1")).toEqual({ type: "merchantCancel", amountCents: 5000, returnRequiredOnceDelivered: true });
    expect(cancellationAction(5000, "1.4.0")).toEqual({ type: "merchantCancel", amountCents: 5000, returnRequiredOnceDelivered: false });
  });
});
