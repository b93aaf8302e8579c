import "server-only";
import { asc, eq } from "drizzle-orm";
import { orderLines } from "@/db/shop/schema";
import { BankApiError } from "../bank/errors";
import { nowOf, sleepOf, type EngineDeps } from "./deps";
import { storedNames, type LineNames } from "./line-names";
import { applySnapshot, getOrder, getOrderByPublicToken, snapshotFromDetail, snapshotFromSummary, type HistorySource, type OrderRow } from "./order-store";
import { lookUpAndLink } from "./lookup";
import { isCancellationInProgress } from "./rules";
import type { OrderState } from "./states";

export class OrderNotFoundError extends Error {
  constructor(readonly orderId: string) {
    super(`No order ${orderId}.`);
    this.name = "OrderNotFoundError";
  }
}

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
    const item = items.find((s) => s.creditSubscriptionId === order.subscriptionId);
    const snapshot = item ? snapshotFromSummary(item) : snapshotFromDetail(await deps.bank.getSubscription(order.subscriptionId, { orderId }));
    const applied = applySnapshot(deps.db, orderId, snapshot, source, nowOf(deps));
    return { order: applied.order, changed: applied.changed, error: null };
  } catch (error) {
    if (error instanceof BankApiError) return { order, changed: false, error };
    throw error;
  }
}

/** What the shopper's pages show of an order: no personal data, nothing internal. */
export interface ShopperOrder {
  orderId: string;
  /** The shop's order number (orders.reference). */
  reference: string;
  publicToken: string;
  state: OrderState;
  solutionCode: string;
  solutionKind: "split" | "credit";
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

// The shopper's re-reads of one order in flight in this process, by order id: concurrent polls share one bank read.
// On globalThis: Next bundles the tRPC route and the return page apart, and they must share it.
const readsHolder = globalThis as unknown as { __shopperReads?: Map<string, Promise<RefreshResult>> };
const shopperReads = (readsHolder.__shopperReads ??= new Map<string, Promise<RefreshResult>>());

/**
 * refreshOrder for the shopper's pages, one bank read at a time per order:
 * 32 concurrent polls of one order's status make one read, not 32. Only the
 * shopper's reads are shared; a webhook or the merchant reads the bank anew,
 * since what they come for may have happened after a read already under way.
 */
export function sharedShopperRefresh(deps: EngineDeps, orderId: string): Promise<RefreshResult> {
  const running = shopperReads.get(orderId);
  if (running) return running;
  const read = refreshOrder(deps, orderId, "return").finally(() => shopperReads.delete(orderId));
  shopperReads.set(orderId, read);
  return read;
}

const UNSETTLED: ReadonlySet<OrderState> = new Set<OrderState>(["pending", "awaiting_financing"]);

/**
 * The return page (`merchantUrls.confirmation`): the shopper is back from the
 * bank, so the bank is read again, a few times a short while apart if it has
 * not moved yet. Nothing from the URL but the token is used.
 */
export async function returnFromBank(deps: EngineDeps, publicToken: string, options: { attempts?: number; intervalMs?: number } = {}): Promise<ShopperOrder | null> {
  const attempts = Math.max(1, options.attempts ?? 4);
  const intervalMs = options.intervalMs ?? 750;
  const found = getOrderByPublicToken(deps.db, publicToken);
  if (!found) return null;
  let order = found;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    order = (await sharedShopperRefresh(deps, order.id)).order;
    if (!UNSETTLED.has(order.state) || attempt === attempts) break;
    await sleepOf(deps)(intervalMs);
  }
  return shopperOrderOf(deps, order);
}
