import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EngineDeps } from "@/server/shop/orders/deps";
import { attemptKey, cartNear, checkoutFor, type TestShop } from "@/server/shop/orders/engine.test-support";
import { cancelOrder, confirmDelivery, refreshOrderFromBank } from "@/server/shop/orders/merchant-actions";
import { getOrder } from "@/server/shop/orders/order-store";
import { placeOrder } from "@/server/shop/orders/place-order";
import { engineFor, isolatedMerchant, sandboxClient, type Wire } from "./engine-support";
import { force, inspect, type TestMerchant } from "./sandbox-support";

/**
 * The back office's operations through the engine, against the sandbox over
 * HTTP: the rules are checked before the bank is called, and the order
 * follows the bank through delivery, funding and cancellations.
 */
let merchant: TestMerchant;
let shop: TestShop;
let deps: EngineDeps;
let wire: Wire;

beforeAll(async () => {
  merchant = await isolatedMerchant("engine merchant actions");
  ({ shop, deps, wire } = engineFor(merchant));
});
afterAll(() => shop?.close());

async function placed(solutionCode: string, prices: number[]) {
  const { cartId, totalCents } = cartNear(shop.db, prices);
  const result = await placeOrder(deps, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor(solutionCode) });
  expect(result.state).toBe("awaiting_financing");
  return { orderId: result.orderId, subscriptionId: getOrder(shop.db, result.orderId)!.subscriptionId!, totalCents };
}

describe("long credit: delivery, then funding", () => {
  it("refuses delivery before acceptance, confirms it once accepted, and shows the funding", async () => {
    const order = await placed("SCFRLT-TXNO", [130_000]);
    expect(await confirmDelivery(deps, order.orderId, { trackingNumber: "1Z999AA10123456784", operator: "UPS" })).toMatchObject({ ok: false, code: "not_accepted" });

    await force(merchant, order.subscriptionId, "pre-accept", "sign");
    expect((await refreshOrderFromBank(deps, order.orderId)).order).toMatchObject({ state: "pre_accepted", bankSubStatus: "CONTRACT_SIGNED_BY_CUSTOMER" });
    await force(merchant, order.subscriptionId, "accept");
    expect((await refreshOrderFromBank(deps, order.orderId)).order).toMatchObject({ state: "accepted_to_ship", bankSubStatus: "WAITING_FOR_THE_DELIVERY_CONFIRMATION" });

    const posts = wire.callsTo("/_confirmDelivery", "POST");
    const confirmed = await confirmDelivery(deps, order.orderId, { trackingNumber: "1Z999AA10123456784", operator: "UPS" });
    expect(confirmed).toMatchObject({ ok: true, order: { state: "delivered_awaiting_funding", isDelivered: true, bankSubStatus: "AWAITING_PAYMENT_TO_MERCHANT" } });
    expect(await inspect(merchant, order.subscriptionId)).toMatchObject({ subStatus: "AWAITING_PAYMENT_TO_MERCHANT", trackingNumber: "1Z999AA10123456784", deliveryOperator: "UPS" });
    expect(await confirmDelivery(deps, order.orderId, { trackingNumber: "again", operator: "DHL" })).toMatchObject({ ok: false, code: "already_delivered" });
    expect(wire.callsTo("/_confirmDelivery", "POST") - posts).toBe(1);

    await force(merchant, order.subscriptionId, "fund");
    expect((await refreshOrderFromBank(deps, order.orderId)).order).toMatchObject({ state: "funded", bankSubStatus: "PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT" });
  });
});

describe("split payment: cancellations", () => {
  it("needs no delivery confirmation, and says why without asking the bank", async () => {
    const order = await placed("SCFRSP-3XTS", [64_900]);
    await force(merchant, order.subscriptionId, "pay");
    const calls = wire.callsTo("/_confirmDelivery");
    expect(await confirmDelivery(deps, order.orderId, { trackingNumber: "X1", operator: "LA_POSTE" })).toMatchObject({ ok: false, code: "not_needed_for_split_payment" });
    expect(wire.callsTo("/_confirmDelivery")).toBe(calls);
  });

  it("cancels in part once, refuses a second partial with the reason before calling the bank, then cancels the rest", async () => {
    const order = await placed("SCFRSP-4XTS", [64_900, 24_900]);
    await force(merchant, order.subscriptionId, "pay");
    const cancels = () => wire.callsTo("/_cancel", "POST");

    const partial = await cancelOrder(deps, order.orderId, { amountCents: 24_900, reason: "Item out of stock" });
    expect(partial).toMatchObject({
      ok: true,
      order: { state: "partially_cancelled", financedCents: order.totalCents - 24_900, bankFinancedCents: order.totalCents - 24_900, onHold: false, cancellationStatus: "PARTIAL_CANCELLATION_ACCEPTED" },
    });
    expect((await inspect(merchant, order.subscriptionId)).financedAmount).toBeCloseTo((order.totalCents - 24_900) / 100);

    const before = cancels();
    const second = await cancelOrder(deps, order.orderId, { amountCents: 1_000, reason: "Another item" });
    expect(second).toMatchObject({ ok: false, code: "partial_already_made" });
    expect(second.message).toContain("only one");
    expect(cancels()).toBe(before);

    const tooMuch = await cancelOrder(deps, order.orderId, { amountCents: order.totalCents, reason: "All" });
    expect(tooMuch).toMatchObject({ ok: false, code: "amount_too_high" });

    const rest = await cancelOrder(deps, order.orderId, { amountCents: order.totalCents - 24_900, reason: "Customer withdrew" });
    expect(rest).toMatchObject({ ok: true, order: { state: "cancelled", bankStatus: "CANCELLED" } });
    expect(cancels()).toBe(before + 1);
  });

  it("flags an order whose amount the bank changed behind the shop's back", async () => {
    const order = await placed("SCFRSP-3XTS", [44_900]);
    await force(merchant, order.subscriptionId, "pay");
    // A cancellation made at the bank, not through this shop (say, by phone).
    const other = sandboxClient(merchant).client;
    await other.cancelSubscription(order.subscriptionId, { cancelledAmount: 100, cancelledItem: "x", cancellationReason: "phone", cancellationContact: {} });
    const refreshed = await refreshOrderFromBank(deps, order.orderId);
    expect(refreshed.order).toMatchObject({ onHold: true, state: "partially_cancelled" });
    expect(refreshed.order.onHoldReason).toContain("expects");
  });
});
