import "server-only";
import { BankApiError } from "../bank/errors";
import { nowOf, type EngineDeps } from "./deps";
import { applySnapshot, getOrder, type HistorySource, type OrderRow } from "./order-store";
import { lookUpAndLink } from "./lookup";
import { OrderNotFoundError } from "./order-not-found";

export interface RefreshResult {
  order: OrderRow;
  /** The state or the hold flag changed. */
  changed: boolean;
  /** Set when the bank could not be read; the order is left as it was. */
  error: BankApiError | null;
}

/**
 * Re-reads one order's subscription from the bank and applies it (idempotent).
 * A pending order is looked up by merchantGlobalOrderId and linked if found.
 */
export async function refreshOrder(deps: EngineDeps, orderId: string, source: HistorySource): Promise<RefreshResult> {
  const order = getOrder(deps.db, orderId);
  if (!order) throw new OrderNotFoundError(orderId);
  if (!order.subscriptionId) {
    if (order.state !== "pending") return { order, changed: false, error: null };
    const lookup = await lookUpAndLink(deps, orderId, source);
    if (lookup.found === "unknown") return { order, changed: false, error: lookup.error };
    return lookup.found ? { order: lookup.order, changed: true, error: null } : { order, changed: false, error: null };
  }
  try {
    // The list answer carries isDelivered (and the sub-status where the bank sends it); the detail does not.
    const items = await deps.bank.findSubscriptionsByOrderId(orderId, { orderId });
    const item = items.find((s) => s.subscriptionId === order.subscriptionId);
    const snapshot = item ?? (await deps.bank.getSubscription(order.subscriptionId, { orderId }));
    const applied = applySnapshot(deps.db, orderId, snapshot, source, nowOf(deps));
    return { order: applied.order, changed: applied.changed, error: null };
  } catch (error) {
    if (error instanceof BankApiError) return { order, changed: false, error };
    throw error;
  }
}
