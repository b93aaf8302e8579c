import type { subscriptions } from "@/db/sandbox/schema";
import type { SubscriptionRequest } from "@/server/contract";
import type { CancellationStatus, StateSnapshot, Status, SubscriptionState, SubStatus } from "../domain/lifecycle";
import type { SolutionCode } from "../domain/solutions";

/**
 * A subscription as the rest of the sandbox sees it, and how it maps to and
 * from its row: the life cycle's state plus what the merchant sent.
 */
type Row = typeof subscriptions.$inferSelect;

export interface Subscription extends SubscriptionState {
  readonly id: string;
  readonly merchantId: string;
  readonly clientId: string;
  readonly marketTypeCode: string;
  readonly initialAmountCents: number;
  readonly merchantGlobalOrderId: string;
  readonly merchantBasketId: string;
  readonly merchantBuyerId: string;
  /** Months chosen by the buyer for a long credit; null until chosen (and for split payment). */
  readonly durationMonths: number | null;
  /** The POST /subscriptions body, as received. */
  readonly request: SubscriptionRequest;
  /** Secret of the journey URL (?t=...). */
  readonly journeyToken: string;
  readonly trackingNumber: string | null;
  readonly deliveryOperator: string | null;
  readonly registeredAt: number;
}

// Every column is a field of Subscription. The status columns are plain text:
// only the life cycle writes them, so they hold its values.
export function toSubscription(row: Row): Subscription {
  return {
    ...row,
    solutionCode: row.solutionCode as SolutionCode,
    status: row.status as Status,
    subStatus: row.subStatus as SubStatus,
    cancellationStatus: row.cancellationStatus as CancellationStatus | null,
  };
}

/** The columns a move of the life cycle rewrites. */
export function stateColumns(state: SubscriptionState) {
  return {
    status: state.status,
    subStatus: state.subStatus,
    cancellationStatus: state.cancellationStatus,
    financedAmountCents: state.financedAmountCents,
    pendingCancellationCents: state.pendingCancellationCents,
    cancellationAlreadyMade: state.cancellationAlreadyMade,
    partialCancellationMade: state.partialCancellationMade,
    isDelivered: state.isDelivered,
    isReturned: state.isReturned,
    lastUpdateAt: state.lastUpdateAt,
    acceptedAt: state.acceptedAt,
    deliveredAt: state.deliveredAt,
  };
}

export const stateSnapshot = (s: SubscriptionState): StateSnapshot => ({
  status: s.status,
  subStatus: s.subStatus,
  cancellationStatus: s.cancellationStatus,
  financedAmountCents: s.financedAmountCents,
});
