import "server-only";
import { canCancel, canConfirmDelivery, remainingFinancedCents, type OrderFacts, type RefusalCode } from "../orders/rules";

export type Decision = { allowed: true } | { allowed: false; code: RefusalCode; reason: string };

export interface OrderActions {
  confirmDelivery: Decision;
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
export function orderActions(order: OrderFacts, now: number): OrderActions {
  const remainingCents = remainingFinancedCents(order);
  const full = canCancel(order, remainingCents, now);
  const partial: Decision =
    remainingCents > 1
      ? decision(canCancel(order, remainingCents - 1, now))
      : full.ok
        ? { allowed: false, code: "amount_too_high", reason: "Only 0.01 € is left: cancel it in full." }
        : decision(full);
  return { confirmDelivery: decision(canConfirmDelivery(order)), cancel: { remainingCents, full: decision(full), partial } };
}
