import "server-only";
import type { ApiVersion } from "../bank/later-versions";
import { canCancel, canConfirmDelivery, canConfirmReturn, isCancellationInProgress, remainingFinancedCents, type OrderFacts, type RefusalCode } from "../orders/rules";

export type Decision = { allowed: true } | { allowed: false; code: RefusalCode; reason: string };

export interface OrderActions {
  confirmDelivery: Decision;
  /** 1.7.1 only: offered for a delivered long credit whose goods came back; hidden (not allowed) otherwise. */
  confirmReturn: Decision;
  /** A cancellation is with the lender, undecided: the order shows "cancellation requested". */
  cancellationRequested: boolean;
  cancel: {
    /** What is still financed: the most that can be cancelled, and the form's default. */
    remainingCents: number;
    full: Decision;
    /** Whether some amount below the remaining one may be cancelled. */
    partial: Decision;
  };
}

function decision(result: { ok: true } | { ok: false; code: RefusalCode; message: string }): Decision {
  return result.ok ? { allowed: true } : { allowed: false, code: result.code, reason: result.message };
}

/**
 * What the back office offers for an order, from the engine's rules
 * (server/shop/orders/rules.ts): the buttons shown, and the reason given
 * where one is not.
 */
export function orderActions(order: OrderFacts, now: number, version: ApiVersion): OrderActions {
  const remainingCents = remainingFinancedCents(order);
  const full = canCancel(order, remainingCents, now, version);
  // The smallest partial: if even it is refused, no partial amount is possible.
  const partial: Decision =
    remainingCents > 1
      ? decision(canCancel(order, 1, now, version))
      : full.ok
        ? { allowed: false, code: "amount_too_high", reason: "Only 0.01 € is left: cancel it in full." }
        : decision(full);
  return {
    confirmDelivery: decision(canConfirmDelivery(order)),
    confirmReturn: decision(canConfirmReturn(order, version)),
    cancellationRequested: isCancellationInProgress(order),
    cancel: { remainingCents, full: decision(full), partial },
  };
}
