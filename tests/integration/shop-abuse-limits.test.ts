/**
 * The storefront's limits, over HTTP against the shared server: no batched
 * mutations, placement limited per cart and per client address (a cart with
 * a live order gets it back), one bank read for many concurrent polls of one
 * order, and the webhook receiver's capped read of a chunked body.
 */
import { request } from "node:http";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { openSqlite } from "@/db/sqlite";
import { baseURL } from "./admin-session";
import { checkoutForm } from "../support/checkout-form";

const shopDb = () => openSqlite(join(inject("dataDir"), "shop.db"));

let octet = 0;
const run = Date.now() % 200;
const address = () => `192.0.2.${(run + ++octet) % 250}`;

interface Answer {
  status: number;
  body: unknown;
}

/** A shopper with a cookie jar of its own, from one client address. */
function shopper(from: string) {
  let jar: string[] = [];
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie().map((c) => c.split(";")[0]!)) jar = [...jar.filter((c) => c.split("=")[0] !== cookie.split("=")[0]), cookie];
  };
  const headers = () => ({ "content-type": "application/json", cookie: jar.join("; "), "x-forwarded-for": from });
  return {
    async post(path: string, body: unknown): Promise<Answer> {
      const response = await fetch(`${baseURL()}/api/trpc/${path}`, { method: "POST", headers: headers(), body: JSON.stringify(body) });
      keep(response);
      return { status: response.status, body: await response.json() };
    },
    async get(path: string): Promise<Answer> {
      const response = await fetch(`${baseURL()}/api/trpc/${path}`, { headers: headers() });
      return { status: response.status, body: await response.json() };
    },
    cartId: () => jar.find((c) => c.startsWith("cart"))?.split("=")[1],
  };
}

async function productId(slug: string): Promise<number> {
  const list = (await (await fetch(`${baseURL()}/api/trpc/catalog.list`)).json()) as { result: { data: { id: number; slug: string }[] } };
  return list.result.data.find((p) => p.slug === slug)!.id;
}

const form = (idempotencyKey: string) => checkoutForm({ idempotencyKey, solutionCode: "SCFRSP-3XTS" });

type Placed = { result?: { data?: { ok: boolean; token?: string } }; error?: { data?: { code?: string; httpStatus?: number } } };

describe("tRPC batching", () => {
  it("refuses a batch of 150 checkout.place before any runs, and opens nothing", async () => {
    const s = shopper(address());
    await s.post("cart.add", { productId: await productId("machine-espresso"), quantity: 1 });
    const db = shopDb();
    const before = (db.prepare("SELECT count(*) AS n FROM orders").get() as { n: number }).n;
    const batch = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [String(i), form(crypto.randomUUID())]));
    const paths = Array.from({ length: 150 }, () => "checkout.place").join(",");
    const answer = await s.post(`${paths}?batch=1`, batch);
    expect(answer.status).toBe(400);
    expect((db.prepare("SELECT count(*) AS n FROM orders").get() as { n: number }).n).toBe(before);
    db.close();
  });

  it("still batches a few queries, 10 at most", async () => {
    const s = shopper(address());
    const ok = await s.get(`catalog.list,catalog.list?batch=1&input=${encodeURIComponent(JSON.stringify({}))}`);
    expect(ok.status).toBe(200);
    const eleven = Array.from({ length: 11 }, () => "catalog.list").join(",");
    expect((await s.get(`${eleven}?batch=1&input=${encodeURIComponent(JSON.stringify({}))}`)).status).toBe(400);
  });
});

