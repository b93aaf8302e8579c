import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { merchantMessage } from "@/server/shop/bank/messages";
import { BankApiError } from "@/server/shop/bank/errors";
import { attemptKey, cartNear, checkoutFor } from "@/server/shop/orders/engine.test-support";
import { cancelOrder, confirmDelivery, confirmReturn, refreshOrderFromBank } from "@/server/shop/orders/merchant-actions";
import { getOrder } from "@/server/shop/orders/order-store";
import { placeOrder } from "@/server/shop/orders/place-order";
import { reconcileOnce } from "@/server/shop/orders/reconciler";
import { receiveWebhook, signWebhook } from "@/server/shop/orders/webhooks";
import { eachApiVersion, engineForSuite, sandboxClient, unreadableBody } from "./engine-support";
import { force, inspect } from "./sandbox-support";

/**
 * The back office's operations through the engine, against the sandbox over
 * HTTP, once per E-financing version: the rules are checked before the bank
 * is called, and the order follows the bank, in its own words, through
 * delivery, funding, returns and cancellations (decided at once or later).
 */
const DAY = 24 * 3600 * 1000;
const delivery = { trackingNumber: "1Z999AA10123456784", operator: "UPS" } as const;

eachApiVersion("merchant actions", (apiVersion) => {
  const engine = engineForSuite("engine merchant actions", apiVersion);

  async function placed(solutionCode: string, prices: number[]) {
    const { cartId, totalCents } = cartNear(engine.shop.db, prices);
    const result = await placeOrder(engine.deps, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor(solutionCode) });
    expect(result.state).toBe("awaiting_financing");
    return { orderId: result.orderId, subscriptionId: getOrder(engine.shop.db, result.orderId)!.subscriptionId!, totalCents };
  }

  async function acceptedCredit(solutionCode = "SCFRLT-TXPS", prices = [130_000]) {
    const order = await placed(solutionCode, prices);
    await force(engine.merchant, order.subscriptionId, "pre-accept", "sign", "accept");
    expect((await refreshOrderFromBank(engine.deps, order.orderId)).order.state).toBe("accepted_to_ship");
    return order;
  }

  describe("long credit: delivery, then funding", () => {
    it("refuses delivery before acceptance, confirms it once accepted, reads the bank's texts, and watches the funded credit through the withdrawal period", async () => {
      const order = await placed("SCFRLT-TXPS", [130_000]);
      expect(await confirmDelivery(engine.deps, order.orderId, delivery)).toMatchObject({ ok: false, code: "not_accepted" });

      await force(engine.merchant, order.subscriptionId, "pre-accept", "sign");
      expect((await refreshOrderFromBank(engine.deps, order.orderId)).order).toMatchObject({ state: "pre_accepted", bankSubStatus: "CONTRACT_SIGNED_BY_CUSTOMER" });
      await force(engine.merchant, order.subscriptionId, "accept");
      expect((await refreshOrderFromBank(engine.deps, order.orderId)).order).toMatchObject({ state: "accepted_to_ship", bankSubStatus: "WAITING_FOR_THE_DELIVERY_CONFIRMATION" });

      const posts = engine.wire.callsTo("/_confirmDelivery", "POST");
      const confirmed = await confirmDelivery(engine.deps, order.orderId, delivery);
      expect(confirmed).toMatchObject({ ok: true, order: { state: "delivered_awaiting_funding", isDelivered: true, bankSubStatus: "AWAITING_PAYMENT_TO_MERCHANT" } });
      expect(await inspect(engine.merchant, order.subscriptionId)).toMatchObject({ trackingNumber: delivery.trackingNumber, deliveryOperator: "UPS" });
      expect(await confirmDelivery(engine.deps, order.orderId, { trackingNumber: "again", operator: "DHL" })).toMatchObject({ ok: false, code: "already_delivered" });
      expect(engine.wire.callsTo("/_confirmDelivery", "POST") - posts).toBe(1);

      await force(engine.merchant, order.subscriptionId, "fund");
      expect((await refreshOrderFromBank(engine.deps, order.orderId)).order).toMatchObject({ state: "funded", bankSubStatus: "PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT" });
      const watched = (days: number) => reconcileOnce({ ...engine.deps, now: () => Date.now() + days * DAY }, { pendingMinAgeMs: Number.MAX_SAFE_INTEGER });
      const ids = async (days: number) => (await watched(days)).watched;
      const early = await ids(10);
      const late = await ids(30);
      expect(early - late).toBeGreaterThanOrEqual(1);
    });

    it("records a delivery the bank already has when it answers 409, and says so", async () => {
      const order = await acceptedCredit();
      // Someone confirms the same delivery at the same moment (another tab, the bank's own portal).
      engine.wire.interceptNext("/_confirmDelivery", "POST", async (send) => {
        await sandboxClient(engine.merchant).client.confirmDelivery(order.subscriptionId, { isDelivered: true, ...delivery });
        return send();
      });
      const result = await confirmDelivery(engine.deps, order.orderId, delivery);
      expect(result).toMatchObject({ ok: true, order: { state: "delivered_awaiting_funding", isDelivered: true, trackingNumber: delivery.trackingNumber } });
      expect(result.message).toContain("already had the delivery");
    });
  });

  describe("returns and cancellation of a delivered long credit", () => {
    it(apiVersion === "1.7.1" ? "asks for the return first, confirms it, then cancels" : "has no return confirmation, and cancels directly", async () => {
      const order = await acceptedCredit();
      expect(await confirmDelivery(engine.deps, order.orderId, delivery)).toMatchObject({ ok: true });
      const cancels = engine.wire.callsTo("/_cancel", "POST");
      if (apiVersion === "1.7.1") {
        expect(await cancelOrder(engine.deps, order.orderId, { amountCents: order.totalCents, reason: "Goods returned" })).toMatchObject({ ok: false, code: "return_not_confirmed" });
        expect(engine.wire.callsTo("/_cancel", "POST")).toBe(cancels);
        expect(await confirmReturn(engine.deps, order.orderId)).toMatchObject({ ok: true, order: { isReturned: true } });
        expect(engine.wire.callsTo("/_confirmReturn", "POST")).toBe(1);
        expect(await confirmReturn(engine.deps, order.orderId)).toMatchObject({ ok: false, code: "already_returned" });
      } else {
        expect(await confirmReturn(engine.deps, order.orderId)).toMatchObject({ ok: false, code: "not_in_this_version" });
        expect(engine.wire.callsTo("/_confirmReturn", "POST")).toBe(0);
      }
      const cancelled = await cancelOrder(engine.deps, order.orderId, { amountCents: order.totalCents, reason: "Goods returned" });
      expect(cancelled).toMatchObject({ ok: true, order: { state: "cancelled", bankStatus: "CANCELLED", onHold: false } });
      expect(cancelled.message).toContain("Full cancellation accepted");
    });
  });

  describe("split payment: cancellations", () => {
    it("needs no delivery confirmation, and says why without asking the bank", async () => {
      const order = await placed("SCFRSP-3XTS", [64_900]);
      await force(engine.merchant, order.subscriptionId, "pay");
      const calls = engine.wire.callsTo("/_confirmDelivery");
      expect(await confirmDelivery(engine.deps, order.orderId, { trackingNumber: "X1", operator: "LA_POSTE" })).toMatchObject({ ok: false, code: "not_needed_for_split_payment" });
      expect(engine.wire.callsTo("/_confirmDelivery")).toBe(calls);
    });

    it("cancels in part once (answer ACCEPTED, no hold), refuses a second partial and a remainder under 100 € before calling the bank, then cancels the rest", async () => {
      const order = await placed("SCFRSP-4XPS", [64_900, 24_900]);
      await force(engine.merchant, order.subscriptionId, "pay");
      const earlier = engine.wire.callsTo("/_cancel", "POST");
      const cancels = () => engine.wire.callsTo("/_cancel", "POST") - earlier;

      const tooDeep = await cancelOrder(engine.deps, order.orderId, { amountCents: order.totalCents - 5_000, reason: "Most items out of stock" });
      expect(tooDeep).toMatchObject({ ok: false, code: "below_minimum_remaining" });
      expect(cancels()).toBe(0);

      const partial = await cancelOrder(engine.deps, order.orderId, { amountCents: 24_900, reason: "Item out of stock" });
      expect(partial).toMatchObject({
        ok: true,
        order: { state: "partially_cancelled", financedCents: order.totalCents - 24_900, bankFinancedCents: order.totalCents - 24_900, onHold: false, cancellationStatus: "PARTIAL_CANCELLATION_ACCEPTED" },
      });
      expect(partial.message).toContain("Partial cancellation accepted");
      expect((await inspect(engine.merchant, order.subscriptionId)).financedAmount).toBeCloseTo((order.totalCents - 24_900) / 100);

      const before = cancels();
      const second = await cancelOrder(engine.deps, order.orderId, { amountCents: 1_000, reason: "Another item" });
      expect(second).toMatchObject({ ok: false, code: "partial_already_made" });
      expect(second.message).toContain("only one");
      expect(cancels()).toBe(before);
      // Sent anyway (by another client): the bank's own refusal reads the same to the merchant.
      const refused = await sandboxClient(engine.merchant)
        .client.cancelSubscription(order.subscriptionId, { amountCents: 1_000, item: "x", reason: "again", contact: {} })
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(BankApiError);
      expect(merchantMessage(refused as BankApiError)).toContain("allows only one");

      const tooMuch = await cancelOrder(engine.deps, order.orderId, { amountCents: order.totalCents, reason: "All" });
      expect(tooMuch).toMatchObject({ ok: false, code: "amount_too_high" });

      const rest = await cancelOrder(engine.deps, order.orderId, { amountCents: order.totalCents - 24_900, reason: "Customer withdrew" });
      expect(rest).toMatchObject({ ok: true, order: { state: "cancelled", bankStatus: "CANCELLED" } });
      expect(rest.message).toContain("Full cancellation accepted");
      expect(cancels()).toBe(before + 1);
    });

    it("takes a cancellation whose answer cannot be read as an unknown outcome, and finds it done at the bank", async () => {
      const order = await placed("SCFRSP-3XTS", [44_900]);
      await force(engine.merchant, order.subscriptionId, "pay");
      engine.wire.interceptNext("/_cancel", "POST", unreadableBody);
      const result = await cancelOrder(engine.deps, order.orderId, { amountCents: order.totalCents, reason: "Customer withdrew" });
      expect(result).toMatchObject({ ok: true, order: { state: "cancelled", onHold: false } });
      expect(engine.wire.callsTo("/_cancel", "POST")).toBeGreaterThanOrEqual(1);
    });

    it("flags an order whose amount the bank changed behind the shop's back", async () => {
      const order = await placed("SCFRSP-3XTS", [44_900]);
      await force(engine.merchant, order.subscriptionId, "pay");
      // A cancellation made at the bank, not through this shop (say, by phone).
      const other = sandboxClient(engine.merchant).client;
      await other.cancelSubscription(order.subscriptionId, { amountCents: 10_000, item: "x", reason: "phone", contact: {} });
      const refreshed = await refreshOrderFromBank(engine.deps, order.orderId);
      expect(refreshed.order).toMatchObject({ onHold: true, state: "partially_cancelled" });
      expect(refreshed.order.onHoldReason).toContain("expects");
    });
  });

  describe("German credit: the lender decides a cancellation later", () => {
    const webhookSecret = "engine-test-webhook-key";
    async function eventAbout(orderId: string) {
      const at = new Date().toISOString();
      const rawBody = JSON.stringify({
        id: randomUUID(),
        timestamp: at,
        eventTypeCode: "SC_CANCEL_REQUEST",
        eventCode: "SC_CANCEL_REQUEST_CANCELLATION_REJECTED",
        data: { eventTypeCode: "SC_CANCEL_REQUEST", merchantGlobalOrderId: orderId, consolidatedStatus: "ACCEPTED" },
      });
      return receiveWebhook({ ...engine.deps, webhookSecret }, { rawBody, signature: signWebhook(rawBody, at, webhookSecret), timestamp: at });
    }

    it("shows the request as requested, offers no second one, and follows the lender's acceptance and refusal without a hold", async () => {
      const order = await acceptedCredit("SCDELT-DXTS", [150_000]);
      const total = order.totalCents;
      const earlier = engine.wire.callsTo("/_cancel", "POST");
      const cancels = () => engine.wire.callsTo("/_cancel", "POST") - earlier;

      const requested = await cancelOrder(engine.deps, order.orderId, { amountCents: 40_000, reason: "One item back" });
      expect(requested).toMatchObject({ ok: true, order: { cancellationRequestedCents: 40_000, financedCents: total, onHold: false, state: "accepted_to_ship" } });
      expect(requested.message).toContain("Cancellation requested");
      expect(await cancelOrder(engine.deps, order.orderId, { amountCents: total - 40_000, reason: "The rest" })).toMatchObject({ ok: false, code: "cancellation_pending" });
      expect(cancels()).toBe(1);

      // The producer accepts; the reconciler sees it.
      await force(engine.merchant, order.subscriptionId, "accept-cancellation");
      await reconcileOnce(engine.deps, { pendingMinAgeMs: Number.MAX_SAFE_INTEGER });
      expect(getOrder(engine.shop.db, order.orderId)).toMatchObject({
        state: "partially_cancelled",
        financedCents: total - 40_000,
        bankFinancedCents: total - 40_000,
        cancelledCents: 40_000,
        cancellationRequestedCents: null,
        onHold: false,
      });

      // A full one for the rest; the producer refuses; the bank's event brings it.
      expect(await cancelOrder(engine.deps, order.orderId, { amountCents: total - 40_000, reason: "The rest" })).toMatchObject({ ok: true, order: { cancellationRequestedCents: total - 40_000 } });
      await force(engine.merchant, order.subscriptionId, "reject-cancellation");
      expect(await eventAbout(order.orderId)).toMatchObject({ status: 200 });
      expect(getOrder(engine.shop.db, order.orderId)).toMatchObject({
        state: "partially_cancelled",
        financedCents: total - 40_000,
        cancellationRequestedCents: null,
        cancellationStatus: "CANCELLATION_REJECTED",
        onHold: false,
      });
      expect(cancels()).toBe(2);
    });
  });
});
