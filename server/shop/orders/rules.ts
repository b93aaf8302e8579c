/**
 * What the merchant may ask of the bank for an order, checked before the
 * call so that the back office can say why not (and hide the button) instead
 * of relaying a bank error. The bank stays the judge: these checks read the
 * last state synced from it, and its refusal is still reported if it differs.
 */
import type { ApiVersion } from "../bank/later-versions";
import type { SolutionKind } from "../financing/solution-kind";
import { isCancellationPending, SPLIT_CANCELLATION_WINDOW_MS, type OrderState } from "./states";
import { readSubStatus } from "../bank/sub-status";

export type RefusalCode =
  | "no_subscription"
  | "not_needed_for_split_payment"
  | "not_accepted"
  | "already_delivered"
  | "already_cancelled"
  | "amount_not_positive"
  | "amount_too_high"
  | "nothing_left_to_cancel"
  | "partial_already_made"
  | "cancellation_window_passed"
  | "below_minimum_remaining"
  | "cancellation_pending"
  | "return_not_confirmed"
  | "not_delivered"
  | "already_returned"
  | "not_in_this_version";

export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: string;
}

/** The facts of an order the rules read (a row of the orders table fits). */
export interface OrderFacts {
  state: OrderState;
  solutionKind: SolutionKind;
  subscriptionId: string | null;
  bankStatus: string | null;
  bankSubStatus: string | null;
  isDelivered: boolean;
  financedCents: number;
  bankFinancedCents: number | null;
  cancellationAlreadyMade: boolean;
  cancellationStatus: string | null;
  cancelledCents: number;
  acceptedAt: number | null;
  isReturned: boolean;
  /** A cancellation asked through this shop that the producer has not decided yet. */
  cancellationRequestedCents: number | null;
}

/** What the bank leaves financed after a partial cancellation must be at least this (the vendor's "minimum authorized amount"). */
export const MIN_REMAINING_FINANCED_CENTS = 100_00;

const refuse = (code: RefusalCode, message: string): Refusal => ({ ok: false, code, message });

export function canConfirmDelivery(order: OrderFacts): { ok: true } | Refusal {
  if (!order.subscriptionId) return refuse("no_subscription", "This order has no financing at the bank.");
  if (order.solutionKind === "split") {
    return refuse("not_needed_for_split_payment", "Split payment needs no delivery confirmation: the lender pays within 48 hours of acceptance.");
  }
  if (order.bankStatus !== "ACCEPTED" || order.state === "cancelled") {
    return refuse("not_accepted", `Delivery can be confirmed once the lender has accepted the credit (bank status now: ${order.bankStatus ?? "unknown"}).`);
  }
  if (isDelivered(order)) return refuse("already_delivered", "The delivery of this order is already confirmed.");
  return { ok: true };
}

function isDelivered(order: OrderFacts): boolean {
  const subStatus = readSubStatus(order.bankSubStatus);
  const subStatusSaysDone = subStatus !== null && subStatus !== "WAITING_FOR_THE_DELIVERY_CONFIRMATION";
  return order.isDelivered || order.state === "delivered_awaiting_funding" || order.state === "funded" || subStatusSaysDone;
}

/** A delivered long credit in 1.7.1: the lender must hear the goods came back before it can be cancelled. */
function needsReturn(order: OrderFacts, version: ApiVersion): boolean {
  return version === "1.7.1" && order.solutionKind === "credit" && isDelivered(order) && !order.isReturned;
}

export function isCancellationInProgress(order: Pick<OrderFacts, "cancellationStatus" | "cancellationRequestedCents">): boolean {
  return order.cancellationRequestedCents !== null || isCancellationPending(order.cancellationStatus);
}

/** 1.7.1's `_confirmReturn`: a delivered long credit whose goods came back. */
export function canConfirmReturn(order: OrderFacts, version: ApiVersion): { ok: true } | Refusal {
  if (version !== "1.7.1") return refuse("not_in_this_version", "The bank's API version this shop speaks (1.4.0) has no return confirmation.");
  if (!order.subscriptionId) return refuse("no_subscription", "This order has no financing at the bank.");
  if (order.solutionKind === "split") return refuse("not_needed_for_split_payment", "A split payment needs no return confirmation: cancel it directly.");
  if (order.bankStatus !== "ACCEPTED" || order.state === "cancelled") {
    return refuse("not_accepted", `A return can be confirmed on an accepted credit only (bank status now: ${order.bankStatus ?? "unknown"}).`);
  }
  if (!isDelivered(order)) return refuse("not_delivered", "The delivery of this credit was never confirmed: cancel it directly, no return is needed.");
  if (order.isReturned) return refuse("already_returned", "The return of this order is already confirmed.");
  return { ok: true };
}

/** What is still financed: the bank's last word, or ours before the first sync. */
export function remainingFinancedCents(order: OrderFacts): number {
  return order.bankFinancedCents ?? order.financedCents;
}

export function canCancel(order: OrderFacts, amountCents: number, now: number, version: ApiVersion): { ok: true; kind: "full" | "partial" } | Refusal {
  if (!order.subscriptionId) return refuse("no_subscription", "This order has no financing at the bank.");
  if (order.state === "cancelled" || order.bankStatus === "CANCELLED") return refuse("already_cancelled", "This financing is already cancelled.");
  if (order.bankStatus !== "ACCEPTED") {
    return refuse("not_accepted", `Only an accepted financing can be cancelled (bank status now: ${order.bankStatus ?? "unknown"}).`);
  }
  if (isCancellationInProgress(order)) {
    return refuse("cancellation_pending", "A cancellation of this order is already with the lender, which has not decided yet. Wait for its answer.");
  }
  if (needsReturn(order, version)) {
    return refuse("return_not_confirmed", "This credit was delivered: confirm the return of the goods first, then cancel it.");
  }
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) return refuse("amount_not_positive", "The amount to cancel must be at least 0.01 €.");
  const remaining = remainingFinancedCents(order);
  if (remaining <= 0) return refuse("nothing_left_to_cancel", "Nothing is left to cancel on this financing.");
  if (amountCents > remaining) {
    return refuse("amount_too_high", `At most ${(remaining / 100).toFixed(2)} € can be cancelled: that is what is still financed.`);
  }
  const kind = amountCents === remaining ? "full" : "partial";
  const partialMade = order.cancellationAlreadyMade || order.cancelledCents > 0 || order.cancellationStatus === "PARTIAL_CANCELLATION_ACCEPTED";
  if (kind === "partial" && partialMade) {
    return refuse("partial_already_made", `A partial cancellation was already made, and the bank allows only one. You can still cancel the remaining ${(remaining / 100).toFixed(2)} € in full.`);
  }
  if (kind === "partial" && remaining - amountCents < MIN_REMAINING_FINANCED_CENTS) {
    return refuse(
      "below_minimum_remaining",
      `The lender keeps at least ${(MIN_REMAINING_FINANCED_CENTS / 100).toFixed(2)} € financed after a partial cancellation: cancel at most ${((remaining - MIN_REMAINING_FINANCED_CENTS) / 100).toFixed(2)} €, or the whole ${(remaining / 100).toFixed(2)} €.`,
    );
  }
  if (order.solutionKind === "split" && order.acceptedAt !== null && now - order.acceptedAt > SPLIT_CANCELLATION_WINDOW_MS) {
    return refuse("cancellation_window_passed", "A split payment can be cancelled only within 90 days of its acceptance.");
  }
  return { ok: true, kind };
}
