import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { and, asc, desc, eq, gt, inArray, ne, sql } from "drizzle-orm";
import { insertRow, prepared, type Handle } from "@/db/shop/prepared";
import { cartItems, carts, orderAddresses, orderBuyers, orderLines, orders, products } from "@/db/shop/schema";
import { cartTotals } from "../cart/cart-math";
import { BankApiError } from "../bank/errors";
import { noClearAnswerFailure, shopperErrorKey, storedFailure, type ShopperErrorKey } from "../bank/messages";
import type { SubscriptionApplication } from "../bank/subscription-body";
import { decideFinancing } from "../financing/decision";
import { readFinancingSettings } from "../financing/settings-store";
import { solutionKind } from "../financing/solution-kind";
import { nowOf, type EngineDeps } from "./deps";
import { namesAtPlacement } from "./line-names";
import { lookUpAndLink } from "./lookup";
import { getOrder, insertHistory, linkCreatedSubscription, markFailed, noteError, type OrderRow } from "./order-store";
import { orderReference } from "./order-reference";
import type { OrderState } from "./states";
import type { PlaceOrderInput } from "./order-input";

/**
 * Placing a financed order, so that an order is never lost and never financed twice:
 *
 * 1. The order is computed from the server's cart and catalogue prices and
 *    committed as `pending` before the bank hears of it; its id is the
 *    subscription's merchantGlobalOrderId.
 * 2. POST /subscriptions (the client never repeats it on an unclear outcome).
 * 3. 201: the subscription and the buyer's journey are stored.
 *    400 BAD_REQUEST (a subscription exists for this order): it is looked up and linked.
 *    Timeout, dropped connection, 5xx: GET /subscriptions?merchantGlobalOrderId=
 *    first; linked if found, otherwise one new POST, and the same again.
 *    Any other refusal: the order is `failed`, with a message for the shopper.
 * 4. Still unclear (the bank does not answer at all): the order stays
 *    `pending`; the reconciler links it or fails it later, never re-POSTing.
 */

export type { PlaceOrderInput } from "./order-input";

// The attempt's key is stored and indexed with the cart: bounded and URL-safe, whoever calls the engine.
const ATTEMPT_KEY = /^[A-Za-z0-9_-]{16,100}$/;

export type OrderInputErrorCode = "cart_not_found" | "cart_empty" | "market_mismatch" | "birth_data_required" | "solution_refused";

/** The order could not even be written: nothing was sent to the bank. */
export class OrderInputError extends Error {
  constructor(
    readonly code: OrderInputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "OrderInputError";
  }
}

export interface PlaceOrderResult {
  orderId: string;
  publicToken: string;
  state: OrderState;
  /** Where to send the shopper: the bank's journey. Null when there is none to give. */
  redirect: { type: "url" | "page"; value: string } | null;
  /** What to tell the shopper when there is no journey to go to. */
  problem: { key: ShopperErrorKey; merchantMessage: string } | null;
  /** True when this checkout attempt had already been placed (double click, reload). */
  reused: boolean;
}

function resultOf(order: OrderRow, reused: boolean, problem: PlaceOrderResult["problem"] = null): PlaceOrderResult {
  const redirect = order.redirectType && order.redirectValue ? { type: order.redirectType, value: order.redirectValue } : null;
  let reported = problem;
  if (!reported && order.state === "failed") {
    reported = { key: "unexpected", merchantMessage: order.lastErrorMessage ?? "The bank refused the application." };
  } else if (!reported && order.state === "pending") {
    reported = { key: "confirmation_pending", merchantMessage: order.lastErrorMessage ?? "Waiting for the bank's answer." };
  } else if (!reported && order.state === "awaiting_financing" && !redirect) {
    // The bank has the application but we never got its journey link (the answer was lost).
    reported = { key: "journey_unavailable", merchantMessage: "The subscription exists at the bank but its journey link was lost with the answer." };
  }
  return { orderId: order.id, publicToken: order.publicToken, state: order.state, redirect, problem: reported, reused };
}

// Concurrent submits that find the same order in this process share its one placement, by order id.
// On globalThis: Next bundles the tRPC route and the webhook receiver apart, and the receiver waits on it too.
const inflightHolder = globalThis as unknown as { __placements?: Map<string, Promise<PlaceOrderResult>> };
const inflight = (inflightHolder.__placements ??= new Map<string, Promise<PlaceOrderResult>>());

