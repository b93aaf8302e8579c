import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import type { ShopDb } from "@/db/shop/client";
import { orderAddresses, orderBuyers, orderLines, orderStatusHistory, webhookEvents } from "@/db/shop/schema";
import { listApiCalls, type ApiCallRow } from "../bank/api-log";
import { orderReference } from "../checkout/order-view";
import { getOrder, type OrderRow } from "../orders/order-store";
import { orderActions, type OrderActions } from "./order-actions";

export type OrderLineRow = typeof orderLines.$inferSelect;
export type OrderBuyerRow = typeof orderBuyers.$inferSelect;
export type OrderAddressRow = typeof orderAddresses.$inferSelect;
export type OrderHistoryRow = typeof orderStatusHistory.$inferSelect;
export type WebhookEventRow = typeof webhookEvents.$inferSelect;

export interface OrderDetail {
  /** When this was read: "5 min ago" is counted from it. */
  now: number;
  order: OrderRow;
  reference: string;
  lines: OrderLineRow[];
  buyer: OrderBuyerRow | null;
  billingAddress: OrderAddressRow | null;
  deliveryAddress: OrderAddressRow | null;
  /** Oldest first: the order's story. */
  history: OrderHistoryRow[];
  /** The calls made to the bank for this order, newest first (the last 100). */
  apiCalls: ApiCallRow[];
  apiCallsTotal: number;
  /** The bank's webhooks about this order, newest first. */
  webhooks: WebhookEventRow[];
  /** What the merchant may do now, and why not where not. */
  actions: OrderActions;
}

export function getOrderDetail(db: ShopDb, id: string, now: number): OrderDetail | null {
  const order = getOrder(db, id);
  if (!order) return null;
  const lines = db.select().from(orderLines).where(eq(orderLines.orderId, id)).orderBy(asc(orderLines.id)).all();
  const buyer = db.select().from(orderBuyers).where(eq(orderBuyers.orderId, id)).get() ?? null;
  const addresses = db.select().from(orderAddresses).where(eq(orderAddresses.orderId, id)).all();
  const history = db.select().from(orderStatusHistory).where(eq(orderStatusHistory.orderId, id)).orderBy(asc(orderStatusHistory.id)).all();
  const calls = listApiCalls(db, { orderId: id, page: 1, pageSize: 100 });
  return {
    now,
    order,
    reference: orderReference(order.id),
    lines,
    buyer,
    billingAddress: addresses.find((a) => a.kind === "billing") ?? null,
    deliveryAddress: addresses.find((a) => a.kind === "delivery") ?? null,
    history,
    apiCalls: calls.items,
    apiCallsTotal: calls.total,
    webhooks: db.select().from(webhookEvents).where(eq(webhookEvents.orderId, id)).orderBy(desc(webhookEvents.receivedAt)).limit(50).all(),
    actions: orderActions(order, now),
  };
}
