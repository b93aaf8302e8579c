import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { orderBuyers, orderLines, orders } from "@/db/shop/schema";
import type { CancellationRequest, DeliveryOperator } from "@/server/contract/types";
import { toCents, toEuros } from "@/server/lib/money";
import { BankApiError } from "../bank/errors";
import { merchantMessage } from "../bank/messages";
import { nowOf, type EngineDeps } from "./deps";
import { getOrder, insertHistory, type OrderRow } from "./order-store";
import { canCancel, canConfirmDelivery, type RefusalCode } from "./rules";
import { OrderNotFoundError, refreshOrder } from "./sync";

/**
 * What the merchant does from the back office. Each action re-reads the
 * order from the bank, checks the rules (server/shop/orders/rules.ts) on that
 * fresh state, and only then asks the bank; the answer is a result to show,
 * never an exception for a refusal.
 */
export type ActionResult =
  | { ok: true; order: OrderRow; message: string }
  | { ok: false; order: OrderRow; code: RefusalCode | "bank_refused" | "bank_unreachable" | "outcome_unknown"; message: string };

export const DELIVERY_OPERATORS = ["UPS", "DHL", "CHRONOPOST", "LA_POSTE", "DPD", "RELAIS_COLIS", "MONDIAL_RELAY", "FEDEX", "GLS", "UNKNOWN"] as const satisfies readonly DeliveryOperator[];

export const confirmDeliveryInputSchema = z.object({
  trackingNumber: z.string().trim().min(1).max(100),
  operator: z.enum(DELIVERY_OPERATORS),
});

export const cancelOrderInputSchema = z.object({
  amountCents: z.number().int().positive(),
  reason: z.string().trim().min(1).max(200),
  /** What is cancelled, in words; defaults to the order's item labels. */
  item: z.string().trim().max(200).optional(),
  /** Who asked for it; defaults to the buyer's contact. */
  contact: z
    .object({
      firstName: z.string().trim().max(50).optional(),
      lastName: z.string().trim().max(50).optional(),
      email: z.string().trim().max(200).optional(),
      phoneNumber: z.string().trim().max(30).optional(),
    })
    .optional(),
});

function loadOrder(deps: EngineDeps, orderId: string): OrderRow {
  const order = getOrder(deps.db, orderId);
  if (!order) throw new OrderNotFoundError(orderId);
  return order;
}

/** "Refresh" in the back office: one re-read from the bank. */
export async function refreshOrderFromBank(deps: EngineDeps, orderId: string): Promise<ActionResult> {
  const result = await refreshOrder(deps, orderId, "merchant_action");
  if (result.error) return { ok: false, order: result.order, code: "bank_unreachable", message: merchantMessage(result.error) };
  return { ok: true, order: result.order, message: result.changed ? `Updated: the order is now ${result.order.state}.` : "Already up to date." };
}

type Refused = Extract<ActionResult, { ok: false }>;

/** Re-reads the order before an action; an unreachable bank stops the action. */
async function freshOrder(deps: EngineDeps, orderId: string): Promise<{ ok: true; order: OrderRow } | Refused> {
  loadOrder(deps, orderId);
  const result = await refreshOrder(deps, orderId, "merchant_action");
  if (result.error) return { ok: false, order: result.order, code: "bank_unreachable", message: `The bank could not be read first: ${merchantMessage(result.error)}` };
  return { ok: true, order: result.order };
}

export async function confirmDelivery(deps: EngineDeps, orderId: string, input: z.input<typeof confirmDeliveryInputSchema>): Promise<ActionResult> {
  const { trackingNumber, operator } = confirmDeliveryInputSchema.parse(input);
  const fresh = await freshOrder(deps, orderId);
  if (!fresh.ok) return fresh;
  const rule = canConfirmDelivery(fresh.order);
  if (!rule.ok) return { ...rule, order: fresh.order };

  try {
    await deps.bank.confirmDelivery(fresh.order.subscriptionId!, { isDelivered: true, trackingNumber, operator }, { orderId });
  } catch (error) {
    if (!(error instanceof BankApiError)) throw error;
    if (!error.outcomeUnknown) return { ok: false, order: fresh.order, code: "bank_refused", message: merchantMessage(error) };
    // No clear answer: the bank's own record says whether it happened.
    const after = await refreshOrder(deps, orderId, "merchant_action");
    if (!after.order.isDelivered) return { ok: false, order: after.order, code: "outcome_unknown", message: `${merchantMessage(error)} The bank does not show the delivery yet.` };
  }
  const now = nowOf(deps);
  deps.db.transaction(
    (tx) => {
      tx.update(orders).set({ deliveryConfirmedAt: now, trackingNumber, deliveryOperator: operator, isDelivered: true, updatedAt: now }).where(eq(orders.id, orderId)).run();
      insertHistory(tx, { orderId, at: now, source: "merchant_action", fromState: fresh.order.state, toState: fresh.order.state, onHold: fresh.order.onHold, note: `delivery confirmed: ${operator} ${trackingNumber}` });
    },
    { behavior: "immediate" },
  );
  const after = await refreshOrder(deps, orderId, "merchant_action");
  return { ok: true, order: after.order, message: "Delivery confirmed: the lender pays within 2 to 8 days." };
}

