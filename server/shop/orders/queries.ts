import "server-only";
import { and, asc, desc, eq, or, sql, type SQL } from "drizzle-orm";
import type { ShopDb } from "@/db/shop/client";
import { pageWindow } from "@/server/lib/page-window";
import { bankApiCalls, orderAddresses, orderBuyers, orderLines, orders, orderStatusHistory, webhookEvents } from "@/db/shop/schema";
import { BankApiError } from "../bank/errors";
import type { SubscriptionDetail } from "../bank/subscription-snapshot";
import type { EngineDeps } from "./deps";
import { getOrder, type OrderRow } from "./order-store";
import { isCancellationInProgress } from "./rules";
import { ORDER_STATES, type OrderState } from "./states";
import { OrderNotFoundError } from "./order-not-found";

export interface OrderListFilter {
  state?: OrderState;
  /** The bank's consolidatedStatus as last synced. */
  bankStatus?: string;
  onHold?: boolean;
  /** Order id (or its start), order reference, buyer name or email. */
  search?: string;
  page?: number;
  pageSize?: number;
}

export interface OrderListItem {
  id: string;
  reference: string;
  createdAt: number;
  state: OrderState;
  onHold: boolean;
  solutionCode: string;
  solutionKind: "split" | "credit";
  totalCents: number;
  financedCents: number;
  bankStatus: string | null;
  bankSubStatus: string | null;
  cancellationStatus: string | null;
  /** A cancellation is with the lender, undecided. */
  cancellationRequested: boolean;
  lastSyncedAt: number | null;
  buyerName: string;
  buyerEmail: string;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The back office's list: newest first, with the count of orders in every state (whatever the filter). */
export function listOrders(db: ShopDb, filter: OrderListFilter = {}): { items: OrderListItem[]; total: number; counts: Record<OrderState, number>; onHoldCount: number } {
  const { limit, offset } = pageWindow(filter, { standard: 20, max: 100 });
  const where: SQL[] = [];
  if (filter.state) where.push(eq(orders.state, filter.state));
  if (filter.bankStatus) where.push(eq(orders.bankStatus, filter.bankStatus));
  if (filter.onHold !== undefined) where.push(eq(orders.onHold, filter.onHold));
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    where.push(
      or(
        sql`${orders.id} like ${`${escapeLike(search.toLowerCase())}%`} escape '\\'`,
        eq(orders.reference, search.toUpperCase()),
        sql`${orderBuyers.email} like ${pattern} escape '\\'`,
        sql`(${orderBuyers.firstName} || ' ' || ${orderBuyers.lastName}) like ${pattern} escape '\\'`,
      )!,
    );
  }
  const condition = and(...where);
  const items = db
    .select({
      id: orders.id,
      reference: orders.reference,
      createdAt: orders.createdAt,
      state: orders.state,
      onHold: orders.onHold,
      solutionCode: orders.solutionCode,
      solutionKind: orders.solutionKind,
      totalCents: orders.totalCents,
      financedCents: orders.financedCents,
      bankStatus: orders.bankStatus,
      bankSubStatus: orders.bankSubStatus,
      cancellationStatus: orders.cancellationStatus,
      cancellationRequestedCents: orders.cancellationRequestedCents,
      lastSyncedAt: orders.lastSyncedAt,
      firstName: orderBuyers.firstName,
      lastName: orderBuyers.lastName,
      buyerEmail: orderBuyers.email,
    })
    .from(orders)
    .innerJoin(orderBuyers, eq(orderBuyers.orderId, orders.id))
    .where(condition)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map(({ firstName, lastName, cancellationRequestedCents, ...rest }) => ({
      ...rest,
      cancellationRequested: isCancellationInProgress({ cancellationRequestedCents, cancellationStatus: rest.cancellationStatus }),
      buyerName: `${firstName} ${lastName}`,
    }));
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(orders)
      .innerJoin(orderBuyers, eq(orderBuyers.orderId, orders.id))
      .where(condition)
      .get()?.n ?? 0;
  const counts = Object.fromEntries(ORDER_STATES.map((s) => [s, 0])) as Record<OrderState, number>;
  for (const row of db.select({ state: orders.state, n: sql<number>`count(*)` }).from(orders).groupBy(orders.state).all()) counts[row.state] = row.n;
  const onHoldCount = db.select({ n: sql<number>`count(*)` }).from(orders).where(eq(orders.onHold, true)).get()?.n ?? 0;
  return { items, total, counts, onHoldCount };
}

export interface OrderDetail {
  order: OrderRow;
  lines: (typeof orderLines.$inferSelect)[];
  buyer: typeof orderBuyers.$inferSelect | null;
  billingAddress: typeof orderAddresses.$inferSelect | null;
  deliveryAddress: typeof orderAddresses.$inferSelect | null;
  history: (typeof orderStatusHistory.$inferSelect)[];
  apiCalls: (typeof bankApiCalls.$inferSelect)[];
  webhooks: (typeof webhookEvents.$inferSelect)[];
}

/** Everything the shop knows about one order (the bank's own record: fetchBankSubscription). */
export function getOrderDetail(db: ShopDb, orderId: string): OrderDetail | null {
  const order = getOrder(db, orderId);
  if (!order) return null;
  const addresses = db.select().from(orderAddresses).where(eq(orderAddresses.orderId, orderId)).all();
  return {
    order,
    lines: db.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.id)).all(),
    buyer: db.select().from(orderBuyers).where(eq(orderBuyers.orderId, orderId)).get() ?? null,
    billingAddress: addresses.find((a) => a.kind === "billing") ?? null,
    deliveryAddress: addresses.find((a) => a.kind === "delivery") ?? null,
    history: db.select().from(orderStatusHistory).where(eq(orderStatusHistory.orderId, orderId)).orderBy(asc(orderStatusHistory.id)).all(),
    apiCalls: db.select().from(bankApiCalls).where(eq(bankApiCalls.orderId, orderId)).orderBy(desc(bankApiCalls.at), desc(bankApiCalls.id)).limit(200).all(),
    webhooks: db.select().from(webhookEvents).where(eq(webhookEvents.orderId, orderId)).orderBy(desc(webhookEvents.receivedAt)).all(),
  };
}

/** The subscription as the bank returns it (GET /subscriptions/{id}), for the order's detail page. */
export async function fetchBankSubscription(deps: EngineDeps, orderId: string): Promise<{ subscription: SubscriptionDetail | null; error: BankApiError | null }> {
  const order = getOrder(deps.db, orderId);
  if (!order) throw new OrderNotFoundError(orderId);
  if (!order.subscriptionId) return { subscription: null, error: null };
  try {
    return { subscription: await deps.bank.getSubscription(order.subscriptionId, { orderId }), error: null };
  } catch (error) {
    if (error instanceof BankApiError) return { subscription: null, error };
    throw error;
  }
}
