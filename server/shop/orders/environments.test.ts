import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { orders } from "@/db/shop/schema";
import { backfillBankEnvironment } from "@/db/shop/bank-environment-backfill";
import type { EngineDeps } from "./deps";
import { attemptKey, cartNear, checkoutFor, memoryEngine, type TestShop } from "./engine.test-support";
import { orderEnvironments } from "./environments";
import { placeOrder } from "./place-order";

let shop: TestShop;
let deps: EngineDeps;
let clock: { now: number };

beforeEach(() => {
  ({ shop, deps, clock } = memoryEngine(Date.UTC(2026, 0, 5, 10), "uatc"));
});
afterEach(() => shop.close());

async function place(on: EngineDeps) {
  clock.now += 1000;
  const { cartId } = cartNear(shop.db, [30_000]);
  return placeOrder(on, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") });
}

describe("the environments of the shop's orders", () => {
  it("counts orders and subscriptions per bank, most orders first", async () => {
    await place(deps);
    await place(deps);
    const prod = await place({ ...deps, bankEnvironment: "prod" });
    expect(orderEnvironments(shop.db)).toEqual([
      { environment: "uatc", orders: 2, subscriptions: 2, firstPlacedAt: expect.any(Number), lastPlacedAt: expect.any(Number) },
      { environment: "prod", orders: 1, subscriptions: 1, firstPlacedAt: expect.any(Number), lastPlacedAt: expect.any(Number) },
    ]);
    const [uatc] = orderEnvironments(shop.db);
    expect(uatc!.firstPlacedAt).toBeLessThan(uatc!.lastPlacedAt);
    expect(shop.db.select({ e: orders.bankEnvironment }).from(orders).where(eq(orders.id, prod.orderId)).get()).toEqual({ e: "prod" });
  });

  it("fills in the orders older than the record with the deployment's bank, once", async () => {
    const old = await place(deps);
    shop.db.update(orders).set({ bankEnvironment: null }).where(eq(orders.id, old.orderId)).run();
    expect(orderEnvironments(shop.db)).toMatchObject([{ environment: null, orders: 1 }]);
    expect(backfillBankEnvironment(shop.db, "sandbox")).toBe(1);
    expect(backfillBankEnvironment(shop.db, "prod")).toBe(0);
    expect(orderEnvironments(shop.db)).toMatchObject([{ environment: "sandbox", orders: 1 }]);
  });
});
