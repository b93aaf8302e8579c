import "server-only";
import { asc, eq } from "drizzle-orm";
import { orderLines } from "@/db/shop/schema";
import type { SolutionKind } from "../financing/solution-kind";
import type { EngineDeps } from "./deps";
import { storedNames, type LineNames } from "./line-names";
import { getOrderByPublicToken, type OrderRow } from "./order-store";
import { isCancellationInProgress } from "./rules";
import type { OrderState } from "./states";

/** What the shopper's pages show of an order: no personal data, nothing internal. */
export interface ShopperOrder {
  orderId: string;
  /** The shop's order number (orders.reference). */
  reference: string;
  publicToken: string;
  state: OrderState;
  solutionCode: string;
  solutionKind: SolutionKind;
  country: "FR" | "DE";
  totalCents: number;
  financedCents: number;
  createdAt: number;
  lastSyncedAt: number | null;
  /** The merchant asked the lender to cancel (part of) the financing, which has not decided yet. */
  cancellationRequested: boolean;
  /** As sold: names and unit price stored at placement. */
  lines: { names: LineNames; quantity: number; unitPriceCents: number; lineTotalCents: number }[];
  /** The bank's journey, while the shopper can still go (back) through it. */
  journey: { type: "url" | "page"; value: string } | null;
}

export function shopperOrderOf(deps: Pick<EngineDeps, "db">, order: OrderRow): ShopperOrder {
  const lines = deps.db
    .select({ label: orderLines.label, nameEn: orderLines.nameEn, nameDe: orderLines.nameDe, quantity: orderLines.quantity, unitPriceCents: orderLines.unitPriceCents, lineTotalCents: orderLines.lineTotalCents })
    .from(orderLines)
    .where(eq(orderLines.orderId, order.id))
    .orderBy(asc(orderLines.id))
    .all()
    .map(({ quantity, unitPriceCents, lineTotalCents, ...names }) => ({ names: storedNames(names), quantity, unitPriceCents, lineTotalCents }));
  const journey = order.state === "awaiting_financing" && order.redirectType && order.redirectValue ? { type: order.redirectType, value: order.redirectValue } : null;
  return {
    orderId: order.id,
    reference: order.reference,
    publicToken: order.publicToken,
    state: order.state,
    solutionCode: order.solutionCode,
    solutionKind: order.solutionKind,
    country: order.country,
    totalCents: order.totalCents,
    financedCents: order.financedCents,
    createdAt: order.createdAt,
    lastSyncedAt: order.lastSyncedAt,
    cancellationRequested: isCancellationInProgress(order),
    lines,
    journey,
  };
}

/** The order status page: what the shop knows, without asking the bank. */
export function getShopperOrder(deps: Pick<EngineDeps, "db">, publicToken: string): ShopperOrder | null {
  const order = getOrderByPublicToken(deps.db, publicToken);
  return order ? shopperOrderOf(deps, order) : null;
}
