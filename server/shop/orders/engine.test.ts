import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { orderStatusHistory, products, webhookEvents } from "@/db/shop/schema";
import type { EngineDeps } from "./deps";
import { attemptKey, cartNear, checkoutFor, emptyCart, memoryEngine, type MemoryEngine, type TestShop } from "./engine.test-support";
import { baasError, memoryBank } from "./memory-bank.test-support";
import { cancelOrder, confirmDelivery, confirmReturn, refreshOrderFromBank } from "./merchant-actions";
import { createDbApiLogger, listApiCalls } from "../bank/api-log";
import { getOrder } from "./order-store";
import { getOrderDetail, listOrders } from "./queries";
import { createPendingOrder, OrderInputError, placeOrder } from "./place-order";
import { reconcileOnce } from "./reconciler";
import { returnFromBank } from "./return-from-bank";
import { getShopperOrder } from "./shopper-order";
import { receiveWebhook, signWebhook } from "./webhooks";

/**
 * The engine's decisions, on a real SQLite database and a bank in memory.
 * tests/integration/engine-*.test.ts runs the same stories against the
 * embedded sandbox over HTTP.
 */
let shop: TestShop, bank: MemoryEngine["bank"], deps: EngineDeps, clock: MemoryEngine["clock"];
beforeEach(() => void ({ shop, bank, deps, clock } = memoryEngine(Date.UTC(2025, 0, 15, 10))));
afterEach(() => shop.close());

const historyOf = (orderId: string) => shop.db.select().from(orderStatusHistory).where(eq(orderStatusHistory.orderId, orderId)).all();

async function place(solutionCode = "SCFRSP-3XTS", prices = [30_000, 20_000]) {
  const { cartId, totalCents } = cartNear(shop.db, prices);
  const result = await placeOrder(deps, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor(solutionCode) });
  return { ...result, cartId, totalCents };
}

