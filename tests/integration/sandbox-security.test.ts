/**
 * The demo's sandbox as an attacker holding its public demo credentials sees
 * it: the webhook signing key cannot be read back, the server cannot be made
 * to post to loopback or private addresses, a merchant's token cannot change
 * the sandbox's behaviour (only read it), and the console credential cannot be
 * guessed at speed. Runs on a server of its own, started as a reachable demo
 * is (no SANDBOX_WEBHOOKS_ALLOW_PRIVATE), so that its guesses close no door
 * on the rest of the suite.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { hostname } from "node:os";
import { lookup } from "node:dns/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../support/server";
import { DEMO_MERCHANT, subscriptionBody } from "./sandbox-support";

const DEMO_WEBHOOK_KEY = "sandbox-demo-webhook-key";
const consoleAuth = `Basic ${Buffer.from("console:sandbox").toString("base64")}`;

let server: RunningServer;
let receiver: Server;
let receiverPort = 0;
let received = 0;

beforeAll(async () => {
  server = await startServer({ quiet: true });
  receiver = createServer((req, res) => {
    received += 1;
    req.resume();
    res.writeHead(200).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverPort = (receiver.address() as AddressInfo).port;
});

afterAll(async () => {
  receiver?.close();
  await server?.stop();
});

const bank = () => `${server.baseURL}/sandbox/baas/uatc`;

async function bearer(clientId: string, clientSecret: string, scope: string): Promise<string> {
  const res = await fetch(`${bank()}/auth-server/api/v1/oauth2/token`, {
    method: "POST",
    headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", scope }).toString(),
  });
  expect(res.status).toBe(200);
  return `Bearer ${((await res.json()) as { access_token: string }).access_token}`;
}

async function send(method: string, path: string, auth: string, body?: unknown): Promise<{ status: number; text: string; json: Record<string, unknown> }> {
  const res = await fetch(`${bank()}${path}`, {
    method,
    headers: { Authorization: auth, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function newMerchant(name: string) {
  const created = await send("POST", "/sandbox/v1/merchants", consoleAuth, { name, solutionCodes: ["SCFRSP-3XTS"] });
  expect(created.status).toBe(201);
  const { merchantId, clientId, clientSecret } = created.json as { merchantId: string; clientId: string; clientSecret: string };
  return { merchantId, api: await bearer(clientId, clientSecret, "e-financing:rw"), hooks: await bearer(clientId, clientSecret, "common-services:rw") };
}

describe("the webhook signing key", () => {
  it("cannot be read back: not the demo merchant's, not one just set, by the API or the controls", async () => {
    const demo = await bearer(DEMO_MERCHANT.clientId, DEMO_MERCHANT.clientSecret, "common-services:rw");
    const seeded = await send("GET", "/merchant-webhooks/api/v1/webhooks?eventTypeCode=ANY", demo);
    expect(seeded.status).toBe(200);
    expect(seeded.json.url).toBe(`${server.baseURL}/api/webhooks/scalexpert`);
    expect(seeded.json.keyForSignature).toBe("********");
    expect(seeded.text).not.toContain(DEMO_WEBHOOK_KEY);

    const m = await newMerchant("security key");
    const key = "a-brand-new-signing-key-0123456789";
    const put = await send("PUT", "/merchant-webhooks/api/v1/webhooks", m.hooks, {
      eventTypeCode: "ANY",
      active: true,
      url: `${server.baseURL}/api/webhooks/scalexpert`,
      authMethod: "BASIC_AUTH",
      authLogin: "bank",
      authPassword: "basic-password",
      keyForSignature: key,
      secret: "shared-secret",
    });
    expect(put.status).toBe(200);
    for (const answer of [
      put,
      await send("GET", "/merchant-webhooks/api/v1/webhooks?eventTypeCode=ANY", m.hooks),
      await send("GET", "/merchant-webhooks/api/v1/webhooks?eventTypeCode=HELLO_WORLD", m.hooks),
      await send("GET", `/sandbox/v1/merchants/me/webhooks`, m.api),
      await send("GET", `/sandbox/v1/merchants/${m.merchantId}/webhooks`, consoleAuth),
    ]) {
      expect(answer.status).toBe(200);
      for (const secret of [key, "basic-password", "shared-secret"]) expect(answer.text).not.toContain(secret);
    }
  });
});

describe("webhook URLs (SSRF)", () => {
  it("refuses another origin than the shop's unless the console allowed it", async () => {
    const m = await newMerchant("security ssrf");
    for (const url of [`http://127.0.0.1:${receiverPort}/hook`, "http://169.254.169.254/latest/meta-data/", "http://localhost:22/", "http://[::1]:6379/", "https://evil.example/hook"]) {
      const put = await send("PUT", "/merchant-webhooks/api/v1/webhooks", m.hooks, { eventTypeCode: "ANY", active: true, url, authMethod: "NONE" });
      expect(put.status, url).toBe(400);
      expect(put.json.errorMessage, url).toMatch(/Field 'url' must be on the shop's origin/);
    }
    // The merchant cannot allow an origin for itself.
    const self = await send("PUT", `/sandbox/v1/merchants/me/webhooks/allowed-origins`, m.api, { origins: ["https://evil.example"] });
    expect(self.status).toBe(403);
    expect(received).toBe(0);
  });

  it("refuses loopback and private addresses even once the console allowed their origin", async () => {
    const m = await newMerchant("security ssrf console");
    const origins = [`http://127.0.0.1:${receiverPort}`, "http://169.254.169.254", "http://10.0.0.8:8080", `http://localhost:${receiverPort}`];
    const allowed = await send("PUT", `/sandbox/v1/merchants/${m.merchantId}/webhooks/allowed-origins`, consoleAuth, { origins });
    expect(allowed.status).toBe(200);
    for (const origin of origins) {
      const put = await send("PUT", "/merchant-webhooks/api/v1/webhooks", m.hooks, { eventTypeCode: "ANY", active: true, url: `${origin}/hook`, authMethod: "NONE" });
      expect(put.status, origin).toBe(400);
      expect(put.json.errorMessage, origin).toMatch(/loopback, private or link-local/);
    }
    expect(received).toBe(0);
  });

  it("checks the addresses a name resolves to when it delivers (a host name for 127.0.0.1 gets nothing)", async () => {
    const name = hostname();
    const addresses = await lookup(name, { all: true }).catch(() => []);
    if (!addresses.some((a) => a.address.startsWith("127.") || a.address === "::1")) return; // this machine's name is not loopback: nothing to show
    const m = await newMerchant("security rebinding");
    const origin = `http://${name}:${receiverPort}`;
    expect((await send("PUT", `/sandbox/v1/merchants/${m.merchantId}/webhooks/allowed-origins`, consoleAuth, { origins: [origin] })).status).toBe(200);
    const put = await send("PUT", "/merchant-webhooks/api/v1/webhooks", m.hooks, { eventTypeCode: "ANY", active: true, url: `${origin}/hook`, authMethod: "NONE" });
    expect(put.status).toBe(200);
    const trigger = await send("POST", "/merchant-webhooks/api/v1/events/tests/_trigger", m.hooks);
    expect(trigger.status).toBe(200);
    let attempts: { error: string | null; httpStatus: number | null }[] = [];
    for (let i = 0; i < 20 && attempts.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const events = await send("GET", `/sandbox/v1/merchants/${m.merchantId}/webhooks/events`, consoleAuth);
      attempts = (events.json.events as { attempts: typeof attempts }[])[0]?.attempts ?? [];
    }
    expect(attempts[0]).toMatchObject({ httpStatus: null, error: expect.stringContaining("non-public address") });
    expect(received).toBe(0);
  });
});

describe("controls that move a subscription", () => {
  it("refuse the merchant's token (the demo's is public) and take the console's credential", async () => {
    const demo = await bearer(DEMO_MERCHANT.clientId, DEMO_MERCHANT.clientSecret, "e-financing:rw");
    const created = await fetch(`${bank()}/e-financing/api/v1/subscriptions`, {
      method: "POST",
      headers: { Authorization: demo, "Content-Type": "application/json" },
      body: JSON.stringify(subscriptionBody("SCFRSP-3XTS", 120)),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    for (const [method, path, body] of [
      ["POST", `/sandbox/v1/merchants/me/subscriptions/${id}/transitions`, { action: "pay" }],
      ["POST", `/sandbox/v1/merchants/me/clock`, { advanceBy: "P3M" }],
      ["POST", `/sandbox/v1/merchants/me/reset`, undefined],
    ] as const) {
      const refused = await send(method, path, demo, body);
      expect(refused.status, path).toBe(403);
      expect(refused.json.errorMessage, path).toMatch(/console credential/);
    }
    const read = await send("GET", `/sandbox/v1/merchants/me/subscriptions/${id}`, demo);
    expect(read.json).toMatchObject({ status: "INITIALIZED" });
    const demoId = (await send("GET", "/sandbox/v1/merchants/me", demo)).json.merchantId as string;
    const forced = await send("POST", `/sandbox/v1/merchants/${demoId}/subscriptions/${id}/transitions`, consoleAuth, { action: "pay" });
    expect(forced.status).toBe(200);
    expect(forced.json.status).toBe("ACCEPTED");
  });
});

describe("controls that change the sandbox's behaviour", () => {
  it("refuse the demo merchant's token on every one of them, and let it read", async () => {
    const demo = await bearer(DEMO_MERCHANT.clientId, DEMO_MERCHANT.clientSecret, "e-financing:rw");
    const before = (await send("GET", "/sandbox/v1/merchants/me", demo)).json;
    for (const [method, path, body] of [
      ["PUT", "/sandbox/v1/merchants/me/faults", { outcome: "500" }],
      ["DELETE", "/sandbox/v1/merchants/me/faults", undefined],
      ["PUT", "/sandbox/v1/merchants/me/settings", { autoAcceptDelay: "PT1S", germanRedirect: "page" }],
      ["POST", "/sandbox/v1/merchants/me/tokens/_expire", undefined],
      ["PUT", "/sandbox/v1/merchants/me/webhooks/allowed-origins", { origins: ["https://hooks.example"] }],
      ["POST", `/sandbox/v1/merchants/me/webhooks/events/${crypto.randomUUID()}/_replay`, undefined],
    ] as const) {
      const refused = await send(method, path, demo, body);
      expect(refused.status, `${method} ${path}`).toBe(403);
      expect(refused.json.errorMessage, path).toMatch(/console credential/);
    }
    // Nothing changed, and the token still works.
    const after = await send("GET", "/sandbox/v1/merchants/me", demo);
    expect(after.status).toBe(200);
    expect({ faults: after.json.faults, settings: after.json.settings }).toEqual({ faults: before.faults, settings: before.settings });
    expect((await send("GET", "/sandbox/v1/merchants/me/webhooks/allowed-origins", demo)).json).toEqual({ origins: [] });
    for (const path of ["", "/faults", "/settings", "/clock", "/subscriptions?pageSize=1", "/webhooks", "/webhooks/events?pageSize=1", "/webhooks/allowed-origins"]) {
      expect((await send("GET", `/sandbox/v1/merchants/me${path}`, demo)).status, path).toBe(200);
    }
    // The console changes them.
    const id = before.merchantId as string;
    expect((await send("PUT", `/sandbox/v1/merchants/${id}/settings`, consoleAuth, { autoAcceptDelay: "PT2M" })).json.settings).toMatchObject({ autoAcceptDelay: "PT2M" });
    expect((await send("PUT", `/sandbox/v1/merchants/${id}/settings`, consoleAuth, before.settings)).status).toBe(200);
  });
});

describe("the controls API's console credential", () => {
  const run = Date.now() % 200;
  const basic = (password: string) => `Basic ${Buffer.from(`console:${password}`).toString("base64")}`;
  const from = (address: string, password: string) =>
    fetch(`${bank()}/sandbox/v1/merchants`, { headers: { Authorization: basic(password), "x-forwarded-for": address } });

  it("is throttled per address with growing delays, and a correct one from another address still works", async () => {
    const attacker = `198.18.${run}.1`;
    for (let i = 0; i < 11; i += 1) expect((await from(attacker, `guess-${i}`)).status).toBe(401);
    const refused = await from(attacker, "guess-11");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(((await refused.json()) as { errorCode: string }).errorCode).toBe("TOO_MANY_REQUESTS");
    expect((await from(`198.18.${run}.2`, "sandbox")).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await from(attacker, "guess-12")).status).toBe(401);
    const longer = await from(attacker, "guess-13");
    expect(longer.status).toBe(429);
    expect(longer.headers.get("retry-after")).toBe("2");
    // Behind a closed door the right password is refused too: the answer tells nothing.
    expect((await from(attacker, "sandbox")).status).toBe(429);
  });

  it("refuses most of a burst of 200 concurrent guesses, and never an honest caller's concurrent calls", async () => {
    const attacker = `198.18.${run}.3`;
    const started = Date.now();
    const guesses = await Promise.all(Array.from({ length: 200 }, (_, i) => from(attacker, `burst-${i}`).then((r) => r.status)));
    const tried = guesses.filter((s) => s === 401).length;
    expect(tried).toBeLessThanOrEqual(11 + Math.ceil(Math.log2((Date.now() - started) / 1000 + 1)));
    expect(guesses.filter((s) => s === 429).length).toBe(200 - tried);
    const honest = await Promise.all(Array.from({ length: 60 }, () => from(`198.18.${run}.4`, "sandbox").then((r) => r.status)));
    expect(honest.every((s) => s === 200)).toBe(true);
  });
});
