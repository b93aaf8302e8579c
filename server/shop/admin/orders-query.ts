import "server-only";
import { and, desc, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import type { ShopDb } from "@/db/shop/client";
import { orderBuyers, orders } from "@/db/shop/schema";
import { orderReference } from "../checkout/order-view";
import { ORDER_STATES, type OrderState } from "../orders/states";

/** "NONE": orders the bank has never answered about (pending, failed). */
export const BANK_STATUS_FILTERS = ["INITIALIZED", "REQUESTED", "PRE_ACCEPTED", "ACCEPTED", "REJECTED", "ABORTED", "CANCELLED", "NONE"] as const;
export type BankStatusFilter = (typeof BANK_STATUS_FILTERS)[number];

export interface OrderListFilter {
  state?: OrderState;
  bankStatus?: BankStatusFilter;
  /** An order id (or the shopper's short reference, or its start), a buyer's name, or an email. */
  search?: string;
  onHoldOnly?: boolean;
  page: number;
  pageSize: number;
}

export interface OrderListItem {
  id: string;
  reference: string;
  createdAt: number;
  buyerName: string | null;
  buyerEmail: string | null;
  country: "FR" | "DE";
  solutionCode: string;
  solutionKind: "split" | "credit";
  totalCents: number;
  financedCents: number;
  bankFinancedCents: number | null;
  state: OrderState;
  onHold: boolean;
  bankStatus: string | null;
  bankSubStatus: string | null;
  cancellationStatus: string | null;
  lastSyncedAt: number | null;
  lastErrorCode: string | null;
}

/** LIKE treats % and _ as wildcards: a search for "a_b" means those three characters. */
function likeText(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const HEXISH = /^[0-9a-f-]{4,36}$/i;

function searchCondition(raw: string): SQL | undefined {
  const term = raw.trim().replace(/\s+/g, " ");
  if (!term) return undefined;
  const contains = `%${likeText(term.toLowerCase())}%`;
  const text = (column: SQL | typeof orderBuyers.email) => sql`lower(${column}) like ${contains} escape '\\'`;
  const conditions: SQL[] = [
    text(orderBuyers.email),
    text(sql`${orderBuyers.firstName} || ' ' || ${orderBuyers.lastName}`),
    text(sql`${orderBuyers.lastName} || ' ' || ${orderBuyers.firstName}`),
  ];
  if (HEXISH.test(term)) {
    // The shopper's reference is the id without dashes, upper-cased: both forms find the order.
    const compact = term.replace(/-/g, "").toLowerCase();
    conditions.push(sql`replace(${orders.id}, '-', '') like ${`${compact}%`}`);
  }
  return or(...conditions);
}

function bankStatusCondition(filter: BankStatusFilter): SQL {
  return filter === "NONE" ? isNull(orders.bankStatus) : eq(orders.bankStatus, filter);
}

function conditions(filter: Omit<OrderListFilter, "page" | "pageSize">, withState: boolean): SQL | undefined {
  const where: SQL[] = [];
  if (withState && filter.state) where.push(eq(orders.state, filter.state));
  if (filter.bankStatus) where.push(bankStatusCondition(filter.bankStatus));
  if (filter.onHoldOnly) where.push(eq(orders.onHold, true));
  const search = filter.search ? searchCondition(filter.search) : undefined;
  if (search) where.push(search);
  return where.length > 0 ? and(...where) : undefined;
}

/** Newest first, one page (pages from 1). */
export function listOrders(db: ShopDb, filter: OrderListFilter): { items: OrderListItem[]; total: number } {
  const where = conditions(filter, true);
  const rows = db
    .select({
      id: orders.id,
      createdAt: orders.createdAt,
      firstName: orderBuyers.firstName,
      lastName: orderBuyers.lastName,
      email: orderBuyers.email,
      country: orders.country,
      solutionCode: orders.solutionCode,
      solutionKind: orders.solutionKind,
      totalCents: orders.totalCents,
      financedCents: orders.financedCents,
      bankFinancedCents: orders.bankFinancedCents,
      state: orders.state,
      onHold: orders.onHold,
      bankStatus: orders.bankStatus,
      bankSubStatus: orders.bankSubStatus,
      cancellationStatus: orders.cancellationStatus,
      lastSyncedAt: orders.lastSyncedAt,
      lastErrorCode: orders.lastErrorCode,
    })
    .from(orders)
    .leftJoin(orderBuyers, eq(orderBuyers.orderId, orders.id))
    .where(where)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(orders)
      .leftJoin(orderBuyers, eq(orderBuyers.orderId, orders.id))
      .where(where)
      .get()?.n ?? 0;
  const items = rows.map(({ firstName, lastName, email, ...row }) => ({
    ...row,
    reference: orderReference(row.id),
    buyerName: firstName === null ? null : `${firstName} ${lastName ?? ""}`.trim(),
    buyerEmail: email,
  }));
  return { items, total };
}

/**
 * How many orders are in each state, under the same bank-status and search
 * filters as the list but whatever its state filter: the counts are the tabs
 * that set it.
 */
export function countOrdersByState(db: ShopDb, filter: Omit<OrderListFilter, "page" | "pageSize" | "state">): { byState: Record<OrderState, number>; total: number; onHold: number } {
  const where = conditions(filter, false);
  const rows = db
    .select({ state: orders.state, n: sql<number>`count(*)`, held: sql<number>`sum(${orders.onHold})` })
    .from(orders)
    .leftJoin(orderBuyers, eq(orderBuyers.orderId, orders.id))
    .where(where)
    .groupBy(orders.state)
    .all();
  const byState = Object.fromEntries(ORDER_STATES.map((s) => [s, 0])) as Record<OrderState, number>;
  let total = 0;
  let onHold = 0;
  for (const row of rows) {
    byState[row.state] = row.n;
    total += row.n;
    onHold += row.held ?? 0;
  }
  return { byState, total, onHold };
}

