import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { orders } from "@/db/shop/schema";
import type { EngineDeps } from "./deps";
import { attemptKey, cartNear, checkoutFor, memoryEngine, type MemoryEngine, type TestShop } from "./engine.test-support";
import { createPendingOrder, placeOrder } from "./place-order";
import { BANK_QUOTA_PER_MINUTE, RECONCILER_QUOTA_SHARE, reconcileOnce, reconcilerCallBudget, recheckIntervalMs } from "./reconciler";
import { returnFromBank } from "./return-from-bank";
import { receiveWebhook, signWebhook } from "./webhooks";

/** Issue 12's limits in the engine: the key bound to its cart, a live cart reused, shared polls, raw-byte HMAC, the reconciler's budget. */
let shop: TestShop, bank: MemoryEngine["bank"], deps: EngineDeps, clock: MemoryEngine["clock"];
beforeEach(() => void ({ shop, bank, deps, clock } = memoryEngine(Date.UTC(2025, 0, 15, 10))));
afterEach(() => shop.close());

describe("placement", () => {
  it("binds the attempt's key to its cart: the same key from another cart is another order", async () => {
    const key = attemptKey();
    const first = await placeOrder(deps, { cartId: cartNear(shop.db, [30_000]).cartId, idempotencyKey: key, checkout: checkoutFor("SCFRSP-3XTS") });
    const other = await placeOrder(deps, { cartId: cartNear(shop.db, [30_000]).cartId, idempotencyKey: key, checkout: checkoutFor("SCFRSP-3XTS") });
    expect(other.reused).toBe(false);
    expect(other.orderId).not.toBe(first.orderId);
    expect(other.publicToken).not.toBe(first.publicToken);
  });

  it("gives a cart's live order back to a new attempt with the same contents, and opens one subscription for 150 concurrent ones", async () => {
    const { cartId } = cartNear(shop.db, [30_000, 20_000]);
    const placed = await Promise.all(Array.from({ length: 150 }, () => placeOrder(deps, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") })));
    expect(new Set(placed.map((p) => p.orderId)).size).toBe(1);
    expect(placed.filter((p) => !p.reused)).toHaveLength(1);
    expect(placed.every((p) => p.redirect?.type === "url")).toBe(true);
    expect(bank.calls.filter((c) => c === "createSubscription")).toHaveLength(1);
    // Later, same contents: still that order, while the bank's journey is open.
    clock.now += 10 * 60_000;
    const again = await placeOrder(deps, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") });
    expect(again).toMatchObject({ orderId: placed[0]!.orderId, reused: true, state: "awaiting_financing" });
    // Another solution is another order.
    const other = await placeOrder(deps, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-4XPS") });
    expect(other.orderId).not.toBe(placed[0]!.orderId);
  });

  it("does not reuse an order whose financing was decided, or one too old", async () => {
    const { cartId } = cartNear(shop.db, [30_000]);
    const first = await placeOrder(deps, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") });
    clock.now += 31 * 60_000;
    const later = await placeOrder(deps, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") });
    expect(later.orderId).not.toBe(first.orderId);
    shop.db.update(orders).set({ state: "rejected" }).where(eq(orders.id, later.orderId)).run();
    const after = await placeOrder(deps, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") });
    expect(after.orderId).not.toBe(later.orderId);
  });
});

describe("the shopper's polls", () => {
  it("share one bank read per order", async () => {
    const placed = await placeOrder(deps, { cartId: cartNear(shop.db, [30_000]).cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") });
    const before = bank.calls.length;
    await Promise.all(Array.from({ length: 32 }, () => returnFromBank(deps, placed.publicToken, { attempts: 1 })));
    expect(bank.calls.length - before).toBeLessThanOrEqual(2);
  });
});

describe("webhook signature", () => {
  it("is the HMAC of the raw bytes: bytes that decode to the same text do not verify", async () => {
    const timestamp = new Date(clock.now).toISOString();
    const body = Buffer.from(JSON.stringify({ id: "evt-1", eventTypeCode: "HELLO_WORLD", data: { note: "café" } }), "utf8");
    const signature = signWebhook(body, timestamp, "k");
    expect(signature).toBe(signWebhook(body.toString("utf8"), timestamp, "k"));
    const ok = await receiveWebhook({ ...deps, webhookSecret: "k" }, { rawBody: body, signature, timestamp });
    expect(ok.status).toBe(200);
    // An invalid UTF-8 byte (0xff) decodes to U+FFFD, as does 0xfe: the decoded texts match, the bytes do not.
    const a = Buffer.concat([Buffer.from('{"id":"evt-2","eventTypeCode":"HELLO_WORLD","x":"'), Buffer.from([0xff]), Buffer.from('"}')]);
    const b = Buffer.concat([Buffer.from('{"id":"evt-2","eventTypeCode":"HELLO_WORLD","x":"'), Buffer.from([0xfe]), Buffer.from('"}')]);
    expect(a.toString("utf8")).toBe(b.toString("utf8"));
    expect(signWebhook(a, timestamp, "k")).not.toBe(signWebhook(b, timestamp, "k"));
    const forged = await receiveWebhook({ ...deps, webhookSecret: "k" }, { rawBody: b, signature: signWebhook(a, timestamp, "k"), timestamp });
    expect(forged.status).toBe(401);
    // Signed but not UTF-8: not an event.
    const notText = await receiveWebhook({ ...deps, webhookSecret: "k" }, { rawBody: a, signature: signWebhook(a, timestamp, "k"), timestamp });
    expect(notText.status).toBe(400);
  });
});

describe("the reconciler's budget", () => {
  it("states its share of the bank's quota", () => {
    expect(RECONCILER_QUOTA_SHARE * BANK_QUOTA_PER_MINUTE).toBe(60);
    expect(reconcilerCallBudget(60)).toBe(60);
    expect(reconcilerCallBudget(5)).toBe(5);
    expect(reconcilerCallBudget(1)).toBe(1);
  });

  it("backs off by age: minutes for a fresh order, hours for an old one", () => {
    const MIN = 60_000;
    expect(recheckIntervalMs(5 * MIN)).toBe(MIN);
    expect(recheckIntervalMs(3 * 60 * MIN)).toBe(15 * MIN);
    expect(recheckIntervalMs(3 * 24 * 60 * MIN)).toBe(60 * MIN);
    expect(recheckIntervalMs(30 * 24 * 60 * MIN)).toBe(6 * 60 * MIN);
    expect(recheckIntervalMs(100 * 24 * 60 * MIN)).toBe(24 * 60 * MIN);
  });

  it("keeps 300 unfinished orders under its calls per minute, and gets round to each of them", async () => {
    // 300 orders the bank never heard of, left pending by a crash: one look-up each, no page to share.
    for (let i = 0; i < 300; i += 1) createPendingOrder(deps, { cartId: cartNear(shop.db, [30_000]).cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") });
    clock.now += 5 * 60_000;
    const interval = 5;
    const perMinute = new Map<number, number>();
    let looked = 0;
    const start = clock.now;
    for (let run = 0; run < 12 * 6; run += 1) {
      const report = await reconcileOnce(deps, { schedule: "due", maxBankCalls: reconcilerCallBudget(interval), pendingGraceMs: Number.MAX_SAFE_INTEGER });
      const minute = Math.floor((clock.now - start) / 60_000);
      perMinute.set(minute, (perMinute.get(minute) ?? 0) + report.bankCalls);
      looked += report.pendingChecked;
      clock.now += interval * 1000;
    }
    const cap = RECONCILER_QUOTA_SHARE * BANK_QUOTA_PER_MINUTE;
    expect(Math.max(...perMinute.values())).toBeLessThanOrEqual(cap);
    // 6 minutes at 60 calls a minute: every order looked up at least once (a fresh one is due again each minute).
    expect(looked).toBeGreaterThanOrEqual(300);
    expect(bank.calls.filter((c) => c === "findSubscriptionsByOrderId").length).toBe(looked);
    // 300 placements and 72 runs of the reconciler: about a second alone, several on a loaded machine.
  }, 30_000);
});
