import "server-only";
import { BankApiError } from "../bank/errors";
import { nowOf, type EngineDeps } from "./deps";
import { applySnapshot, type HistorySource, type OrderRow } from "./order-store";

export type Lookup = { found: true; order: OrderRow } | { found: false } | { found: "unknown"; error: BankApiError };

/** Looks the order up at the bank by merchantGlobalOrderId and links what is found. */
export async function lookUpAndLink(deps: EngineDeps, orderId: string, source: HistorySource): Promise<Lookup> {
  try {
    const found = await deps.bank.findSubscriptionsByOrderId(orderId, { orderId });
    const first = found[0];
    if (!first) return { found: false };
    if (found.length > 1) console.error(`order ${orderId}: the bank holds ${found.length} subscriptions for it; linking ${first.subscriptionId}`);
    const applied = applySnapshot(deps.db, orderId, first, source, nowOf(deps));
    return { found: true, order: applied.order };
  } catch (error) {
    if (error instanceof BankApiError) return { found: "unknown", error };
    throw error;
  }
}

