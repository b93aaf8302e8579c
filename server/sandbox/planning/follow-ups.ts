/**
 * What the bank will do later on its own, given where a subscription stands:
 * the producer's automatic acceptance of a signed long credit, the payment
 * to the merchant after delivery, the producer's answer to a cancellation
 * request, and expiry. Due times derive from the state alone, so that
 * recomputing them after any change gives the same answer.
 */
import { expiresAt, type ActionType, type SubscriptionState } from "../domain/lifecycle";
import { getSolution } from "../domain/solutions";
import { addDuration, parseDuration } from "../clock/duration";
import type { SandboxSettings } from "./settings";

/** The bank accepts a French long credit below 3,000 € automatically on the happy path (docs/SANDBOX.md, "Life cycle"). */
export const FR_AUTO_ACCEPT_LIMIT_CENTS = 300_000;

export interface FollowUp {
  readonly action: Extract<ActionType, "producerAccept" | "fund" | "producerAcceptCancellation" | "expire">;
  readonly dueAt: number;
}

/** Whether the producer accepts this signed long credit without a manual decision. */
export function qualifiesForAutoAccept(state: SubscriptionState): boolean {
  const solution = getSolution(state.solutionCode);
  if (solution.kind !== "long") return false;
  return solution.market === "DE" || state.financedAmountCents < FR_AUTO_ACCEPT_LIMIT_CENTS;
}

export function followUps(state: SubscriptionState, settings: SandboxSettings): FollowUp[] {
  const after = (from: number, delay: string) => addDuration(from, parseDuration(delay));
  const result: FollowUp[] = [];
  const expiry = expiresAt(state);
  if (expiry !== null) result.push({ action: "expire", dueAt: expiry });
  if (state.subStatus === "CONTRACT_SIGNED_BY_CUSTOMER" && qualifiesForAutoAccept(state)) {
    result.push({ action: "producerAccept", dueAt: after(state.lastUpdateAt, settings.autoAcceptDelay) });
  }
  if (state.subStatus === "AWAITING_PAYMENT_TO_MERCHANT" && state.deliveredAt !== null) {
    result.push({ action: "fund", dueAt: after(state.deliveredAt, settings.fundingDelay) });
  }
  if (state.pendingCancellationCents !== null) {
    result.push({ action: "producerAcceptCancellation", dueAt: after(state.lastUpdateAt, settings.cancellationDecisionDelay) });
  }
  return result;
}