/** The placement of this order under way in this process, if any: the bank may tell of its subscription before the placement has the answer. */
export function placementUnderWay(orderId: string): Promise<PlaceOrderResult> | undefined {
  return inflight.get(orderId);
}

/**
 * Places a financed order for the cart; see the steps above. Throws OrderInputError (or an Error for a malformed
 * attempt key) before anything is written; the input was checked at the edge (PlaceOrderInput).
 * The attempt's key is bound to its cart: the same key from another cart is another attempt, never this cart's order.
 * A cart whose order is still live (pending, or awaiting financing at the bank, for the same contents and solution,
 * placed within LIVE_ORDER_REUSE_MS) gets that order back instead of opening another subscription.
 */
export async function placeOrder(deps: EngineDeps, input: PlaceOrderInput): Promise<PlaceOrderResult> {
  // Synchronous up to here and through createOnce: concurrent calls see each other's order and in-flight placement.
  const created = createOnce(deps, input);
  const orderId = created.order.id;
  if (!created.fresh) {
    const running = inflight.get(orderId);
    return running ? { ...(await running), reused: true } : resultOf(created.order, true);
  }
  const placing = submitToBank(deps, orderId, created.application).finally(() => inflight.delete(orderId));
  inflight.set(orderId, placing);
  return placing;
}

/** How long a live order of a cart is handed back to a new attempt with the same contents (the bank's journey stays open about this long). */
export const LIVE_ORDER_REUSE_MS = 30 * 60_000;

const LIVE_STATES = ["pending", "awaiting_financing"] as const;

/** A fresh order comes with its application to the bank, read in the transaction that wrote it. */
type Created = { order: OrderRow; fresh: false } | { order: OrderRow; fresh: true; application: SubscriptionApplication };

/** Another process may insert the same attempt at the same instant: the unique index decides, the loser reads the winner's order. */
function createOnce(deps: EngineDeps, input: PlaceOrderInput): Created {
  try {
    return writePendingOrder(deps, input);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== "SQLITE_CONSTRAINT_UNIQUE") throw error;
    const live = sameAttempt(deps.db, input.cartId, input.idempotencyKey);
    if (!live) throw error;
    return { order: live, fresh: false };
  }
}

function sameAttempt(db: Handle, cartId: string, idempotencyKey: string): OrderRow | undefined {
  return prepared(db, "order of the attempt", (h) =>
    h
      .select()
      .from(orders)
      .where(and(eq(orders.cartId, sql.placeholder("cartId")), eq(orders.idempotencyKey, sql.placeholder("idempotencyKey")), ne(orders.state, "failed")))
      .prepare(),
  ).get({ cartId, idempotencyKey });
}

/**
 * Step 1 alone: writes the pending order from the cart, or finds the live
 * order of the same attempt. Exported for the crash-recovery test (an order
 * committed by a process that died before calling the bank).
 */
export function createPendingOrder(deps: EngineDeps, input: PlaceOrderInput): { order: OrderRow; fresh: boolean } {
  const { order, fresh } = writePendingOrder(deps, input);
  return { order, fresh };
}

// The placement's reads, prepared once per connection (db/shop/prepared.ts): the cart, its items at catalogue prices, the cart's live orders.
const cartById = (db: Handle) => prepared(db, "cart by id", (h) => h.select({ id: carts.id }).from(carts).where(eq(carts.id, sql.placeholder("cartId"))).prepare());
const itemsOfCart = (db: Handle) =>
  prepared(db, "cart items with products", (h) =>
    h
      .select({ product: products, quantity: cartItems.quantity })
      .from(cartItems)
      .innerJoin(products, eq(products.id, cartItems.productId))
      .where(eq(cartItems.cartId, sql.placeholder("cartId")))
      .orderBy(asc(products.id))
      .prepare(),
  );
const liveOrdersOfCart = (db: Handle) =>
  prepared(db, "live orders of a cart", (h) =>
    h
      .select()
      .from(orders)
      .where(
        and(
          eq(orders.cartId, sql.placeholder("cartId")),
          inArray(orders.state, [...LIVE_STATES]),
          eq(orders.solutionCode, sql.placeholder("solutionCode")),
          eq(orders.totalCents, sql.placeholder("totalCents")),
          gt(orders.createdAt, sql.placeholder("since")),
        ),
      )
      .orderBy(desc(orders.createdAt))
      .prepare(),
  );
const contentsOfOrder = (db: Handle) =>
  prepared(db, "order contents", (h) => h.select({ productId: orderLines.productId, quantity: orderLines.quantity }).from(orderLines).where(eq(orderLines.orderId, sql.placeholder("orderId"))).prepare());

