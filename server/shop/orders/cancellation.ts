import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { orderBuyers, orderLines, orders } from "@/db/shop/schema";
import { toEuros } from "@/server/lib/money";
import type { Cancellation } from "../bank/cancellation";
import { BankApiError } from "../bank/errors";
import type { CancellationOutcome } from "../bank/later-versions";
import { merchantMessage } from "../bank/messages";
import { freshOrder, type ActionResult } from "./action-result";
import { nowOf, type EngineDeps } from "./deps";
import { insertHistory, type OrderRow } from "./order-store";
import { canCancel } from "./rules";
import { isCancellationPending } from "./states";
import { refreshOrder } from "./refresh";

/**
 * Cancelling a financing from the back office. The bank's answer says what
 * became of the request: accepted (the order's amounts follow now), or
 * requested (Hanseatic: the lender decides later, and the order follows its
 * decision when the bank reports it, see order-store.ts). An answer that
 * says nothing clear is never followed by a second request: the bank's
 * record is read instead.
 */
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

function cancellationOf(deps: EngineDeps, orderId: string, amountCents: number, input: z.output<typeof cancelOrderInputSchema>): Cancellation {
  const { reason, item, contact } = input;
  const buyer = deps.db.select().from(orderBuyers).where(eq(orderBuyers.orderId, orderId)).get();
  const labels = deps.db.select({ label: orderLines.label }).from(orderLines).where(eq(orderLines.orderId, orderId)).all();
  return {
    amountCents,
    item: item || labels.map((l) => l.label).join(", "),
    reason,
    contact: {
      lastName: contact?.lastName || buyer?.lastName,
      firstName: contact?.firstName || buyer?.firstName,
      email: contact?.email || buyer?.email,
      phoneNumber: contact?.phoneNumber || buyer?.mobilePhone,
    },
  };
}

export async function cancelOrder(deps: EngineDeps, orderId: string, input: z.input<typeof cancelOrderInputSchema>): Promise<ActionResult> {
  const parsed = cancelOrderInputSchema.parse(input);
  const { amountCents } = parsed;
  const fresh = await freshOrder(deps, orderId);
  if (!fresh.ok) return fresh;
  const order = fresh.order;
  const rule = canCancel(order, amountCents, nowOf(deps), deps.apiVersion);
  if (!rule.ok) return { ...rule, order };

  let outcome: CancellationOutcome;
  let bankSays: number | null = null;
  let unclear: BankApiError | null = null;
  try {
    const answer = await deps.bank.cancelSubscription(order.subscriptionId!, cancellationOf(deps, orderId, amountCents, parsed), { orderId });
    outcome = answer.outcome;
    bankSays = answer.financedCents;
  } catch (error) {
    if (!(error instanceof BankApiError)) throw error;
    if (!error.outcomeUnknown) return { ok: false, order, code: "bank_refused", message: merchantMessage(error), bankError: error };
    unclear = error;
    outcome = "unknown";
  }
  if (outcome === "refused") {
    const after = await refreshOrder(deps, orderId, "merchant_action");
    return { ok: false, order: after.order, code: "bank_refused", message: "cancelCreditSubscription: the lender refused this cancellation (REJECTED)." };
  }
  if (outcome === "unknown") {
    // Never sent again blindly: the bank's record says whether the cancellation happened.
    const seen = await cancellationSeenAtBank(deps, orderId, order, amountCents);
    if (!seen.outcome) {
      const why = unclear ? merchantMessage(unclear) : "cancelCreditSubscription: the bank's answer did not say what became of the request.";
      return {
        ok: false,
        order: seen.order,
        code: "outcome_unknown",
        message: `${why} The bank does not show the cancellation (yet); refresh before trying again.`,
        ...(unclear ? { bankError: unclear } : {}),
      };
    }
    outcome = seen.outcome;
  }

  recordCancellation(deps, order, { amountCents, kind: rule.kind, reason: parsed.reason, outcome, bankSays });
  const after = await refreshOrder(deps, orderId, "merchant_action");
  if (outcome === "requested") {
    return { ok: true, order: after.order, message: "Cancellation requested: the lender decides later; the order follows its answer, and no other cancellation can be made meanwhile." };
  }
  const remaining = after.order.bankFinancedCents ?? bankSays ?? order.financedCents - amountCents;
  return { ok: true, order: after.order, message: `${rule.kind === "full" ? "Full" : "Partial"} cancellation accepted; financed amount now ${(remaining / 100).toFixed(2)} €.` };
}

/** After an answer that says nothing clear: what the bank's own record shows of the request, if anything. */
async function cancellationSeenAtBank(deps: EngineDeps, orderId: string, before: OrderRow, amountCents: number): Promise<{ order: OrderRow; outcome: "accepted" | "requested" | null }> {
  const { order, error } = await refreshOrder(deps, orderId, "merchant_action");
  if (error) return { order, outcome: null };
  if (isCancellationPending(order.cancellationStatus) && !isCancellationPending(before.cancellationStatus)) return { order, outcome: "requested" };
  const was = before.bankFinancedCents ?? before.financedCents;
  const accepted = order.bankFinancedCents !== null && order.bankFinancedCents === was - amountCents;
  return { order, outcome: accepted ? "accepted" : null };
}

function recordCancellation(
  deps: EngineDeps,
  order: OrderRow,
  done: { amountCents: number; kind: "full" | "partial"; reason: string; outcome: "accepted" | "requested"; bankSays: number | null },
): void {
  const now = nowOf(deps);
  const { amountCents, kind, reason, outcome, bankSays } = done;
  deps.db.transaction(
    (tx) => {
      // Accepted: the order's amounts follow now. Requested (Hanseatic): when the lender decides (server/shop/orders/order-store.ts).
      const change =
        outcome === "accepted"
          ? { financedCents: order.financedCents - amountCents, cancelledCents: order.cancelledCents + amountCents }
          : { cancellationRequestedCents: amountCents };
      tx.update(orders)
        .set({ ...change, updatedAt: now })
        .where(eq(orders.id, order.id))
        .run();
      insertHistory(tx, {
        orderId: order.id,
        at: now,
        source: "merchant_action",
        fromState: order.state,
        toState: order.state,
        onHold: order.onHold,
        note: `${kind} cancellation of ${toEuros(amountCents)} € (${reason}): ${outcome === "accepted" ? "accepted" : "requested, the lender decides later"}${bankSays !== null ? `, bank finances ${toEuros(bankSays)} €` : ""}`,
      });
    },
    { behavior: "immediate" },
  );
}