export async function cancelOrder(deps: EngineDeps, orderId: string, input: z.input<typeof cancelOrderInputSchema>): Promise<ActionResult> {
  const { amountCents, reason, item, contact } = cancelOrderInputSchema.parse(input);
  const fresh = await freshOrder(deps, orderId);
  if (!fresh.ok) return fresh;
  const order = fresh.order;
  const rule = canCancel(order, amountCents, nowOf(deps));
  if (!rule.ok) return { ...rule, order };

  const buyer = deps.db.select().from(orderBuyers).where(eq(orderBuyers.orderId, orderId)).get();
  const labels = deps.db.select({ label: orderLines.label }).from(orderLines).where(eq(orderLines.orderId, orderId)).all();
  const body: CancellationRequest = {
    cancelledAmount: toEuros(amountCents),
    cancelledItem: item || labels.map((l) => l.label).join(", ").slice(0, 200),
    cancellationReason: reason,
    cancellationContact: {
      lastName: contact?.lastName || buyer?.lastName,
      firstName: contact?.firstName || buyer?.firstName,
      email: contact?.email || buyer?.email,
      phoneNumber: contact?.phoneNumber || buyer?.mobilePhone,
    },
  };
  const before = order.bankFinancedCents ?? order.financedCents;
  let answer: { financedAmount?: number; status?: string } | null = null;
  try {
    answer = await deps.bank.cancelSubscription(order.subscriptionId!, body, { orderId });
  } catch (error) {
    if (!(error instanceof BankApiError)) throw error;
    if (!error.outcomeUnknown) return { ok: false, order, code: "bank_refused", message: merchantMessage(error) };
    // Never sent again blindly: the bank's record says whether the cancellation happened.
    const after = await refreshOrder(deps, orderId, "merchant_action");
    const bankAfter = after.order.bankFinancedCents;
    if (after.error || bankAfter === null || bankAfter === before) {
      return { ok: false, order: after.order, code: "outcome_unknown", message: `${merchantMessage(error)} The bank does not show the cancellation (yet); refresh before trying again.` };
    }
  }

  const now = nowOf(deps);
  const expected = before - amountCents;
  const bankSays = typeof answer?.financedAmount === "number" ? toCents(answer.financedAmount) : null;
  const status = answer?.status ?? "unknown";
  // REQUESTED (Hanseatic): the producer decides later; the amounts change when the bank says so.
  const settled = status !== "REQUESTED";
  deps.db.transaction(
    (tx) => {
      if (settled) {
        tx.update(orders)
          .set({ financedCents: expected, cancelledCents: order.cancelledCents + amountCents, updatedAt: now })
          .where(eq(orders.id, orderId))
          .run();
      }
      insertHistory(tx, {
        orderId,
        at: now,
        source: "merchant_action",
        fromState: order.state,
        toState: order.state,
        onHold: order.onHold,
        note: `${rule.kind} cancellation of ${toEuros(amountCents)} € (${reason}): bank answered ${status}${bankSays !== null ? `, financed now ${toEuros(bankSays)} €` : ""}`,
      });
    },
    { behavior: "immediate" },
  );
  const after = await refreshOrder(deps, orderId, "merchant_action");
  const remaining = after.order.bankFinancedCents ?? bankSays ?? expected;
  const message = settled
    ? `${rule.kind === "full" ? "Full" : "Partial"} cancellation accepted; financed amount now ${(remaining / 100).toFixed(2)} €.`
    : "Cancellation requested; the lender will decide, the order will follow.";
  return { ok: true, order: after.order, message };
}
