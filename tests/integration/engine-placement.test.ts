import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { orders } from "@/db/shop/schema";
import { createBankClient } from "@/server/shop/bank/client";
import type { EngineDeps } from "@/server/shop/orders/deps";
import { attemptKey, cartNear, checkoutFor } from "@/server/shop/orders/engine.test-support";
import { getOrder } from "@/server/shop/orders/order-store";
import { createPendingOrder, placeOrder, subscriptionApplicationFor } from "@/server/shop/orders/place-order";
import { reconcileOnce } from "@/server/shop/orders/reconciler";
import { returnFromBank } from "@/server/shop/orders/return-from-bank";
import { ALL_SOLUTION_CODES, bankSubscriptionsFor, eachApiVersion, engineFor, engineForSuite, underFaults, unreadableBody } from "./engine-support";
import { bankBase, force, inspect, testMerchant } from "./sandbox-support";

/**
 * Placing orders through the engine against the embedded sandbox over HTTP,
 * once per E-financing version: never two subscriptions for an order, never
 * an order without its subscription once the bank has one, whatever the
 * network does; and a request the version's contract takes.
 */
eachApiVersion("placement", (apiVersion) => {
  const engine = engineForSuite("engine placement", apiVersion);

  function newOrderInput(solutionCode = "SCFRSP-3XTS", prices = [30_000, 15_000]) {
    const { cartId, totalCents } = cartNear(engine.shop.db, prices);
    return { input: { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor(solutionCode) }, totalCents };
  }

  describe("placing an order with the sandbox", () => {
    it("opens one subscription for the order, for the server's amount, and the shopper's journey", async () => {
      const { input, totalCents } = newOrderInput();
      const placed = await placeOrder(engine.deps, input);
      expect(placed).toMatchObject({ state: "awaiting_financing", problem: null, redirect: { type: "url" } });
      expect(placed.redirect!.value).toContain("/sandbox/journey/");
      const atBank = await bankSubscriptionsFor(engine.merchant, placed.orderId);
      expect(atBank).toHaveLength(1);
      expect(getOrder(engine.shop.db, placed.orderId)).toMatchObject({ subscriptionId: atBank[0]!.id, financedCents: totalCents });
      const again = await placeOrder(engine.deps, input);
      expect(again).toMatchObject({ orderId: placed.orderId, reused: true, redirect: placed.redirect });
      expect(await bankSubscriptionsFor(engine.merchant, placed.orderId)).toHaveLength(1);
    });

    it("ends a 'commit then drop' with exactly one subscription, linked to the order", async () => {
      const { input } = newOrderInput();
      const posts = engine.wire.callsTo("/subscriptions", "POST");
      const placed = await underFaults(engine.merchant, { script: [{ outcome: "drop", operation: "initiateCreditSubscription" }] }, () => placeOrder(engine.deps, input));
      expect(engine.wire.callsTo("/subscriptions", "POST") - posts).toBe(1);
      const atBank = await bankSubscriptionsFor(engine.merchant, placed.orderId);
      expect(atBank).toHaveLength(1);
      expect(getOrder(engine.shop.db, placed.orderId)).toMatchObject({ state: "awaiting_financing", subscriptionId: atBank[0]!.id });
      // The journey link went down with the answer: the shopper is told to start again.
      expect(placed).toMatchObject({ redirect: null, problem: { key: "journey_unavailable" } });
    });

    it("sends the application again only after looking it up, when a 503 hid whether it landed", async () => {
      const { input } = newOrderInput();
      const posts = engine.wire.callsTo("/subscriptions", "POST");
      const placed = await underFaults(engine.merchant, { retryAfterSeconds: 1, script: [{ outcome: "503", operation: "initiateCreditSubscription" }] }, () => placeOrder(engine.deps, input));
      expect(engine.wire.callsTo("/subscriptions", "POST") - posts).toBe(2);
      expect(placed).toMatchObject({ state: "awaiting_financing", problem: null, redirect: { type: "url" } });
      expect(await bankSubscriptionsFor(engine.merchant, placed.orderId)).toHaveLength(1);
    });

    it("sends the journey's language from the solution code, which 1.7.1 requires", async () => {
      const french = await placeOrder(engine.deps, newOrderInput().input);
      const german = await placeOrder(engine.deps, newOrderInput("SCDELT-DXTS", [150_000]).input);
      for (const placed of [french, german]) expect(placed).toMatchObject({ state: "awaiting_financing", problem: null });
      const languages = engine.wire.sent.filter((s) => s.method === "POST" && new URL(s.url).pathname.endsWith("/subscriptions")).map((s) => new URL(s.url).searchParams.get("language"));
      expect(languages.slice(-2)).toEqual(["fr-FR", "de-DE"]);
      // German credit comes as a URL by default now; the shop takes either.
      expect(german.redirect).toMatchObject({ type: "url" });
    });

    it("looks the subscription up when the 201 cannot be read, and never fails the order", async () => {
      const { input } = newOrderInput();
      const posts = engine.wire.callsTo("/subscriptions", "POST");
      engine.wire.interceptNext("/subscriptions", "POST", unreadableBody);
      const placed = await placeOrder(engine.deps, input);
      expect(engine.wire.callsTo("/subscriptions", "POST") - posts).toBe(1);
      const atBank = await bankSubscriptionsFor(engine.merchant, placed.orderId);
      expect(atBank).toHaveLength(1);
      expect(getOrder(engine.shop.db, placed.orderId)).toMatchObject({ state: "awaiting_financing", subscriptionId: atBank[0]!.id });
      expect(placed).toMatchObject({ state: "awaiting_financing", problem: { key: "journey_unavailable" } });
    });

    it("reads the pre-approval of a credit in the bank's words, whatever the version", async () => {
      const placed = await placeOrder(engine.deps, newOrderInput("SCFRLT-TXPS", [130_000]).input);
      const subscriptionId = getOrder(engine.shop.db, placed.orderId)!.subscriptionId!;
      await force(engine.merchant, subscriptionId, "pre-accept");
      expect((await inspect(engine.merchant, subscriptionId)).subStatus).toBeTruthy();
      expect(await returnFromBank(engine.deps, placed.publicToken, { attempts: 1 })).toMatchObject({ state: "pre_accepted" });
      expect(getOrder(engine.shop.db, placed.orderId)).toMatchObject({ bankSubStatus: "PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE" });
      await force(engine.merchant, subscriptionId, "request-documents");
      await returnFromBank(engine.deps, placed.publicToken, { attempts: 1 });
      expect(getOrder(engine.shop.db, placed.orderId)).toMatchObject({ state: "pre_accepted", bankSubStatus: "WAITING_CUSTOMER_FOR_ADDITIONAL_INFORMATION" });
    });

    it("marks the order failed when the bank refuses it, with a message for the shopper", async () => {
      // Within the shop's contract and settings (an amount outside them never reaches the bank), but not granted to this merchant at the bank.
      const without3x = await testMerchant(ALL_SOLUTION_CODES.filter((code) => code !== "SCFRSP-3XTS"), `engine placement without 3x (${apiVersion})`, { apiVersion });
      const other = engineFor(without3x);
      try {
        const { cartId } = cartNear(other.shop.db, [30_000, 15_000]);
        const placed = await placeOrder(other.deps, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") });
        expect(placed).toMatchObject({ state: "failed", redirect: null, problem: { key: "solution_not_eligible" } });
        expect(getOrder(other.shop.db, placed.orderId)).toMatchObject({ lastErrorCode: "FORBIDDEN", subscriptionId: null });
        expect(await bankSubscriptionsFor(without3x, placed.orderId)).toHaveLength(0);
      } finally {
        other.shop.close();
      }
    });

    it("refuses before the bank an amount outside the merchant's range, and writes nothing", async () => {
      const { input } = newOrderInput("SCFRSP-3XTS", [600_000]);
      const posts = engine.wire.callsTo("/subscriptions", "POST");
      await expect(placeOrder(engine.deps, input)).rejects.toMatchObject({ code: "solution_refused" });
      expect(engine.wire.callsTo("/subscriptions", "POST")).toBe(posts);
      expect(engine.shop.db.select().from(orders).where(eq(orders.cartId, input.cartId)).all()).toEqual([]);
    });

    it("shows the true outcome on return, read from the bank", async () => {
      const { input } = newOrderInput();
      const placed = await placeOrder(engine.deps, input);
      const subscriptionId = getOrder(engine.shop.db, placed.orderId)!.subscriptionId!;
      await force(engine.merchant, subscriptionId, "pay");
      expect(await returnFromBank(engine.deps, placed.publicToken, { attempts: 1 })).toMatchObject({ state: "accepted_to_ship", journey: null });
    });
  });

  describe("a restart between the order's commit and the bank call", () => {
    function restarted(): EngineDeps {
      // A new process: its own database connection and a bank client with no token yet.
      return {
        db: engine.shop.reopen(),
        bank: createBankClient({ baseUrl: bankBase(), clientId: engine.merchant.clientId, clientSecret: engine.merchant.clientSecret }),
        apiVersion,
        bankEnvironment: engine.deps.bankEnvironment,
        appUrl: engine.deps.appUrl,
      };
    }

    it("is recovered by the reconciler: the order is failed after the grace period, and never sent", async () => {
      const { input } = newOrderInput();
      const { order } = createPendingOrder(engine.deps, input);
      const after = restarted();
      const posts = engine.wire.callsTo("/subscriptions", "POST");
      const early = await reconcileOnce(after, { pendingMinAgeMs: 0, pendingGraceMs: 60_000 });
      expect(early).toMatchObject({ pendingChecked: 1, linked: 0, failed: 0 });
      expect(getOrder(engine.shop.db, order.id)!.state).toBe("pending");
      const late = await reconcileOnce({ ...after, now: () => Date.now() + 120_000 }, { pendingMinAgeMs: 0, pendingGraceMs: 60_000 });
      expect(late).toMatchObject({ pendingChecked: 1, failed: 1 });
      expect(getOrder(engine.shop.db, order.id)).toMatchObject({ state: "failed", lastErrorCode: "NOT_AT_BANK" });
      expect(engine.wire.callsTo("/subscriptions", "POST")).toBe(posts);
      expect(await bankSubscriptionsFor(engine.merchant, order.id)).toHaveLength(0);
    });

    it("is recovered by the reconciler: the subscription the dead process opened is found and linked", async () => {
      const { input } = newOrderInput();
      const { order } = createPendingOrder(engine.deps, input);
      // The dead process got as far as the bank, then died before writing the answer.
      const created = await engine.deps.bank.createSubscription(subscriptionApplicationFor(engine.deps, order.id));
      const report = await reconcileOnce(restarted(), { pendingMinAgeMs: 0 });
      expect(report).toMatchObject({ pendingChecked: 1, linked: 1, failed: 0 });
      expect(getOrder(engine.shop.db, order.id)).toMatchObject({ state: "awaiting_financing", subscriptionId: created.id, bankStatus: "INITIALIZED" });
      expect(await bankSubscriptionsFor(engine.merchant, order.id)).toHaveLength(1);
    });
  });
});
