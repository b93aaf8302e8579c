/**
 * The merchant's order states, and the one mapping from what the bank says
 * about a subscription to the state of the order.
 *
 * What the bank tells us: `consolidatedStatus` and `cancellationStatus` on
 * both the list and the detail answers, `isDelivered` on list items only, and
 * no sub-status in the 1.4.0 contract. The vendor's own plugins read an
 * undocumented `consolidatedSubstatus` on list items; when the bank sends it
 * we use it (it is the only way to see "funded"), otherwise we derive:
 *   - split payment ACCEPTED is final for the bank (approved by the producer):
 *     the merchant ships, no delivery confirmation, paid within 48 h;
 *   - long credit ACCEPTED waits for the delivery confirmation until
 *     `isDelivered` is true (or the merchant confirmed it through this shop),
 *     then awaits funding; "funded" needs the sub-status;
 *   - a full cancellation is CANCELLED; a partial one leaves ACCEPTED with
 *     cancellationStatus PARTIAL_CANCELLATION_ACCEPTED (and
 *     cancellationAlreadyMade true).
 */
import { ORDER_STATES } from "@/db/shop/schema";
import type { CancellationStatus, ConsolidatedStatus } from "@/server/contract/types";

export type OrderState = (typeof ORDER_STATES)[number];
export { ORDER_STATES };

export type SolutionKind = "split" | "credit";

/** The states the bank can put an order in ('pending' and 'failed' are the shop's own). */
export type BankDrivenState = Exclude<OrderState, "pending" | "failed">;

export const CONSOLIDATED_STATUSES = ["INITIALIZED", "REQUESTED", "PRE_ACCEPTED", "ACCEPTED", "REJECTED", "ABORTED", "CANCELLED"] as const satisfies readonly ConsolidatedStatus[];

export const CANCELLATION_STATUSES = [
  "REQUEST_FOR_PARTIAL_CANCELLATION",
  "REQUEST_FOR_CANCELLATION",
  "CANCELLATION_ACCEPTED",
  "CANCELLATION_REJECTED",
  "PARTIAL_CANCELLATION_ACCEPTED",
  "PARTIAL_CANCELLATION_REJECTED",
] as const satisfies readonly CancellationStatus[];

/** FACTS.md's sub-statuses, per status. */
export const SUB_STATUSES = {
  INITIALIZED: ["SUBSCRIPTION_IN_PROGRESS"],
  REQUESTED: [],
  PRE_ACCEPTED: ["PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE", "CONTRACT_SIGNED_BY_CUSTOMER"],
  ACCEPTED: ["SUBSCRIPTION_APPROVED_BY_PRODUCER", "WAITING_FOR_THE_DELIVERY_CONFIRMATION", "AWAITING_PAYMENT_TO_MERCHANT", "PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT"],
  REJECTED: ["SUBSCRIPTION_REJECTED_BY_PRODUCER"],
  ABORTED: ["ABORTED_BY_CUSTOMER", "ABORTED_DUE_TO_TECHNICAL_ISSUE", "EXPIRED"],
  CANCELLED: ["CANCEL_BY_CUSTOMER"],
} as const satisfies Record<ConsolidatedStatus, readonly string[]>;

export interface BankStatusFacts {
  consolidatedStatus: ConsolidatedStatus;
  /** Only when the bank sends one (see above); anything unknown is ignored. */
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

export function isCancellationStatus(value: unknown): value is CancellationStatus {
  return typeof value === "string" && (CANCELLATION_STATUSES as readonly string[]).includes(value);
}

function acceptedState(facts: BankStatusFacts): BankDrivenState {
  if (facts.cancellationStatus === "CANCELLATION_ACCEPTED") return "cancelled";
  if (facts.kind === "credit") {
    if (facts.subStatus === "PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT") return "funded";
    if (facts.subStatus === "AWAITING_PAYMENT_TO_MERCHANT" || facts.isDelivered) return "delivered_awaiting_funding";
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
      return facts.cancellationStatus === "REQUEST_FOR_CANCELLATION" || facts.cancellationStatus === "REQUEST_FOR_PARTIAL_CANCELLATION"
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

/** Nothing more can happen to an order in these states. */
export const FINAL_STATES: ReadonlySet<OrderState> = new Set<OrderState>(["failed", "rejected", "aborted", "cancelled", "funded"]);

export function isFinal(state: OrderState): boolean {
  return FINAL_STATES.has(state);
}

/** A split payment cannot be cancelled after 90 days; past that (and a margin) it is no longer watched. */
export const SPLIT_CANCELLATION_WINDOW_MS = 90 * 24 * 3600 * 1000;
const SPLIT_WATCH_MARGIN_MS = 7 * 24 * 3600 * 1000;

/** Whether the reconciler should still ask the bank about this order. */
export function isWatched(order: { state: OrderState; solutionKind: SolutionKind; acceptedAt: number | null; subscriptionId: string | null }, now: number): boolean {
  if (isFinal(order.state) || order.state === "pending" || !order.subscriptionId) return false;
  if (order.solutionKind === "split" && order.acceptedAt !== null && now - order.acceptedAt > SPLIT_CANCELLATION_WINDOW_MS + SPLIT_WATCH_MARGIN_MS) return false;
  return true;
}

/** Short English labels and what each state asks of the merchant (back office). */
export const ORDER_STATE_INFO: Readonly<Record<OrderState, { label: string; description: string }>> = {
  pending: { label: "Pending", description: "Saved; the bank has not answered the application yet." },
  failed: { label: "Failed", description: "The bank refused to open the application; nothing to do." },
  awaiting_financing: { label: "Awaiting financing", description: "The buyer is in the bank's journey." },
  pre_accepted: { label: "Pre-accepted", description: "Credit under review by the lender; do not ship yet." },
  accepted_to_ship: { label: "Accepted, to ship", description: "Financing accepted: ship the goods (long credit: then confirm the delivery)." },
  delivered_awaiting_funding: { label: "Delivered, awaiting funding", description: "Delivery confirmed; the lender pays within 2 to 8 days." },
  funded: { label: "Funded", description: "The lender has paid the merchant." },
  rejected: { label: "Rejected", description: "The lender refused the financing." },
  aborted: { label: "Aborted", description: "The buyer left the journey, or it expired." },
  cancelled: { label: "Cancelled", description: "The financing was cancelled in full." },
  partially_cancelled: { label: "Partially cancelled", description: "Part of the amount was cancelled; the rest stays financed." },
};
