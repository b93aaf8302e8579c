import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { orders } from "@/db/shop/schema";
import type { DeliveryOperator } from "../bank/vocabulary";
import { BankApiError } from "../bank/errors";
import { merchantMessage } from "../bank/messages";
import { freshOrder, type ActionResult } from "./action-result";
import { nowOf, type EngineDeps } from "./deps";
import { insertHistory } from "./order-store";
import { canConfirmDelivery, canConfirmReturn } from "./rules";
import { refreshOrder } from "./refresh";

/**
 * What the merchant does from the back office. Each action re-reads the
 * order from the bank, checks the rules (server/shop/orders/rules.ts) on that
 * fresh state, and only then asks the bank; the answer is a result to show,
 * never an exception for a refusal. Cancellation has a module of its own
 * (./cancellation.ts).
 */

export type { ActionResult } from "./action-result";
export { cancelOrder, cancelOrderInputSchema } from "./cancellation";

export const DELIVERY_OPERATORS = ["UPS", "DHL", "CHRONOPOST", "LA_POSTE", "DPD", "RELAIS_COLIS", "MONDIAL_RELAY", "FEDEX", "GLS", "UNKNOWN"] as const satisfies readonly DeliveryOperator[];

export const confirmDeliveryInputSchema = z.object({
  trackingNumber: z.string().trim().min(1).max(100),
  operator: z.enum(DELIVERY_OPERATORS),
});

/** "Refresh" in the back office: one re-read from the bank. */
export async function refreshOrderFromBank(deps: EngineDeps, orderId: string): Promise<ActionResult> {
  const result = await refreshOrder(deps, orderId, "merchant_action");
  if (result.error) return { ok: false, order: result.order, code: "bank_unreachable", message: merchantMessage(result.error), bankError: result.error };
  return { ok: true, order: result.order, message: result.changed ? `Updated: the order is now ${result.order.state}.` : "Already up to date." };
}

export async function confirmDelivery(deps: EngineDeps, orderId: string, input: z.input<typeof confirmDeliveryInputSchema>): Promise<ActionResult> {
  const { trackingNumber, operator } = confirmDeliveryInputSchema.parse(input);
  const fresh = await freshOrder(deps, orderId);
  if (!fresh.ok) return fresh;
  const rule = canConfirmDelivery(fresh.order);
  if (!rule.ok) return { ...rule, order: fresh.order };

  let alreadyAtBank = false;
  try {
    await deps.bank.confirmDelivery(fresh.order.subscriptionId!, { isDelivered: true, trackingNumber, operator }, { orderId });
  } catch (error) {
    if (!(error instanceof BankApiError)) throw error;
    // 409: the bank has the delivery already (confirmed elsewhere, or an answer we lost): so does the order now.
    alreadyAtBank = error.isAlreadyDone;
    if (!alreadyAtBank && !error.outcomeUnknown) return { ok: false, order: fresh.order, code: "bank_refused", message: merchantMessage(error), bankError: error };
    if (!alreadyAtBank) {
      // No clear answer: the bank's own record says whether it happened.
      const after = await refreshOrder(deps, orderId, "merchant_action");
      if (!after.order.isDelivered) return { ok: false, order: after.order, code: "outcome_unknown", message: `${merchantMessage(error)} The bank does not show the delivery yet.`, bankError: error };
    }
  }
  const now = nowOf(deps);
  const note = alreadyAtBank ? `delivery already confirmed at the bank (409); recorded with ${operator} ${trackingNumber}` : `delivery confirmed: ${operator} ${trackingNumber}`;
  deps.db.transaction(
    (tx) => {
      tx.update(orders).set({ deliveryConfirmedAt: now, trackingNumber, deliveryOperator: operator, isDelivered: true, updatedAt: now }).where(eq(orders.id, orderId)).run();
      insertHistory(tx, { orderId, at: now, source: "merchant_action", fromState: fresh.order.state, toState: fresh.order.state, onHold: fresh.order.onHold, note });
    },
    { behavior: "immediate" },
  );
  const after = await refreshOrder(deps, orderId, "merchant_action");
  const message = alreadyAtBank
    ? "The bank already had the delivery of this order (it answered 409): the order now records it; the lender pays within 2 to 8 days of the first confirmation."
    : "Delivery confirmed: the lender pays within 2 to 8 days.";
  return { ok: true, order: after.order, message };
}

/** 1.7.1 only: tells the lender the goods of a delivered long credit came back, which it needs before a cancellation. */
export async function confirmReturn(deps: EngineDeps, orderId: string): Promise<ActionResult> {
  const fresh = await freshOrder(deps, orderId);
  if (!fresh.ok) return fresh;
  const rule = canConfirmReturn(fresh.order, deps.apiVersion);
  if (!rule.ok) return { ...rule, order: fresh.order };
  try {
    await deps.bank.confirmReturn(fresh.order.subscriptionId!, { orderId });
  } catch (error) {
    if (!(error instanceof BankApiError)) throw error;
    if (!error.outcomeUnknown) return { ok: false, order: fresh.order, code: "bank_refused", message: merchantMessage(error), bankError: error };
    const after = await refreshOrder(deps, orderId, "merchant_action");
    if (!after.order.isReturned) return { ok: false, order: after.order, code: "outcome_unknown", message: `${merchantMessage(error)} The bank does not show the return yet; try again.`, bankError: error };
  }
  const now = nowOf(deps);
  deps.db.transaction(
    (tx) => {
      tx.update(orders).set({ isReturned: true, returnConfirmedAt: now, updatedAt: now }).where(eq(orders.id, orderId)).run();
      insertHistory(tx, { orderId, at: now, source: "merchant_action", fromState: fresh.order.state, toState: fresh.order.state, onHold: fresh.order.onHold, note: "return of the goods confirmed" });
    },
    { behavior: "immediate" },
  );
  const after = await refreshOrder(deps, orderId, "merchant_action");
  return { ok: true, order: after.order, message: "Return confirmed: the credit can now be cancelled." };
}
