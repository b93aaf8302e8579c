import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { ShopDb } from "@/db/shop/client";
import * as schema from "@/db/shop/schema";
import { openSqlite } from "@/db/sqlite";
import { createBankClient } from "@/server/shop/bank/client";
import type { EngineDeps } from "@/server/shop/orders/deps";
import { attemptKey, cartNear, checkoutFor } from "@/server/shop/orders/engine.test-support";
import { getOrder } from "@/server/shop/orders/order-store";
import { createPendingOrder, subscriptionApplicationFor } from "@/server/shop/orders/place-order";
import { startServer, type RunningServer } from "../support/server";
import { eachApiVersion } from "./engine-support";
import { DEMO_MERCHANT } from "./sandbox-support";

/**
 * The reconciler the server starts itself (server/startup.ts), on a server of
 * this file's own that runs it every 2 seconds: an order a dead process left
 * `pending` after the bank had opened its subscription gets linked, with no
 * one calling anything. The demo merchant's webhook is switched off on this
 * server, so that the bank's event (which would link the order too) does not
 * beat the reconciler to it. Once per version: the server's demo merchant
 * speaks it, and so does the shop (SCALEXPERT_API_VERSION follows it).
 */
eachApiVersion("background reconciler", (apiVersion) => {
  let server: RunningServer;
  let db: ShopDb;
  let close: () => void;

  beforeAll(async () => {
    server = await startServer({ quiet: true, extraEnv: { RECONCILE_INTERVAL_SECONDS: "2", SANDBOX_DEMO_API_VERSION: apiVersion } });
    const sqlite = openSqlite(join(server.dataDir, "shop.db"));
    db = drizzle(sqlite, { schema });
    close = () => sqlite.close();
    const bankBase = `${server.baseURL}/sandbox/baas/uatc`;
    const tokenAnswer = await fetch(`${bankBase}/auth-server/api/v1/oauth2/token`, {
      method: "POST",
      headers: { Authorization: `Basic ${Buffer.from(`${DEMO_MERCHANT.clientId}:${DEMO_MERCHANT.clientSecret}`).toString("base64")}`, "Content-Type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials&scope=common-services:rw",
    }).then((r) => r.json() as Promise<{ access_token: string }>);
    const off = await fetch(`${bankBase}/merchant-webhooks/api/v1/webhooks`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${tokenAnswer.access_token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ eventTypeCode: "ANY", active: false }),
    });
    expect(off.status).toBe(200);
  });
  afterAll(async () => {
    close?.();
    await server?.stop();
  });

  it("links, in the background, the subscription a crashed placement opened", async () => {
    const bank = createBankClient({ baseUrl: `${server.baseURL}/sandbox/baas/uatc`, clientId: DEMO_MERCHANT.clientId, clientSecret: DEMO_MERCHANT.clientSecret });
    // Placed ten minutes ago (past the reconciler's "may still be placing" delay) by a process that died after the POST.
    const deps: EngineDeps = { db, bank, apiVersion, bankEnvironment: "sandbox", appUrl: server.baseURL, now: () => Date.now() - 10 * 60_000 };
    const { order } = createPendingOrder(deps, { cartId: cartNear(db, [30_000]).cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") });
    const created = await bank.createSubscription(subscriptionApplicationFor(deps, order.id));

    let current = getOrder(db, order.id)!;
    for (let i = 0; i < 60 && !current.subscriptionId; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      current = getOrder(db, order.id)!;
    }
    expect(current).toMatchObject({ subscriptionId: created.id, state: "awaiting_financing", bankStatus: "INITIALIZED" });
    const history = db.select().from(schema.orderStatusHistory).all().filter((h) => h.orderId === order.id);
    expect(history.at(-1)).toMatchObject({ source: "reconciler", fromState: "pending", toState: "awaiting_financing" });
  });
});
