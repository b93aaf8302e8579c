import "server-only";
import { shopDb } from "@/db/shop/client";
import { emptyCartOrderedAt } from "../cart/cart-store";
import { engineDeps } from "../orders/default-deps";
import { returnFromBank } from "../orders/return-from-bank";
import { getShopperOrder, type ShopperOrder } from "../orders/shopper-order";
import { isFinal } from "../orders/states";
import { getOrderByPublicToken } from "../orders/order-store";
import type { OrderRow } from "../orders/order-store";
import { carrierName } from "@/server/shop/orders/carriers";
import { keepsCart, type OrderView, shippingStage, shopperOutcome } from "./order-view";

/** Tokens are random URL-safe strings; anything else is not worth a database look-up. */
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/** The return page's own bounded wait (the page then polls from the browser). */
const RETURN_ATTEMPTS = 3;
const RETURN_INTERVAL_MS = 600;
/** A poll within this time of the last read is answered from the database: the bank's rate limit is shared by the whole shop. */
const MIN_BANK_READ_INTERVAL_MS = 1000;

/** `row`: the stored order, for what the merchant recorded (delivery, tracking, cancellations). */
export function toOrderView(order: ShopperOrder, row?: OrderRow): OrderView {
  const trackingNumber = row?.trackingNumber?.trim();
  return {
    token: order.publicToken,
    reference: order.reference,
    state: order.state,
    outcome: shopperOutcome(order.state),
    solutionCode: order.solutionCode,
    solutionKind: order.solutionKind,
    totalCents: order.totalCents,
    financedCents: order.financedCents,
    createdAt: order.createdAt,
    lastSyncedAt: order.lastSyncedAt,
    cancellationRequested: order.cancellationRequested,
    lines: order.lines,
    country: order.country,
    shipping: shippingStage(order.state, row?.isDelivered ?? false),
    tracking: trackingNumber ? { number: trackingNumber, carrier: carrierName(row?.deliveryOperator?.trim()) } : null,
    cancelledCents: row?.cancelledCents ?? 0,
  };
}

/**
 * How fresh the shopper's order must be:
 * - "return": back from the bank; re-read it, a few times if it has not moved;
 * - "poll": one re-read (the return page's browser polling, the status page);
 * - "none": what the shop knows (page metadata).
 */
export type Freshness = "return" | "poll" | "none";

export async function shopperOrder(token: string, freshness: Freshness): Promise<OrderView | null> {
  if (!TOKEN.test(token)) return null;
  const deps = engineDeps();
  const known = getShopperOrder(deps, token);
  if (!known) return null;
  let order = known;
  if (readsBank(freshness, known, Date.now())) {
    const attempts = freshness === "return" ? RETURN_ATTEMPTS : 1;
    order = (await returnFromBank(deps, token, { attempts, intervalMs: RETURN_INTERVAL_MS })) ?? known;
  }
  const row = getOrderByPublicToken(shopDb(), token);
  const view = toOrderView(order, row);
  if (!keepsCart(view.outcome) && row) settleCart(row);
  return view;
}

/**
 * Whether this view re-reads the bank. Back from the bank it always does (until the order is final): the shopper
 * has just decided there, maybe a moment after another read (a webhook's, the reconciler's) that the decision made
 * stale. A poll shortly after the last read is answered from the database.
 */
export function readsBank(freshness: Freshness, known: Pick<ShopperOrder, "state" | "lastSyncedAt">, now: number): boolean {
  if (freshness === "none" || isFinal(known.state)) return false;
  if (freshness === "return") return true;
  return known.lastSyncedAt === null || now - known.lastSyncedAt >= MIN_BANK_READ_INTERVAL_MS;
}

/** Once the financing went through, the ordered cart is emptied (unless the shopper changed it since). */
function settleCart(row: OrderRow): void {
  if (row.cartId) emptyCartOrderedAt(shopDb(), row.cartId, row.createdAt);
}

/** The bank's journey for an order still in it: a URL to go to, or the HTML page to frame; "done" once the bank has decided. */
export type BankJourney = { type: "url"; url: string } | { type: "page"; html: string } | { type: "done" };

export function bankJourney(token: string): BankJourney | null {
  if (!TOKEN.test(token)) return null;
  const order = getShopperOrder(engineDeps(), token);
  if (!order) return null;
  if (!order.journey) return { type: "done" };
  if (order.journey.type === "page") return { type: "page", html: order.journey.value };
  return isWebUrl(order.journey.value) ? { type: "url", url: order.journey.value } : null;
}

/** The bank's journey URL is sent to the browser as a location: only http(s), never javascript: or data:. */
export function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}
