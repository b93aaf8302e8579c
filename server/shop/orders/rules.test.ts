import { describe, expect, it } from "vitest";
import { canCancel, canConfirmDelivery, canConfirmReturn, type OrderFacts } from "./rules";
import { ACCEPTED_CREDIT } from "./rules.test-support";

const DAY = 24 * 3600 * 1000;
const accepted = ACCEPTED_CREDIT;

describe("canConfirmDelivery", () => {
  it("allows an accepted long credit not yet delivered", () => {
    expect(canConfirmDelivery(accepted)).toEqual({ ok: true });
    expect(canConfirmDelivery({ ...accepted, state: "partially_cancelled", bankSubStatus: "WAITING_FOR_THE_DELIVERY_CONFIRMATION" })).toEqual({ ok: true });
  });

  it.each([
    [{ solutionKind: "split" }, "not_needed_for_split_payment"],
    [{ subscriptionId: null }, "no_subscription"],
    [{ bankStatus: "PRE_ACCEPTED", state: "pre_accepted" }, "not_accepted"],
    [{ bankStatus: "CANCELLED", state: "cancelled" }, "not_accepted"],
    [{ isDelivered: true }, "already_delivered"],
    [{ state: "funded" }, "already_delivered"],
    [{ bankSubStatus: "AWAITING_PAYMENT_TO_MERCHANT" }, "already_delivered"],
    [{ bankSubStatus: "awaiting payment to merchant" }, "already_delivered"],
  ] as [Partial<OrderFacts>, string][])("refuses %j: %s", (change, code) => {
    expect(canConfirmDelivery({ ...accepted, ...change })).toMatchObject({ ok: false, code });
  });
});

describe("canCancel", () => {
  it("tells a full cancellation from a partial one", () => {
    expect(canCancel(accepted, 100_000, DAY, "1.4.0")).toEqual({ ok: true, kind: "full" });
    expect(canCancel(accepted, 1, DAY, "1.4.0")).toEqual({ ok: true, kind: "partial" });
  });

  it("caps the amount at what the bank still finances", () => {
    expect(canCancel({ ...accepted, bankFinancedCents: 60_000 }, 60_001, DAY, "1.4.0")).toMatchObject({ ok: false, code: "amount_too_high" });
    expect(canCancel({ ...accepted, bankFinancedCents: 60_000 }, 60_000, DAY, "1.4.0")).toEqual({ ok: true, kind: "full" });
    expect(canCancel({ ...accepted, bankFinancedCents: null }, 100_001, DAY, "1.4.0")).toMatchObject({ ok: false, code: "amount_too_high" });
  });

  it("allows one partial cancellation, then only the rest in full", () => {
    const after = { ...accepted, state: "partially_cancelled", bankFinancedCents: 70_000, cancelledCents: 30_000, cancellationAlreadyMade: true } as const;
    expect(canCancel(after, 10_000, DAY, "1.4.0")).toMatchObject({ ok: false, code: "partial_already_made" });
    expect(canCancel(after, 70_000, DAY, "1.4.0")).toEqual({ ok: true, kind: "full" });
  });

  it("gives a split payment 90 days from acceptance", () => {
    const split = { ...accepted, solutionKind: "split" } as const;
    expect(canCancel(split, 100, 90 * DAY, "1.4.0")).toMatchObject({ ok: true });
    expect(canCancel(split, 100, 90 * DAY + 1, "1.4.0")).toMatchObject({ ok: false, code: "cancellation_window_passed" });
    expect(canCancel({ ...accepted }, 100, 200 * DAY, "1.4.0")).toMatchObject({ ok: true });
  });

  it("keeps at least 100 € financed after a partial cancellation, and allows any full one", () => {
    expect(canCancel(accepted, 90_000, DAY, "1.4.0")).toEqual({ ok: true, kind: "partial" });
    expect(canCancel(accepted, 90_001, DAY, "1.4.0")).toMatchObject({ ok: false, code: "below_minimum_remaining" });
    expect(canCancel({ ...accepted, bankFinancedCents: 5_000 }, 5_000, DAY, "1.4.0")).toEqual({ ok: true, kind: "full" });
  });

  it("offers no second cancellation while the lender has not decided one", () => {
    expect(canCancel({ ...accepted, cancellationRequestedCents: 10_000 }, 100_000, DAY, "1.4.0")).toMatchObject({ ok: false, code: "cancellation_pending" });
    expect(canCancel({ ...accepted, cancellationStatus: "REQUEST_FOR_CANCELLATION" }, 100_000, DAY, "1.4.0")).toMatchObject({ ok: false, code: "cancellation_pending" });
  });

  it("in 1.7.1, asks for the return of a delivered long credit before its cancellation", () => {
    const delivered = { ...accepted, state: "delivered_awaiting_funding", isDelivered: true } as const;
    expect(canCancel(delivered, 100_000, DAY, "1.7.1")).toMatchObject({ ok: false, code: "return_not_confirmed" });
    expect(canCancel(delivered, 100_000, DAY, "1.4.0")).toMatchObject({ ok: true });
    expect(canCancel({ ...delivered, isReturned: true }, 100_000, DAY, "1.7.1")).toMatchObject({ ok: true });
    expect(canCancel(accepted, 100_000, DAY, "1.7.1")).toMatchObject({ ok: true });
    expect(canCancel({ ...delivered, solutionKind: "split" }, 100_000, DAY, "1.7.1")).toMatchObject({ ok: true });
  });

  it.each([
    [{ bankStatus: "PRE_ACCEPTED", state: "pre_accepted" }, 100, "not_accepted"],
    [{ bankStatus: "CANCELLED", state: "cancelled" }, 100, "already_cancelled"],
    [{ subscriptionId: null }, 100, "no_subscription"],
    [{}, 0, "amount_not_positive"],
    [{}, 1.5, "amount_not_positive"],
    [{ bankFinancedCents: 0 }, 1, "nothing_left_to_cancel"],
  ] as [Partial<OrderFacts>, number, string][])("refuses %j for %i cents: %s", (change, amount, code) => {
    expect(canCancel({ ...accepted, ...change }, amount, DAY, "1.4.0")).toMatchObject({ ok: false, code });
  });
});

describe("canConfirmReturn", () => {
  const delivered = { ...accepted, state: "delivered_awaiting_funding", isDelivered: true } as const;
  it("allows a delivered long credit in 1.7.1 only, once", () => {
    expect(canConfirmReturn(delivered, "1.7.1")).toEqual({ ok: true });
    expect(canConfirmReturn({ ...accepted, state: "funded", bankSubStatus: "PAYMENT HAS BEEN ISSUED TO MERCHANT" }, "1.7.1")).toEqual({ ok: true });
  });

  it.each([
    [{}, "1.4.0", "not_in_this_version"],
    [{ isDelivered: false, state: "accepted_to_ship" }, "1.7.1", "not_delivered"],
    [{ solutionKind: "split" }, "1.7.1", "not_needed_for_split_payment"],
    [{ isReturned: true }, "1.7.1", "already_returned"],
    [{ bankStatus: "CANCELLED", state: "cancelled" }, "1.7.1", "not_accepted"],
  ] as [Partial<OrderFacts>, "1.4.0" | "1.7.1", string][])("refuses %j in %s: %s", (change, version, code) => {
    expect(canConfirmReturn({ ...delivered, ...change }, version)).toMatchObject({ ok: false, code });
  });
});
