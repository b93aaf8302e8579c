import { describe, expect, it } from "vitest";
import { apply, initialState, type Action, type SubscriptionState } from "../domain/lifecycle";
import type { SolutionCode } from "../domain/solutions";
import { followUps, qualifiesForAutoAccept } from "./follow-ups";
import { DEFAULT_SETTINGS } from "./settings";

const T0 = Date.parse("2025-01-31T12:00:00Z");
const MIN = 60_000;

function run(code: SolutionCode, cents: number, actions: Action[], step = MIN): SubscriptionState {
  let state = initialState(code, cents, T0);
  actions.forEach((action, i) => {
    const outcome = apply(state, action, T0 + (i + 1) * step);
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    state = outcome.state;
  });
  return state;
}

const signed: Action[] = [{ type: "producerPreApprove" }, { type: "customerSigned" }];

describe("followUps", () => {
  it("schedules expiry 3 calendar months after the last change of an INITIALIZED subscription", () => {
    expect(followUps(run("SCFRSP-3XTS", 10_000, []), DEFAULT_SETTINGS)).toEqual([{ action: "expire", dueAt: Date.parse("2025-04-30T12:00:00Z") }]);
  });

  it("auto-accepts a signed French credit below 3,000 € and any signed German credit, after the delay", () => {
    const fr = run("SCFRLT-TXPS", 299_999, signed);
    expect(followUps(fr, DEFAULT_SETTINGS)).toEqual([{ action: "producerAccept", dueAt: fr.lastUpdateAt + 5 * MIN }]);
    expect(qualifiesForAutoAccept(run("SCDELT-DXTS", 450_000, signed))).toBe(true);
  });

  it("leaves a French credit of 3,000 € or more to a manual decision", () => {
    const big = run("SCFRLT-TXPS", 300_000, signed);
    expect(followUps(big, DEFAULT_SETTINGS)).toEqual([]);
  });

  it("pays the merchant after the delivery confirmation, with the merchant's own delay", () => {
    const delivered = run("SCFRLT-TXPS", 100_000, [...signed, { type: "producerAccept" }, { type: "merchantConfirmDelivery", isDelivered: true }]);
    expect(followUps(delivered, { ...DEFAULT_SETTINGS, fundingDelay: "PT1H" })).toEqual([{ action: "fund", dueAt: delivered.deliveredAt! + 60 * MIN }]);
  });

  it("lets the producer decide a pending Hanseatic cancellation", () => {
    const requested = run("SCDELT-DXTS", 100_000, [...signed, { type: "producerAccept" }, { type: "merchantCancel", amountCents: 10_000 }]);
    expect(requested.pendingCancellationCents).toBe(10_000);
    expect(followUps(requested, DEFAULT_SETTINGS)).toEqual([{ action: "producerAcceptCancellation", dueAt: requested.lastUpdateAt + 24 * 60 * MIN }]);
  });

  it("schedules nothing for final statuses or an accepted split payment", () => {
    expect(followUps(run("SCFRSP-3XTS", 10_000, [{ type: "customerPaidByCard" }]), DEFAULT_SETTINGS)).toEqual([]);
    expect(followUps(run("SCFRSP-3XTS", 10_000, [{ type: "customerAborted" }]), DEFAULT_SETTINGS)).toEqual([]);
  });
});