describe("order placement", () => {
  it("gives a cart its live order back (one subscription), then refuses the cart past 10 placements in 10 minutes", async () => {
    const s = shopper(address());
    await s.post("cart.add", { productId: await productId("machine-espresso"), quantity: 1 });
    const tokens: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const answer = await s.post("checkout.place", form(crypto.randomUUID()));
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      tokens.push((answer.body as Placed).result!.data!.token!);
    }
    expect(new Set(tokens).size).toBe(1);
    const db = shopDb();
    const order = db.prepare("SELECT cart_id, subscription_id FROM orders WHERE public_token = ?").get(tokens[0]) as { cart_id: string; subscription_id: string };
    expect(order.subscription_id).toBeTruthy();
    expect((db.prepare("SELECT count(*) AS n FROM orders WHERE cart_id = ?").get(order.cart_id) as { n: number }).n).toBe(1);
    db.close();
    const refused = await s.post("checkout.place", form(crypto.randomUUID()));
    expect(refused.status).toBe(429);
    expect((refused.body as Placed).error?.data?.code).toBe("TOO_MANY_REQUESTS");
  });

  it("refuses one client address past 60 placements in 10 minutes, whatever its carts", async () => {
    const from = address();
    const espresso = await productId("machine-espresso");
    let placed = 0;
    for (let cart = 0; cart < 6; cart += 1) {
      const s = shopper(from);
      await s.post("cart.add", { productId: espresso, quantity: 1 });
      for (let i = 0; i < 10; i += 1) {
        const answer = await s.post("checkout.place", form(crypto.randomUUID()));
        expect(answer.status).toBe(200);
        placed += 1;
      }
    }
    expect(placed).toBe(60);
    const s = shopper(from);
    await s.post("cart.add", { productId: espresso, quantity: 1 });
    expect((await s.post("checkout.place", form(crypto.randomUUID()))).status).toBe(429);
    // Another address still places.
    const other = shopper(address());
    await other.post("cart.add", { productId: espresso, quantity: 1 });
    expect((await other.post("checkout.place", form(crypto.randomUUID()))).status).toBe(200);
  });

  it("does not give another cart's order for the same idempotency key", async () => {
    const key = crypto.randomUUID();
    const espresso = await productId("machine-espresso");
    const first = shopper(address());
    await first.post("cart.add", { productId: espresso, quantity: 1 });
    const mine = (await first.post("checkout.place", form(key))).body as Placed;
    const thief = shopper(address());
    await thief.post("cart.add", { productId: espresso, quantity: 1 });
    const theirs = (await thief.post("checkout.place", form(key))).body as Placed;
    expect(mine.result!.data!.token).toBeTruthy();
    expect(theirs.result!.data!.token).toBeTruthy();
    expect(theirs.result!.data!.token).not.toBe(mine.result!.data!.token);
  });
});

describe("the shopper's status poll", () => {
  it("makes one bank read for 32 concurrent polls of one order", async () => {
    const s = shopper(address());
    await s.post("cart.add", { productId: await productId("machine-espresso"), quantity: 1 });
    const token = ((await s.post("checkout.place", form(crypto.randomUUID()))).body as Placed).result!.data!.token!;
    const db = shopDb();
    const { id } = db.prepare("SELECT id FROM orders WHERE public_token = ?").get(token) as { id: string };
    // Past the one-second "just read" window of the placement.
    await new Promise((r) => setTimeout(r, 1200));
    const calls = () => (db.prepare("SELECT count(*) AS n FROM bank_api_calls WHERE order_id = ?").get(id) as { n: number }).n;
    const before = calls();
    const input = encodeURIComponent(JSON.stringify({ token }));
    const started = Date.now();
    const polls = await Promise.all(Array.from({ length: 32 }, () => fetch(`${baseURL()}/api/trpc/shop.order?input=${input}`)));
    const elapsedMs = Date.now() - started;
    expect(polls.every((p) => p.status === 200)).toBe(true);
    // The API log is written just after each answer: let it land before counting.
    await new Promise((r) => setTimeout(r, 300));
    // One read in flight at a time, none within a second of the last: on a loaded machine the 32 polls may
    // spread over more than a second, and each further second allows one more read, never one per poll.
    expect(calls() - before).toBeGreaterThanOrEqual(1);
    expect(calls() - before).toBeLessThanOrEqual(1 + Math.floor(elapsedMs / 1000));
    db.close();
  });
});

describe("the webhook receiver", () => {
  /**
   * Streams a chunked body of up to `total` bytes until the server answers.
   * One chunk per turn of the event loop, so that an answer already received
   * is read before the next write: the server closes the connection after its
   * 413 with bytes unread, the kernel then resets it, and a write made after
   * the reset fails (EPIPE) and takes the unread answer down with it. A client
   * that writes in a tight loop loses the 413 that way now and then; one that
   * reads between writes, as this one does, sees it.
   */
  function chunkedPost(total: number): Promise<{ status: number; sent: number }> {
    return new Promise((resolve, reject) => {
      const url = new URL(`${baseURL()}/api/webhooks/scalexpert`);
      let sent = 0;
      let answered = false;
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } }, (res) => {
        answered = true;
        res.resume();
        resolve({ status: res.statusCode ?? 0, sent });
        req.destroy();
      });
      req.on("error", (error) => (answered ? undefined : reject(error)));
      const chunk = Buffer.alloc(64 * 1024, "a");
      const pump = () => {
        if (answered) return;
        if (sent >= total) return void req.end();
        sent += chunk.length;
        if (req.write(chunk)) setImmediate(pump);
        else req.once("drain", () => setImmediate(pump));
      };
      req.write("{");
      setImmediate(pump);
    });
  }

  it("answers 413 to a 100 MB chunked body before it has all been sent", async () => {
    const { status, sent } = await chunkedPost(100 * 1024 * 1024);
    expect(status).toBe(413);
    expect(sent).toBeLessThan(20 * 1024 * 1024);
  });

  it("answers 413 to a declared size over the cap without reading the body", async () => {
    const answer = await fetch(`${baseURL()}/api/webhooks/scalexpert`, { method: "POST", headers: { "content-type": "application/json" }, body: "x".repeat(65 * 1024) });
    expect(answer.status).toBe(413);
  });
});
