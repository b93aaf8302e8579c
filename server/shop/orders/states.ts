/**
 * The merchant's order states, and the one mapping from what the bank says
 * about a subscription to the state of the order.
 *
 * What the bank tells us: `consolidatedStatus` and `cancellationStatus` on
 * both the list and the detail answers, `isDelivered` on list items only, and
 * (1.5.2 onwards, and on the real bank whatever the version) a
 * `consolidatedSubstatus` text, read by ../bank/sub-status.ts. It is the only way
 * to see "funded"; without it we derive:
 *   - split payment ACCEPTED is final for the bank (approved by the producer):
 *     the merchant ships, no delivery confirmation, paid within 48 h;
 *   - long credit ACCEPTED waits for the delivery confirmation until
 *     `isDelivered` is true (or the merchant confirmed it through this shop),
 *     then awaits funding;
 *   - a full cancellation is CANCELLED; a partial one leaves ACCEPTED with
 *     cancellationStatus PARTIAL_CANCELLATION_ACCEPTED (and
 *     cancellationAlreadyMade true).
 */
import { ORDER_STATES } from "@/db/shop/schema";
import type { SolutionKind } from "../financing/solution-kind";
import { readSubStatus } from "../bank/sub-status";
import { CONSOLIDATED_STATUSES, type CancellationStatus, type ConsolidatedStatus } from "../bank/vocabulary";

export type OrderState = (typeof ORDER_STATES)[number];
// Kept for server/shop/orders/queries.ts, which reads it from here.
export { ORDER_STATES };

/** The states the bank can put an order in ('pending' and 'failed' are the shop's own). */
export type BankDrivenState = Exclude<OrderState, "pending" | "failed">;

export interface BankStatusFacts {
  consolidatedStatus: ConsolidatedStatus;
  /** Only when the bank sends one, in any of its spellings; one the shop does not know is ignored. */
  subStatus?: string | null;
  cancellationStatus?: CancellationStatus | null;
  cancellationAlreadyMade?: boolean;
  /** From the bank's list answer, or the shop's own accepted delivery confirmation. */
  isDelivered?: boolean;
  kind: SolutionKind;
}

export function isConsolidatedStatus(value: unknown): value is ConsolidatedStatus {
  return typeof value === "string" && (CONSOLIDATED_STATUSES as readonly string[]).includes(value);
}

/** A cancellation the producer has not decided yet (Hanseatic): the order stays what it was meanwhile. */
export function isCancellationPending(status: string | null | undefined): boolean {
  return status === "REQUEST_FOR_CANCELLATION" || status === "REQUEST_FOR_PARTIAL_CANCELLATION";
}

function acceptedState(facts: BankStatusFacts): BankDrivenState {
  if (facts.cancellationStatus === "CANCELLATION_ACCEPTED") return "cancelled";
  if (facts.kind === "credit") {
    const subStatus = readSubStatus(facts.subStatus);
    if (subStatus === "PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT") return "funded";
    if (subStatus === "AWAITING_PAYMENT_TO_MERCHANT" || facts.isDelivered) return "delivered_awaiting_funding";
  }
  // Later steps of the life cycle win over a partial cancellation: the order
  // is still to ship (or funded) for the amount that is left.
  if (facts.cancellationStatus === "PARTIAL_CANCELLATION_ACCEPTED" || facts.cancellationAlreadyMade) return "partially_cancelled";
  return "accepted_to_ship";
}

/** The order state for what the bank says. Pure and total over the contract's enums. */
export function orderStateFor(facts: BankStatusFacts): BankDrivenState {
  switch (facts.consolidatedStatus) {
    case "INITIALIZED":
      return "awaiting_financing";
    case "REQUESTED":
      // REQUESTED is a producer's interim answer: to a cancellation request on
      // an accepted subscription (Hanseatic), or to the application itself.
      return isCancellationPending(facts.cancellationStatus)
        ? acceptedState({ ...facts, cancellationStatus: null })
        : "awaiting_financing";
    case "PRE_ACCEPTED":
      return "pre_accepted";
    case "ACCEPTED":
      return acceptedState(facts);
    case "REJECTED":
      return "rejected";
    case "ABORTED":
      return "aborted";
    case "CANCELLED":
      return "cancelled";
  }
}

/**
 * Nothing more can happen to an order in these states. "funded" is not one:
 * the buyer may still withdraw from a funded credit (see isWatched).
 */
export const FINAL_STATES: ReadonlySet<OrderState> = new Set<OrderState>(["failed", "rejected", "aborted", "cancelled"]);

export function isFinal(state: OrderState): boolean {
  return FINAL_STATES.has(state);
}

const DAY_MS = 24 * 3600 * 1000;
/** A split payment cannot be cancelled after 90 days; past that (and a margin) it is no longer watched. */
export const SPLIT_CANCELLATION_WINDOW_MS = 90 * DAY_MS;
/**
 * The buyer's 14-day withdrawal period of a long credit. It runs from the
 * conclusion of the contract, which is the lender's acceptance (the order's
 * acceptedAt), not the funding: funding follows the delivery, days or weeks
 * later, and does not reopen the period. So a funded credit is watched until
 * 14 days after acceptance (plus the margin), which also covers a funding
 * that comes late in the period.
 */
export const CREDIT_WITHDRAWAL_WINDOW_MS = 14 * DAY_MS;
/** Time for the bank to report what happened at the very end of a window (a withdrawal sent by post on day 14). */
const WATCH_MARGIN_MS = 7 * DAY_MS;

/** Whether the reconciler should still ask the bank about this order. */
export function isWatched(order: { state: OrderState; solutionKind: SolutionKind; acceptedAt: number | null; subscriptionId: string | null }, now: number): boolean {
  if (isFinal(order.state) || order.state === "pending" || !order.subscriptionId) return false;
  if (order.acceptedAt === null) return true;
  const since = now - order.acceptedAt;
  if (order.solutionKind === "split") return since <= SPLIT_CANCELLATION_WINDOW_MS + WATCH_MARGIN_MS;
  return order.state !== "funded" || since <= CREDIT_WITHDRAWAL_WINDOW_MS + WATCH_MARGIN_MS;
}