describe("placing an order", () => {
  it("commits the order, then opens the subscription with the server's amount and the order id", async () => {
    const placed = await place();
    expect(placed).toMatchObject({ state: "awaiting_financing", reused: false, problem: null, redirect: { type: "url" } });
    const [sub] = bank.forOrder(placed.orderId);
    // What the client makes of it in euros: server/shop/bank/subscription-body.test.ts.
    const { order, lines, buyer, returnUrl } = sub!.application;
    expect(order.id).toBe(placed.orderId);
    expect(order.financedCents).toBe(placed.totalCents);
    expect(returnUrl).toBe(`https://shop.test/checkout/return/${placed.publicToken}`);
    expect(lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0)).toBe(placed.totalCents);
    expect(buyer.mobilePhone).toBe("+33612345678");
    expect(buyer.birthDate).toBeNull();
    expect(historyOf(placed.orderId).map((h) => [h.source, h.fromState, h.toState])).toEqual([
      ["placement", null, "pending"],
      ["placement", "pending", "awaiting_financing"],
    ]);
    expect(placed.publicToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it("stores the order's reference and each line's names and price as sold: a later catalogue change rewrites no past order", async () => {
    const placed = await place("SCFRSP-3XTS", [24_900]);
    const order = getOrder(shop.db, placed.orderId)!;
    expect(order.reference).toMatch(/^[0-9A-F]{10}$/);
    expect(placed.orderId.replace(/-/g, "").toUpperCase().startsWith(order.reference)).toBe(true);
    // The bank's basket names the order by the number the shopper reads; merchantGlobalOrderId stays the id.
    expect(bank.forOrder(placed.orderId)[0]!.application.order.reference).toBe(order.reference);
    const [line] = getOrderDetail(shop.db, placed.orderId)!.lines;
    expect(line).toMatchObject({ sku: "SN-NC700-BLK", label: "Casque audio sans fil à réduction de bruit", nameEn: "Noise-cancelling wireless headphones", nameDe: "Kabelloser Kopfhörer mit Geräuschunterdrückung", unitPriceCents: 24_900 });

    shop.db.update(products).set({ name: "Casque renommé", priceCents: 19_900 }).where(eq(products.sku, "SN-NC700-BLK")).run();
    const shopper = getShopperOrder(deps, placed.publicToken)!;
    expect(shopper.reference).toBe(order.reference);
    expect(shopper.lines).toEqual([
      { names: { fr: "Casque audio sans fil à réduction de bruit", en: "Noise-cancelling wireless headphones", de: "Kabelloser Kopfhörer mit Geräuschunterdrückung" }, quantity: 1, unitPriceCents: 24_900, lineTotalCents: 24_900 },
    ]);
    expect(listOrders(shop.db, { search: order.reference.toLowerCase() }).items.map((item) => item.reference)).toEqual([order.reference]);
  });

  it("sends birth data for long credit and refuses long credit without it", async () => {
    const placed = await place("SCFRLT-TXPS", [150_000]);
    expect(bank.forOrder(placed.orderId)[0]!.application.buyer).toMatchObject({ birthDate: "1985-04-12", birthCity: "Lyon" });
    const { cartId } = cartNear(shop.db, [150_000]);
    await expect(placeOrder(deps, { cartId, idempotencyKey: attemptKey(), checkout: { ...checkoutFor("SCFRLT-TXPS"), birth: null } })).rejects.toBeInstanceOf(OrderInputError);
  });

  it("refuses an empty or unknown cart, and a solution of another market, before writing anything", async () => {
    const { cartId } = cartNear(shop.db, [10_000]);
    emptyCart(shop.db, cartId);
    await expect(placeOrder(deps, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") })).rejects.toMatchObject({ code: "cart_empty" });
    await expect(placeOrder(deps, { cartId: "nope", idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") })).rejects.toMatchObject({ code: "cart_not_found" });
    const { cartId: full } = cartNear(shop.db, [10_000]);
    await expect(placeOrder(deps, { cartId: full, idempotencyKey: attemptKey(), checkout: checkoutFor("SCDELT-DXTS", "FR") })).rejects.toMatchObject({ code: "market_mismatch" });
    expect(bank.calls).toEqual([]);
  });

  it("gives a double click one order and one subscription", async () => {
    const { cartId } = cartNear(shop.db, [40_000]);
    const input = { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-4XPS") };
    const [a, b] = await Promise.all([placeOrder(deps, input), placeOrder(deps, input)]);
    const c = await placeOrder(deps, input);
    expect(new Set([a.orderId, b.orderId, c.orderId]).size).toBe(1);
    expect([a.reused, b.reused, c.reused]).toEqual([false, true, true]);
    expect(c.redirect).toEqual(a.redirect);
    expect(bank.count("createSubscription")).toBe(1);
  });

  it("marks the order failed on a clear refusal, and lets the same attempt be made again", async () => {
    bank.failNext("createSubscription", baasError(400, "FORBIDDEN"));
    const { cartId } = cartNear(shop.db, [40_000]);
    const input = { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") };
    const failed = await placeOrder(deps, input);
    expect(failed).toMatchObject({ state: "failed", redirect: null, problem: { key: "solution_not_eligible" } });
    expect(bank.count("findSubscriptionsByOrderId")).toBe(0);
    const again = await placeOrder(deps, input);
    expect(again.orderId).not.toBe(failed.orderId);
    expect(again.state).toBe("awaiting_financing");
  });

  it("links the one subscription when the answer is lost after the bank committed it", async () => {
    bank.failNext("createSubscription", "drop");
    const placed = await place();
    expect(bank.forOrder(placed.orderId)).toHaveLength(1);
    expect(bank.count("createSubscription")).toBe(1);
    expect(getOrder(shop.db, placed.orderId)!.subscriptionId).toBe(bank.forOrder(placed.orderId)[0]!.id);
    expect(placed).toMatchObject({ state: "awaiting_financing", redirect: null, problem: { key: "journey_unavailable" } });
  });

  it("posts once more when the look-up shows the first POST never landed", async () => {
    bank.failNext("createSubscription", "503");
    const placed = await place();
    expect(bank.count("createSubscription")).toBe(2);
    expect(bank.forOrder(placed.orderId)).toHaveLength(1);
    expect(placed).toMatchObject({ state: "awaiting_financing", problem: null, redirect: { type: "url" } });
  });

  it("fetches instead of failing when the bank says the order already exists", async () => {
    bank.failNext("createSubscription", "timeout", "timeout");
    bank.failNext("findSubscriptionsByOrderId", "503");
    // First POST times out (not committed), the look-up fails: the order waits for the reconciler.
    const placed = await place();
    expect(placed).toMatchObject({ state: "pending", problem: { key: "confirmation_pending" } });
    expect(bank.count("createSubscription")).toBe(1);
  });

  it("leaves the order pending when the bank cannot be asked, for the reconciler to settle", async () => {
    bank.failNext("createSubscription", "drop");
    bank.failNext("findSubscriptionsByOrderId", "timeout");
    const placed = await place();
    expect(placed.state).toBe("pending");
    clock.now += 5 * 60_000;
    const report = await reconcileOnce(deps);
    expect(report).toMatchObject({ pendingChecked: 1, linked: 1 });
    expect(getOrder(shop.db, placed.orderId)).toMatchObject({ state: "awaiting_financing", subscriptionId: bank.forOrder(placed.orderId)[0]!.id });
    expect(bank.count("createSubscription")).toBe(1);
  });
});

describe("recovering after a crash between commit and bank call", () => {
  it("fails the order after the grace period when the bank never heard of it, without posting", async () => {
    const { cartId } = cartNear(shop.db, [40_000]);
    const { order } = createPendingOrder(deps, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") });
    const restarted: EngineDeps = { ...deps, db: shop.reopen() };
    clock.now += 5 * 60_000;
    expect(await reconcileOnce(restarted)).toMatchObject({ pendingChecked: 1, linked: 0, failed: 0 });
    expect(getOrder(shop.db, order.id)!.state).toBe("pending");
    clock.now += 30 * 60_000;
    expect(await reconcileOnce(restarted)).toMatchObject({ pendingChecked: 1, failed: 1 });
    expect(getOrder(shop.db, order.id)).toMatchObject({ state: "failed", lastErrorCode: "NOT_AT_BANK" });
    expect(bank.count("createSubscription")).toBe(0);
  });

  it("leaves a pending order alone while its placement may still be running", async () => {
    const { cartId } = cartNear(shop.db, [40_000]);
    createPendingOrder(deps, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") });
    expect(await reconcileOnce(deps)).toMatchObject({ pendingChecked: 0 });
    expect(bank.calls).toEqual([]);
  });
});

describe("keeping orders true to the bank", () => {
  it("re-reads the bank on return, a few times while it has not moved", async () => {
    const placed = await place();
    const view = await returnFromBank(deps, placed.publicToken, { attempts: 3, intervalMs: 500 });
    expect(view).toMatchObject({ state: "awaiting_financing", journey: { type: "url" } });
    expect(bank.count("findSubscriptionsByOrderId")).toBe(3);
    bank.update(placed.orderId, { status: "ACCEPTED", subStatus: "SUBSCRIPTION APPROVED BY PRODUCER" });
    expect(await returnFromBank(deps, placed.publicToken)).toMatchObject({ state: "accepted_to_ship", journey: null });
    expect(await returnFromBank(deps, "not-a-token")).toBeNull();
  });

  it("writes history only for real changes, whatever the source", async () => {
    const placed = await place();
    bank.update(placed.orderId, { status: "ACCEPTED" });
    await refreshOrderFromBank(deps, placed.orderId);
    await refreshOrderFromBank(deps, placed.orderId);
    clock.now += 60_000;
    await reconcileOnce(deps);
    const history = historyOf(placed.orderId);
    expect(history.map((h) => [h.source, h.toState])).toEqual([
      ["placement", "pending"],
      ["placement", "awaiting_financing"],
      ["merchant_action", "accepted_to_ship"],
    ]);
    expect(getOrder(shop.db, placed.orderId)).toMatchObject({ bankStatus: "ACCEPTED", lastSyncedAt: clock.now });
  });

  it("puts an order on hold when the bank finances another amount", async () => {
    const placed = await place();
    bank.update(placed.orderId, { status: "ACCEPTED", financedCents: placed.totalCents - 100 });
    await refreshOrderFromBank(deps, placed.orderId);
    const order = getOrder(shop.db, placed.orderId)!;
    expect(order).toMatchObject({ state: "accepted_to_ship", onHold: true });
    expect(order.onHoldReason).toContain("expects");
  });

  it("reconciles many orders by paging through the bank's list", async () => {
    const placed = [];
    for (let i = 0; i < 5; i += 1) placed.push(await place());
    for (const p of placed) bank.update(p.orderId, { status: "REJECTED" });
    clock.now += 60_000;
    const report = await reconcileOnce(deps, { pageSize: 2 });
    expect(report).toMatchObject({ watched: 5, checked: 5, changed: 5, errors: 0 });
    expect(report.pages + report.lookups).toBeLessThanOrEqual(5);
    for (const p of placed) expect(getOrder(shop.db, p.orderId)!.state).toBe("rejected");
    expect(await reconcileOnce(deps)).toMatchObject({ watched: 0 });
  });
});

describe("webhooks", () => {
  const secret = "whsec-test";
  const deliver = (body: object, at = new Date(clock.now).toISOString(), key = secret) => {
    const rawBody = JSON.stringify(body);
    return receiveWebhook({ ...deps, webhookSecret: secret }, { rawBody, signature: signWebhook(rawBody, at, key), timestamp: at });
  };
  const event = (orderId: string, id = crypto.randomUUID()) => ({
    id,
    timestamp: new Date(clock.now).toISOString(),
    eventTypeCode: "SC_SUBSCRIPTION",
    eventCode: "SC_SUBSCRIPTION_ACCEPTED",
    // The body's claims are not believed: only the bank's own record is.
    data: { eventTypeCode: "SC_SUBSCRIPTION", merchantGlobalOrderId: orderId, consolidatedStatus: "CANCELLED", financedAmount: 1 },
  });

  it("refuses forged, stale and unsigned events", async () => {
    const placed = await place();
    expect(await deliver(event(placed.orderId), undefined, "wrong-key")).toMatchObject({ status: 401, outcome: "refused: bad_signature" });
    expect(await deliver(event(placed.orderId), new Date(clock.now - 5 * 60_000 - 1).toISOString())).toMatchObject({ status: 401, outcome: "refused: stale" });
    expect(await deliver(event(placed.orderId), new Date(clock.now + 6 * 60_000).toISOString())).toMatchObject({ status: 401, outcome: "refused: from_the_future" });
    const rawBody = JSON.stringify(event(placed.orderId));
    expect(await receiveWebhook({ ...deps, webhookSecret: secret }, { rawBody, signature: null, timestamp: null })).toMatchObject({ status: 401 });
    expect(await receiveWebhook({ ...deps, webhookSecret: "" }, { rawBody, signature: signWebhook(rawBody, "x", ""), timestamp: new Date(clock.now).toISOString() })).toMatchObject({ status: 401 });
    expect(shop.db.select().from(webhookEvents).all()).toEqual([]);
    expect(bank.count("findSubscriptionsByOrderId")).toBe(0);
  });

  it("re-reads the bank, and ignores a replay", async () => {
    const placed = await place();
    bank.update(placed.orderId, { status: "ACCEPTED" });
    const accepted = event(placed.orderId);
    expect(await deliver(accepted)).toMatchObject({ status: 200, outcome: "order now accepted_to_ship" });
    const before = { order: getOrder(shop.db, placed.orderId), history: historyOf(placed.orderId), reads: bank.count("findSubscriptionsByOrderId") };
    bank.update(placed.orderId, { status: "CANCELLED" });
    expect(await deliver(accepted)).toMatchObject({ status: 200, outcome: "replay ignored" });
    expect({ order: getOrder(shop.db, placed.orderId), history: historyOf(placed.orderId), reads: bank.count("findSubscriptionsByOrderId") }).toEqual(before);
    expect(shop.db.select().from(webhookEvents).all()).toMatchObject([{ eventId: accepted.id, timesReceived: 2, orderId: placed.orderId }]);
  });

  const initialized = (orderId: string) => {
    const base = event(orderId);
    return { ...base, eventCode: "SC_SUBSCRIPTION_INITIALIZED", data: { ...base.data, consolidatedStatus: "INITIALIZED" } };
  };
  const reads = () => bank.count("findSubscriptionsByOrderId") + bank.count("getSubscription");

  it("reads nothing for an INITIALIZED event about a linked order, and links an order that is not linked yet", async () => {
    const placed = await place();
    const before = reads();
    expect(await deliver(initialized(placed.orderId))).toMatchObject({ status: 200, outcome: "order unchanged (awaiting_financing): nothing to read for INITIALIZED" });
    expect(reads()).toBe(before);

    // The placement's answer lost: the event is the first the shop hears of the subscription, and it is read.
    const unlinked = createPendingOrder(deps, { cartId: cartNear(shop.db, [40_000]).cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") }).order;
    expect(unlinked.subscriptionId).toBeNull();
    expect(await deliver(initialized(unlinked.id))).toMatchObject({ status: 200 });
    expect(reads()).toBeGreaterThan(before);
  });

  it("waits for the placement an INITIALIZED event overtakes, then reads nothing", async () => {
    let overtaking: ReturnType<typeof deliver> | undefined;
    const bankWithEarlyEvent = {
      ...deps.bank,
      createSubscription: async (...args: Parameters<typeof deps.bank.createSubscription>) => {
        const created = await deps.bank.createSubscription(...args);
        // The bank's event arrives before its answer does.
        overtaking = deliver(initialized(args[0].order.id));
        return created;
      },
    };
    const { cartId } = cartNear(shop.db, [30_000]);
    const placed = await placeOrder({ ...deps, bank: bankWithEarlyEvent }, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") });
    expect(placed.state).toBe("awaiting_financing");
    expect(await overtaking).toMatchObject({ status: 200, outcome: "order unchanged (awaiting_financing): nothing to read for INITIALIZED" });
    expect(reads()).toBe(0);
  });

  it("answers 503 while the bank cannot be read, and processes the redelivery", async () => {
    const placed = await place();
    bank.update(placed.orderId, { status: "REJECTED" });
    bank.failNext("findSubscriptionsByOrderId", "503");
    const rejected = event(placed.orderId);
    expect(await deliver(rejected)).toMatchObject({ status: 503 });
    expect(getOrder(shop.db, placed.orderId)!.state).toBe("awaiting_financing");
    expect(await deliver(rejected)).toMatchObject({ status: 200, outcome: "order now rejected" });
  });

  it("acknowledges events about orders it does not have", async () => {
    expect(await deliver(event(crypto.randomUUID()))).toMatchObject({ status: 200, outcome: "no such order here" });
    expect(await deliver({ id: "e1", eventTypeCode: "HELLO_WORLD", data: { eventTypeCode: "HELLO_WORLD", helloWorldMessage: "hi" } })).toMatchObject({ status: 200 });
    expect(await deliver({ nope: true })).toMatchObject({ status: 400 });
  });
});

describe("merchant actions", () => {
  it("explains why a split payment needs no delivery confirmation, without calling the bank to confirm", async () => {
    const placed = await place();
    bank.update(placed.orderId, { status: "ACCEPTED" });
    const result = await confirmDelivery(deps, placed.orderId, { trackingNumber: "1Z999", operator: "UPS" });
    expect(result).toMatchObject({ ok: false, code: "not_needed_for_split_payment" });
    expect(bank.count("confirmDelivery")).toBe(0);
  });

  it("confirms the delivery of an accepted long credit", async () => {
    const placed = await place("SCFRLT-TXPS", [150_000]);
    expect(await confirmDelivery(deps, placed.orderId, { trackingNumber: "1Z999", operator: "UPS" })).toMatchObject({ ok: false, code: "not_accepted" });
    bank.update(placed.orderId, { status: "ACCEPTED", subStatus: "WAITING FOR THE DELIVERY CONFIRMATION" });
    const result = await confirmDelivery(deps, placed.orderId, { trackingNumber: "1Z999", operator: "UPS" });
    expect(result).toMatchObject({ ok: true, order: { state: "delivered_awaiting_funding", trackingNumber: "1Z999", deliveryOperator: "UPS" } });
    expect(await confirmDelivery(deps, placed.orderId, { trackingNumber: "1Z999", operator: "UPS" })).toMatchObject({ ok: false, code: "already_delivered" });
    expect(bank.count("confirmDelivery")).toBe(1);
    bank.update(placed.orderId, { subStatus: "PAYMENT HAS BEEN ISSUED TO MERCHANT" });
    expect((await refreshOrderFromBank(deps, placed.orderId)).order).toMatchObject({ state: "funded", bankSubStatus: "PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT" });
  });

  it("records a delivery the bank already has (409), and tells the merchant so", async () => {
    const placed = await place("SCFRLT-TXPS", [150_000]);
    bank.update(placed.orderId, { status: "ACCEPTED", subStatus: "WAITING FOR THE DELIVERY CONFIRMATION" });
    await refreshOrderFromBank(deps, placed.orderId);
    // Confirmed at the bank in a race with this shop's own read: the bank answers 409.
    bank.failNext("confirmDelivery", baasError(409, "CONFLICT", "doConfirmDelivery", "The application has been already delivered."));
    const result = await confirmDelivery(deps, placed.orderId, { trackingNumber: "1Z999", operator: "UPS" });
    expect(result).toMatchObject({ ok: true, order: { state: "delivered_awaiting_funding", trackingNumber: "1Z999", deliveryConfirmedAt: clock.now } });
    expect(result.message).toContain("already had the delivery");
  });

  it("asks for the return before cancelling a delivered long credit in 1.7.1, and offers no return in 1.4.0", async () => {
    const placed = await place("SCFRLT-TXPS", [150_000]);
    bank.update(placed.orderId, { status: "ACCEPTED", subStatus: "WAITING FOR THE DELIVERY CONFIRMATION" });
    await confirmDelivery(deps, placed.orderId, { trackingNumber: "1Z999", operator: "UPS" });
    expect(await confirmReturn(deps, placed.orderId)).toMatchObject({ ok: false, code: "not_in_this_version" });
    const live = { ...deps, apiVersion: "1.7.1" as const };
    expect(await cancelOrder(live, placed.orderId, { amountCents: placed.totalCents, reason: "returned" })).toMatchObject({ ok: false, code: "return_not_confirmed" });
    expect(bank.count("cancelSubscription")).toBe(0);
    expect(await confirmReturn(live, placed.orderId)).toMatchObject({ ok: true, order: { isReturned: true } });
    expect(await confirmReturn(live, placed.orderId)).toMatchObject({ ok: false, code: "already_returned" });
    expect(await cancelOrder(live, placed.orderId, { amountCents: placed.totalCents, reason: "returned" })).toMatchObject({ ok: true, order: { state: "cancelled" } });
  });

  it("cancels in part once, refuses a second partial with the reason, then cancels the rest", async () => {
    const placed = await place("SCFRSP-3XTS", [30_000, 20_000]);
    bank.update(placed.orderId, { status: "ACCEPTED" });
    expect(await cancelOrder(deps, placed.orderId, { amountCents: placed.totalCents + 1, reason: "x" })).toMatchObject({ ok: false, code: "amount_too_high" });
    const partial = await cancelOrder(deps, placed.orderId, { amountCents: 10_000, reason: "out of stock" });
    expect(partial).toMatchObject({ ok: true, order: { state: "partially_cancelled", onHold: false, financedCents: placed.totalCents - 10_000, cancelledCents: 10_000 } });
    const second = await cancelOrder(deps, placed.orderId, { amountCents: 5_000, reason: "again" });
    expect(second).toMatchObject({ ok: false, code: "partial_already_made" });
    expect(bank.count("cancelSubscription")).toBe(1);
    const rest = await cancelOrder(deps, placed.orderId, { amountCents: placed.totalCents - 10_000, reason: "customer changed mind" });
    expect(rest).toMatchObject({ ok: true, order: { state: "cancelled", financedCents: 0 } });
  });

  it("refuses before the bank a partial cancellation that would leave less than 100 €", async () => {
    const placed = await place("SCFRSP-3XTS", [30_000, 20_000]);
    bank.update(placed.orderId, { status: "ACCEPTED" });
    expect(await cancelOrder(deps, placed.orderId, { amountCents: placed.totalCents - 9_999, reason: "x" })).toMatchObject({ ok: false, code: "below_minimum_remaining" });
    expect(bank.count("cancelSubscription")).toBe(0);
  });

  it("shows a Hanseatic cancellation as requested, offers no second one, then follows the lender's decision without a hold", async () => {
    const placed = await place("SCDELT-DXTS", [150_000]);
    const total = placed.totalCents;
    bank.update(placed.orderId, { status: "ACCEPTED", subStatus: "WAITING FOR THE DELIVERY CONFIRMATION" });
    const requested = await cancelOrder(deps, placed.orderId, { amountCents: 50_000, reason: "one item back" });
    expect(requested).toMatchObject({ ok: true, order: { cancellationRequestedCents: 50_000, cancellationStatus: "REQUEST_FOR_PARTIAL_CANCELLATION", financedCents: total, onHold: false } });
    expect(requested.message).toContain("requested");
    expect(getShopperOrder(deps, placed.publicToken)).toMatchObject({ state: "accepted_to_ship", cancellationRequested: true });
    expect(await cancelOrder(deps, placed.orderId, { amountCents: total - 50_000, reason: "rest" })).toMatchObject({ ok: false, code: "cancellation_pending" });
    expect(bank.count("cancelSubscription")).toBe(1);

    bank.decideCancellation(placed.orderId, true);
    clock.now += 60_000;
    await reconcileOnce(deps);
    expect(getOrder(shop.db, placed.orderId)).toMatchObject({ state: "partially_cancelled", financedCents: total - 50_000, cancelledCents: 50_000, cancellationRequestedCents: null, onHold: false });
    expect(getShopperOrder(deps, placed.publicToken)?.cancellationRequested).toBe(false);

    expect(await cancelOrder(deps, placed.orderId, { amountCents: total - 50_000, reason: "rest" })).toMatchObject({ ok: true, order: { cancellationRequestedCents: total - 50_000 } });
    bank.decideCancellation(placed.orderId, false);
    expect((await refreshOrderFromBank(deps, placed.orderId)).order).toMatchObject({
      state: "partially_cancelled",
      financedCents: total - 50_000,
      cancellationRequestedCents: null,
      onHold: false,
      cancellationStatus: "CANCELLATION_REJECTED",
    });
  });

  it("takes a 2xx it cannot read as an unknown outcome: the subscription is looked up, the order never failed", async () => {
    bank.failNext("createSubscription", "unreadable");
    const placed = await place();
    expect(placed.state).toBe("awaiting_financing");
    expect(bank.count("createSubscription")).toBe(1);
    bank.update(placed.orderId, { status: "ACCEPTED" });
    bank.failNext("cancelSubscription", "unreadable");
    expect(await cancelOrder(deps, placed.orderId, { amountCents: placed.totalCents, reason: "withdrawal" })).toMatchObject({ ok: true, order: { state: "cancelled" } });
  });

  it("never cancels twice on an unclear answer", async () => {
    const placed = await place();
    bank.update(placed.orderId, { status: "ACCEPTED" });
    bank.failNext("cancelSubscription", "drop");
    const result = await cancelOrder(deps, placed.orderId, { amountCents: 5_000, reason: "out of stock" });
    expect(result).toMatchObject({ ok: true, order: { state: "partially_cancelled", financedCents: placed.totalCents - 5_000 } });
    expect(bank.count("cancelSubscription")).toBe(1);
    bank.failNext("cancelSubscription", "timeout");
    const unclear = await cancelOrder(deps, placed.orderId, { amountCents: placed.totalCents - 5_000, reason: "rest" });
    expect(unclear).toMatchObject({ ok: false, code: "outcome_unknown" });
    expect(bank.count("cancelSubscription")).toBe(2);
  });
});

describe("back-office queries", () => {
  it("lists orders newest first, filtered, searched, with counts per state", async () => {
    const a = await place();
    clock.now += 1000;
    const b = await place("SCFRLT-TXPS", [150_000]);
    bank.update(b.orderId, { status: "PRE_ACCEPTED" });
    await refreshOrderFromBank(deps, b.orderId);

    const all = listOrders(shop.db);
    expect(all.items.map((o) => o.id)).toEqual([b.orderId, a.orderId]);
    expect(all).toMatchObject({ total: 2, onHoldCount: 0, counts: { awaiting_financing: 1, pre_accepted: 1, funded: 0 } });
    expect(all.items[0]).toMatchObject({ buyerName: "Camille Martin", buyerEmail: "camille.martin@example.fr", bankStatus: "PRE_ACCEPTED", solutionKind: "credit" });
    expect(listOrders(shop.db, { state: "pre_accepted" }).items.map((o) => o.id)).toEqual([b.orderId]);
    expect(listOrders(shop.db, { bankStatus: "PRE_ACCEPTED" }).total).toBe(1);
    expect(listOrders(shop.db, { search: a.orderId.slice(0, 8).toUpperCase() }).items.map((o) => o.id)).toEqual([a.orderId]);
    expect(listOrders(shop.db, { search: "camille.mar" }).total).toBe(2);
    expect(listOrders(shop.db, { search: "Camille Martin" }).total).toBe(2);
    expect(listOrders(shop.db, { search: "%" }).total).toBe(0);
    expect(listOrders(shop.db, { page: 2, pageSize: 1 }).items.map((o) => o.id)).toEqual([a.orderId]);
  });

  it("gives an order's lines, buyer, addresses, history and bank calls", async () => {
    const logged: EngineDeps = { ...deps, bank: memoryBank(() => clock.now).client };
    const placed = await placeOrder(logged, { cartId: cartNear(shop.db, [20_000]).cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") });
    const apiLog = createDbApiLogger(shop.db);
    apiLog.record({ at: clock.now, operation: "initiateCreditSubscription", method: "POST", path: "/e-financing/api/v1/subscriptions", httpStatus: 201, latencyMs: 12, errorCode: null, errorKind: null, orderId: placed.orderId, attempt: 1, requestSummary: null, responseSummary: null });
    // The log writes after the work at hand (api-log.ts); the test reads it at once.
    apiLog.flush();
    const detail = getOrderDetail(shop.db, placed.orderId)!;
    expect(detail.lines).toHaveLength(1);
    expect(detail.buyer).toMatchObject({ lastName: "Martin", mobilePhone: "+33612345678" });
    expect(detail.billingAddress).toMatchObject({ kind: "billing", city: "Paris" });
    expect(detail.deliveryAddress).toMatchObject({ kind: "delivery" });
    expect(detail.history.map((h) => h.toState)).toEqual(["pending", "awaiting_financing"]);
    expect(detail.apiCalls).toMatchObject([{ operation: "initiateCreditSubscription", httpStatus: 201 }]);
    expect(listApiCalls(shop.db, { orderId: placed.orderId }).total).toBe(1);
    expect(listApiCalls(shop.db, { errorsOnly: true }).total).toBe(0);
    expect(getOrderDetail(shop.db, "nope")).toBeNull();
  });
});
