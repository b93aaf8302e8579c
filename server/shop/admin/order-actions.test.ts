import { describe, expect, it } from "vitest";
import { DELIVERED_CREDIT } from "../orders/rules.test-support";
import { orderActions } from "./order-actions";

const delivered = DELIVERED_CREDIT;

describe("orderActions", () => {
  it("offers the return of a delivered long credit in 1.7.1, and the cancellation only after it", () => {
    const before = orderActions(delivered, 1000, "1.7.1");
    expect(before.confirmReturn).toEqual({ allowed: true });
    expect(before.cancel.full).toMatchObject({ allowed: false, code: "return_not_confirmed" });
    const after = orderActions({ ...delivered, isReturned: true }, 1000, "1.7.1");
    expect(after.confirmReturn).toMatchObject({ allowed: false, code: "already_returned" });
    expect(after.cancel.full).toEqual({ allowed: true });
  });

  it("offers no return in 1.4.0, where the delivered credit is cancelled directly", () => {
    const actions = orderActions(delivered, 1000, "1.4.0");
    expect(actions.confirmReturn).toMatchObject({ allowed: false, code: "not_in_this_version" });
    expect(actions.cancel.full).toEqual({ allowed: true });
  });

  it("shows a cancellation with the lender as requested, and offers none other meanwhile", () => {
    const actions = orderActions({ ...delivered, state: "accepted_to_ship", isDelivered: false, bankSubStatus: null, cancellationRequestedCents: 20_000 }, 1000, "1.4.0");
    expect(actions.cancellationRequested).toBe(true);
    expect(actions.cancel.full).toMatchObject({ allowed: false, code: "cancellation_pending" });
    expect(actions.cancel.partial).toMatchObject({ allowed: false, code: "cancellation_pending" });
  });

  it("offers no partial cancellation when less than 100 € would stay", () => {
    const actions = orderActions({ ...delivered, state: "accepted_to_ship", isDelivered: false, bankSubStatus: null, bankFinancedCents: 10_000 }, 1000, "1.4.0");
    expect(actions.cancel.full).toEqual({ allowed: true });
    expect(actions.cancel.partial).toMatchObject({ allowed: false, code: "below_minimum_remaining" });
  });
});
