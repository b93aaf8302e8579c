import "server-only";
import type { Subscription } from "@/server/contract/types";
import { BankApiError } from "../bank/errors";
import { merchantMessage } from "../bank/messages";
import type { EngineDeps } from "../orders/deps";
import { getOrder } from "../orders/order-store";
import { OrderNotFoundError } from "../orders/sync";

export type LiveSubscription =
  | { status: "none"; message: string }
  | { status: "ok"; readAt: number; subscription: Subscription }
  | { status: "error"; readAt: number; httpStatus: number | null; errorCode: string | null; message: string };

/**
 * The subscription exactly as the bank answers GET /subscriptions/{id} now,
 * through the engine's client (so the call is in the API log). Read only:
 * applying it to the order is what "Refresh" does.
 */
export async function liveSubscription(deps: EngineDeps, orderId: string): Promise<LiveSubscription> {
  const order = getOrder(deps.db, orderId);
  if (!order) throw new OrderNotFoundError(orderId);
  if (!order.subscriptionId) return { status: "none", message: "The bank has no subscription for this order (yet)." };
  try {
    const subscription = await deps.bank.getSubscription(order.subscriptionId, { orderId });
    return { status: "ok", readAt: Date.now(), subscription };
  } catch (error) {
    if (!(error instanceof BankApiError)) throw error;
    return { status: "error", readAt: Date.now(), httpStatus: error.httpStatus, errorCode: error.errorCode ?? null, message: merchantMessage(error) };
  }
}