function writePendingOrder(deps: EngineDeps, { cartId, idempotencyKey, checkout }: PlaceOrderInput): Created {
  if (!ATTEMPT_KEY.test(idempotencyKey)) throw new Error("The attempt key must be 16 to 100 letters, digits, '-' or '_'.");
  const kind = solutionKind(checkout.solutionCode);
  const market = checkout.solutionCode.slice(2, 4);
  if (market !== checkout.billingAddress.countryCode) {
    throw new OrderInputError("market_mismatch", `Solution ${checkout.solutionCode} is for buyers billed in ${market}, not ${checkout.billingAddress.countryCode}.`);
  }
  if (kind === "credit" && !checkout.birth) throw new OrderInputError("birth_data_required", "Long credit needs the buyer's birth data.");
  const now = nowOf(deps);

  // One transaction: the checks, the order written, and the body for the bank read back from what was written.
  return deps.db.transaction(
    (tx): Created => {
      const same = sameAttempt(tx, cartId, idempotencyKey);
      if (same) return { order: same, fresh: false };

      if (!cartById(tx).get({ cartId })) throw new OrderInputError("cart_not_found", "This cart does not exist (any more).");
      const items = itemsOfCart(tx).all({ cartId });
      if (items.length === 0) throw new OrderInputError("cart_empty", "The cart is empty.");
      // The cart's own arithmetic, on catalogue prices read now: the browser's figures play no part.
      const totals = cartTotals(items.map(({ product, quantity }) => ({ productId: product.id, unitPriceCents: product.priceCents, quantity })));
      // The merchant's settings, by the same decision the checkout offered from: a forged solution code goes no further.
      const decision = decideFinancing({ settings: readFinancingSettings(tx).settings, amountCents: totals.totalCents, country: market === "DE" ? "DE" : "FR", items: items.map(({ product }) => ({ sku: product.sku, category: product.category, name: product.name })), placement: "checkout" });
      if (!decision.allowed.includes(checkout.solutionCode)) {
        throw new OrderInputError("solution_refused", `The merchant's financing settings do not offer ${checkout.solutionCode} for this cart.`);
      }

      // The same cart, still live at the bank: its order again, not a second subscription.
      const reusable = liveOrdersOfCart(tx).all({ cartId, solutionCode: checkout.solutionCode, totalCents: totals.totalCents, since: now - LIVE_ORDER_REUSE_MS });
      const contents = (rows: { productId: number; quantity: number }[]) => rows.map((r) => `${r.productId}x${r.quantity}`).sort().join(",");
      const wanted = contents(items.map(({ product, quantity }) => ({ productId: product.id, quantity })));
      for (const candidate of reusable) {
        if (contents(contentsOfOrder(tx).all({ orderId: candidate.id })) === wanted) return { order: candidate, fresh: false };
      }

      const id = randomUUID();
      insertRow(tx, orders, {
        id,
        reference: orderReference(id),
        publicToken: randomBytes(24).toString("base64url"),
        idempotencyKey,
        cartId,
        basketId: randomUUID(),
        merchantBuyerId: randomUUID(),
        country: checkout.billingAddress.countryCode === "DE" ? "DE" : "FR",
        solutionCode: checkout.solutionCode,
        solutionKind: kind,
        bankEnvironment: deps.bankEnvironment,
        subtotalCents: totals.subtotalCents,
        deliveryCents: totals.deliveryCents,
        totalCents: totals.totalCents,
        initialFinancedCents: totals.totalCents,
        financedCents: totals.totalCents,
        state: "pending",
        createdAt: now,
        updatedAt: now,
      });
      for (const { product, quantity } of items) {
        const names = namesAtPlacement(product);
        insertRow(tx, orderLines, {
          orderId: id,
          productId: product.id,
          sku: product.sku,
          label: names.fr,
          nameEn: names.en,
          nameDe: names.de,
          brand: product.brand,
          model: product.model,
          category: product.category,
          description: product.description,
          specifications: product.specifications,
          unitPriceCents: product.priceCents,
          quantity,
          lineTotalCents: product.priceCents * quantity,
        });
      }
      const { buyer, birth } = checkout;
      insertRow(tx, orderBuyers, {
        orderId: id,
        commonTitle: buyer.commonTitle,
        firstName: buyer.firstName,
        lastName: buyer.lastName,
        email: buyer.email,
        mobilePhone: buyer.mobilePhoneNumber,
        birthDate: birth?.birthDate ?? null,
        birthName: birth?.birthName || null,
        birthCity: birth?.birthCityName ?? null,
        birthCountry: birth?.birthCountryName ?? null,
      });
      for (const [addressKind, address] of [
        ["billing", checkout.billingAddress],
        ["delivery", checkout.deliveryAddress],
      ] as const) {
        insertRow(tx, orderAddresses, {
          orderId: id,
          kind: addressKind,
          streetNumber: address.streetNumber ?? null,
          streetNumberSuffix: address.streetNumberSuffix || null,
          streetName: address.streetName,
          complement: address.streetNameComplement || null,
          zipCode: address.zipCode,
          city: address.cityName,
          region: address.regionName,
          countryCode: address.countryCode,
        });
      }
      insertHistory(tx, { orderId: id, at: now, source: "placement", fromState: null, toState: "pending", onHold: false, note: `${kind} ${checkout.solutionCode}, ${totals.totalCents} cents` });
      return { order: getOrder(tx, id)!, fresh: true, application: subscriptionApplicationFor({ db: tx, appUrl: deps.appUrl }, id) };
    },
    { behavior: "immediate" },
  );
}

