import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { ShopDb } from "@/db/shop/client";
import * as schema from "@/db/shop/schema";
import { openSqlite } from "@/db/sqlite";
import { parseEnv } from "@/server/env";
import { createBankClient } from "@/server/shop/bank/client";
import { attemptKey, cartNear, checkoutFor } from "@/server/shop/orders/engine.test-support";
import { getOrder } from "@/server/shop/orders/order-store";
import { placeOrder } from "@/server/shop/orders/place-order";
import { refreshOrder } from "@/server/shop/orders/refresh";
import { signWebhook } from "@/server/shop/orders/webhooks";
import { bankBase, baseURL, control, DEMO_MERCHANT } from "./sandbox-support";

/**
 * The webhook receiver of the running server (app/api/webhooks/scalexpert).
 * The server verifies with its SCALEXPERT_WEBHOOK_SECRET and re-reads the bank
 * as the demo merchant, so the order lives in the server's own database,
 * placed there by the engine as the demo merchant (its own unique order id
 * keeps it apart from every other test).
 */
const defaults = parseEnv({});
const secret = defaults.SCALEXPERT_WEBHOOK_SECRET;
let db: ShopDb;
let close: () => void;
let orderId: string;
let subscriptionId: string;

const endpoint = () => `${baseURL()}/api/webhooks/scalexpert`;

function eventFor(id = randomUUID()) {
  return {
    timestamp: new Date().toISOString(),
    id,
    correlationId: randomUUID(),
    eventTypeCode: "SC_SUBSCRIPTION",
    eventCode: "SC_SUBSCRIPTION_ACCEPTED",
    // A hint only: the receiver re-reads the bank, whatever the body claims.
    data: { eventTypeCode: "SC_SUBSCRIPTION", eventCode: "SC_SUBSCRIPTION_ACCEPTED", merchantGlobalOrderId: orderId, financedAmount: 1, consolidatedStatus: "ACCEPTED" },
  };
}

async function deliver(rawBody: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const res = await fetch(endpoint(), { method: "POST", headers: { "content-type": "application/json", ...headers }, body: rawBody });
  return { status: res.status, body: await res.text() };
}

function signed(rawBody: string, at = new Date(), key = secret): Record<string, string> {
  const timestamp = at.toISOString();
  return { "X-BAAS-SIGNATURE": signWebhook(rawBody, timestamp, key), "X-BAAS-SIGNATURE-TIMESTAMP": timestamp };
}

const history = () => db.select().from(schema.orderStatusHistory).where(eq(schema.orderStatusHistory.orderId, orderId)).all();
const storedEvent = (id: string) => db.select().from(schema.webhookEvents).where(eq(schema.webhookEvents.eventId, id)).get();
/** The order as the merchant sees it; lastSyncedAt moves with any read of the bank (the server's reconciler too). */
const orderFacts = () => {
  const { lastSyncedAt: _lastSyncedAt, ...facts } = getOrder(db, orderId)!;
  return facts;
};

beforeAll(async () => {
  const sqlite = openSqlite(join(inject("dataDir"), "shop.db"));
  db = drizzle(sqlite, { schema });
  close = () => sqlite.close();
  const bank = createBankClient({ baseUrl: bankBase(), clientId: DEMO_MERCHANT.clientId, clientSecret: DEMO_MERCHANT.clientSecret });
  const { cartId } = cartNear(db, [30_000]);
  // The server's receiver re-reads the bank as the demo merchant, in the demo merchant's version.
  const deps = { db, bank, apiVersion: defaults.SCALEXPERT_API_VERSION, bankEnvironment: defaults.BANK_ENVIRONMENT, appUrl: baseURL() };
  const placed = await placeOrder(deps, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor("SCFRSP-3XTS") });
  expect(placed.state).toBe("awaiting_financing");
  orderId = placed.orderId;
  subscriptionId = getOrder(db, orderId)!.subscriptionId!;
  // Read the bank once, as the shopper's return would: the sandbox's own INITIALIZED event,
  // which may reach the server at any moment, then finds nothing left to change.
  await refreshOrder(deps, orderId, "return");
});
afterAll(() => close?.());

describe("webhook receiver", () => {
  it("refuses a forged event: wrong key, unsigned, or signed over another body", async () => {
    const before = orderFacts();
    const event = eventFor();
    const rawBody = JSON.stringify(event);
    expect(await deliver(rawBody, signed(rawBody, new Date(), "not-the-shop-key"))).toEqual({ status: 401, body: "" });
    expect(await deliver(rawBody, {})).toEqual({ status: 401, body: "" });
    const tampered = JSON.stringify({ ...event, data: { ...event.data, merchantGlobalOrderId: randomUUID() } });
    expect(await deliver(tampered, signed(rawBody))).toEqual({ status: 401, body: "" });
    expect(storedEvent(event.id)).toBeUndefined();
    expect(orderFacts()).toEqual(before);
  });

  it("refuses a stale event, correctly signed more than 5 minutes ago", async () => {
    const event = eventFor();
    const rawBody = JSON.stringify(event);
    expect(await deliver(rawBody, signed(rawBody, new Date(Date.now() - 6 * 60_000)))).toEqual({ status: 401, body: "" });
    expect(storedEvent(event.id)).toBeUndefined();
  });

  it("acts on a genuine event by re-reading the bank, answers 200 with an empty body, and a replay changes nothing", async () => {
    // What the buyer does at the bank, forced from the sandbox's console (its transitions are the console's alone).
    const merchants = await control<{ merchants: { merchantId: string; clientId: string }[] }>("GET", "/merchants");
    const demo = merchants.body.merchants.find((m) => m.clientId === DEMO_MERCHANT.clientId)!;
    const forced = await control("POST", `/merchants/${demo.merchantId}/subscriptions/${subscriptionId}/transitions`, { action: "pay" });
    expect(forced.status).toBe(200);

    const event = eventFor();
    const rawBody = JSON.stringify(event);
    expect(await deliver(rawBody, signed(rawBody))).toEqual({ status: 200, body: "" });
    expect(getOrder(db, orderId)).toMatchObject({ state: "accepted_to_ship", bankStatus: "ACCEPTED" });
    expect(history().some((h) => h.source === "webhook" && h.toState === "accepted_to_ship")).toBe(true);
    const first = storedEvent(event.id)!;
    expect(first).toMatchObject({ orderId, timesReceived: 1, hintStatus: "ACCEPTED" });
    expect(first.processedAt).not.toBeNull();

    const before = { order: orderFacts(), history: history() };
    // The platform delivers the same event again (each delivery is signed anew).
    expect(await deliver(rawBody, signed(rawBody))).toEqual({ status: 200, body: "" });
    expect({ order: orderFacts(), history: history() }).toEqual(before);
    expect(storedEvent(event.id)).toEqual({ ...first, timesReceived: 2 });
  });

  it("acknowledges an event for an order the shop does not have", async () => {
    const event = { ...eventFor(), data: { eventTypeCode: "SC_SUBSCRIPTION", merchantGlobalOrderId: randomUUID(), consolidatedStatus: "ACCEPTED" } };
    const rawBody = JSON.stringify(event);
    expect(await deliver(rawBody, signed(rawBody))).toEqual({ status: 200, body: "" });
    expect(storedEvent(event.id)).toMatchObject({ orderId: null, outcome: "no such order here" });
  });
});