/** Where the bank sends the shopper back: the order's return page, named by its public token. */
const returnUrl = (appUrl: string, publicToken: string) => `${appUrl.replace(/\/$/, "")}/checkout/return/${publicToken}`;

/** What the bank is asked to finance for a stored order (its rows, in cents; the bank client makes the body of them). */
export function subscriptionApplicationFor(deps: { db: Handle; appUrl: string }, orderId: string): SubscriptionApplication {
  const db = deps.db;
  const order = getOrder(db, orderId);
  if (!order) throw new Error(`order ${orderId} not found`);
  const byOrder = { orderId };
  const lines = prepared(db, "order lines", (h) => h.select().from(orderLines).where(eq(orderLines.orderId, sql.placeholder("orderId"))).orderBy(asc(orderLines.id)).prepare()).all(byOrder);
  const buyer = prepared(db, "order buyer", (h) => h.select().from(orderBuyers).where(eq(orderBuyers.orderId, sql.placeholder("orderId"))).prepare()).get(byOrder);
  const addresses = prepared(db, "order addresses", (h) => h.select().from(orderAddresses).where(eq(orderAddresses.orderId, sql.placeholder("orderId"))).prepare()).all(byOrder);
  const billing = addresses.find((a) => a.kind === "billing");
  const delivery = addresses.find((a) => a.kind === "delivery");
  if (!buyer || !billing || !delivery) throw new Error(`order ${orderId} is incomplete`);
  return { order, lines, buyer, addresses: { billing, delivery }, returnUrl: returnUrl(deps.appUrl, order.publicToken) };
}

/** Steps 2 to 4 for a pending order, with the application written for it. */
async function submitToBank(deps: EngineDeps, orderId: string, application: SubscriptionApplication): Promise<PlaceOrderResult> {
  for (let post = 1; post <= 2; post += 1) {
    let failure: BankApiError;
    try {
      const created = await deps.bank.createSubscription(application, { orderId });
      return resultOf(linkCreatedSubscription(deps.db, orderId, created, nowOf(deps)), false);
    } catch (error) {
      if (!(error instanceof BankApiError)) throw error;
      failure = error;
    }
    const reason = storedFailure(failure);

    if (!failure.isDuplicateOrder && !failure.outcomeUnknown) {
      // A clear refusal: nothing exists at the bank for this order.
      const failed = markFailed(deps.db, orderId, reason, "placement", nowOf(deps));
      return resultOf(failed, false, failed.state === "failed" ? { key: shopperErrorKey(failure), merchantMessage: reason.message } : null);
    }
    const lookup = await lookUpAndLink(deps, orderId, "placement");
    if (lookup.found === true) return resultOf(lookup.order, false);
    if (lookup.found === "unknown" || failure.isDuplicateOrder) {
      // The bank says it has it but will not show it, or cannot be asked: the reconciler takes over.
      noteError(deps.db, orderId, reason, nowOf(deps));
      return resultOf(getOrder(deps.db, orderId)!, false);
    }
    // Not found after an unclear outcome: the first POST did not land; one more is not blind.
  }
  noteError(deps.db, orderId, noClearAnswerFailure(), nowOf(deps));
  return resultOf(getOrder(deps.db, orderId)!, false);
}
