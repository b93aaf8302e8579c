/**
 * The bank's webhooks, end to end: a merchant configures its webhook over
 * the merchant-webhooks API, a local HTTP server plays the merchant's
 * receiver, checks every signature the way a merchant would (HMAC-SHA256 of
 * "<X-BAAS-SIGNATURE-TIMESTAMP>.<raw body>"), and fails on purpose to see
 * the bank replay the event every 10 minutes of sandbox time, for 5 days.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { advance, bankBase, control, createSubscription, force, testMerchant, token, type TestMerchant } from "./sandbox-support";

// ---- the merchant's receiver --------------------------------------------------

interface Received {
  headers: IncomingMessage["headers"];
  raw: string;
  body: { id: string; timestamp: string; correlationId: string; eventTypeCode: string; eventCode: string; data: Record<string, unknown> };
  answered: number;
}

class Receiver {
  readonly received: Received[] = [];
  /** Status codes to answer, in order; 200 once used up. */
  private script: number[] = [];
  private server: Server | undefined;
  url = "";

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const answered = this.script.shift() ?? 200;
        this.received.push({ headers: req.headers, raw, body: JSON.parse(raw) as Received["body"], answered });
        res.writeHead(answered).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/webhooks/scalexpert`;
  }

  failNext(...statuses: number[]): void {
    this.script.push(...statuses);
  }

  of(eventCode: string): Received[] {
    return this.received.filter((r) => r.body.eventCode === eventCode);
  }

  async waitFor(eventCode: string, count = 1, timeoutMs = 10_000): Promise<Received[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.of(eventCode).length < count) {
      if (Date.now() > deadline) throw new Error(`waited for ${count} × ${eventCode}, got ${this.received.map((r) => r.body.eventCode).join(", ")}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.of(eventCode);
  }

  /** The deliveries of one subscription's event, once at least `count` arrived. */
  async waitForOf(eventCode: string, correlationId: string, count = 1, timeoutMs = 10_000): Promise<Received[]> {
    const deadline = Date.now() + timeoutMs;
    const mine = () => this.of(eventCode).filter((r) => r.body.correlationId === correlationId);
    while (mine().length < count) {
      if (Date.now() > deadline) throw new Error(`waited for ${eventCode} of ${correlationId}, got ${this.received.map((r) => r.body.eventCode).join(", ")}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return mine();
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The merchant side of the signature scheme, written from the documentation alone. */
function signatureIsValid(received: Received, key: string): boolean {
  const signature = String(received.headers["x-baas-signature"] ?? "");
  const timestamp = String(received.headers["x-baas-signature-timestamp"] ?? "");
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(timestamp)) return false;
  if (Math.abs(Date.now() - Date.parse(timestamp)) > 5 * 60_000) return false;
  const expected = createHmac("sha256", key).update(`${timestamp}.${received.raw}`).digest();
  const given = Buffer.from(signature, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// ---- the merchant-webhooks API, answers checked against the contract ----------

type Schemas = Record<string, Record<string, unknown>>;
const contract = parse(readFileSync(path.join(process.cwd(), "server", "contract", "merchant-webhooks.yaml"), "utf8")) as { components: { schemas: Schemas } };
// The event payload is a oneOf of open objects told apart by an OpenAPI
// discriminator (eventTypeCode), which plain JSON Schema cannot express:
// here each mapping becomes "if eventTypeCode is K then K's schema".
const payload = contract.components.schemas.WebhookEventPayload as { oneOf?: unknown; discriminator?: { mapping: Record<string, string> } };
const mapping = payload.discriminator!.mapping;
delete payload.oneOf;
delete payload.discriminator;
Object.assign(payload, {
  allOf: Object.entries(mapping).map(([code, ref]) => ({ if: { properties: { eventTypeCode: { const: code } } }, then: { $ref: ref } })),
});
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat("enum", true);
// ajv-formats' "url" refuses local hosts such as this test's receiver on 127.0.0.1.
ajv.addFormat("url", (value: string) => URL.canParse(value));
ajv.addSchema(contract, "webhooks");
const schema = (name: string) => ajv.compile({ $ref: `webhooks#/components/schemas/${name}` });
const conforms = {
  config: schema("MerchantWebhookConfigResponse"),
  page: schema("PageOfWebhookEventsForMerchant"),
  trigger: schema("TriggerHelloWorldEventResponse"),
  eventTypes: schema("GetWebhookEventTypesResponse"),
  error: schema("BaasExceptionHttpResponse"),
};

async function webhooksApi<T>(m: { webhooksToken: string }, method: string, pathname: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${bankBase()}/merchant-webhooks/api/v1${pathname}`, {
    method,
    headers: { Authorization: `Bearer ${m.webhooksToken}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

function expectConforms(validate: ReturnType<typeof schema>, value: unknown): void {
  if (!validate(value)) throw new Error(`does not conform: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value)}`);
}

interface EventPage {
  totalEventCount: number;
  events: { id: string; eventCode: string; status: string; replayCount?: number; httpStatusCodeOfLastDeliveryAttempt?: number; data: Record<string, unknown> }[];
}

async function eventById(m: { webhooksToken: string }, id: string) {
  const page = await webhooksApi<EventPage>(m, "GET", "/events?pageSize=100");
  expect(page.status).toBe(200);
  expectConforms(conforms.page, page.body);
  return page.body.events.find((e) => e.id === id);
}

// ---- the tests ------------------------------------------------------------------

const KEY = "e5399af3ebcde0f3ead45086e13e932f36b1e5a1db002c8bb6a2870a1d22a7b6";
const receiver = new Receiver();
let m: TestMerchant & { webhooksToken: string };

beforeAll(async () => {
  await receiver.start();
  const merchant = await testMerchant(["SCFRSP-3XTS", "SCFRLT-TXPS"], "webhooks test");
  m = { ...merchant, webhooksToken: await token(merchant.clientId, merchant.clientSecret, "common-services:rw") };
  // The receiver is not the shop's origin: the console allows it (the suite's server lets it be on loopback).
  const allowed = await control("PUT", `/merchants/${m.merchantId}/webhooks/allowed-origins`, { origins: [new URL(receiver.url).origin] });
  expect(allowed.status).toBe(200);
});

afterAll(() => receiver.stop());

describe("merchant-webhooks API", () => {
  it("needs the common-services:rw scope", async () => {
    const res = await webhooksApi<unknown>({ webhooksToken: m.token }, "GET", "/event-types");
    expect(res.status).toBe(403);
    const anonymous = await fetch(`${bankBase()}/merchant-webhooks/api/v1/event-types`);
    expect(anonymous.status).toBe(401);
  });

  it("lists the financing event types", async () => {
    const res = await webhooksApi<{ eventTypes: { eventTypeCode: string; eventCodes: { eventCode: string }[] }[] }>(m, "GET", "/event-types");
    expect(res.status).toBe(200);
    expectConforms(conforms.eventTypes, res.body);
    expect(res.body.eventTypes.map((t) => t.eventTypeCode)).toEqual(["SC_SUBSCRIPTION", "SC_CANCEL_REQUEST"]);
    expect(res.body.eventTypes[0]!.eventCodes.map((c) => c.eventCode)).toContain("SC_SUBSCRIPTION_PRE_ACCEPTED");
  });

  it("refuses bad configurations with the bank's errors", async () => {
    const missing = await webhooksApi<{ status: string; message: string }>(m, "PUT", "/webhooks", { active: true });
    expect(missing.status).toBe(422);
    expect(missing.body.message).toContain("$.eventTypeCode: is missing but it is required");
    const badEnum = await webhooksApi<{ errorCode: string }>(m, "PUT", "/webhooks", { eventTypeCode: "ANY", authMethod: "OAUTH2" });
    expect(badEnum.status).toBe(400);
    expectConforms(conforms.error, badEnum.body);
    expect(badEnum.body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
    const noUrl = await webhooksApi<{ errorMessage: string }>(m, "PUT", "/webhooks", { eventTypeCode: "SC_SUBSCRIPTION", active: true, authMethod: "NONE" });
    expect(noUrl.status).toBe(400);
    expect(noUrl.body.errorMessage).toMatch(/url/);
    const notOurs = await webhooksApi<{ errorMessage: string }>(m, "PUT", "/webhooks", { eventTypeCode: "CI_SUBSCRIPTION" });
    expect(notOurs.status).toBe(400);
    const wrongCode = await webhooksApi<unknown>(m, "PUT", "/webhooks", { eventTypeCode: "SC_SUBSCRIPTION", activeEventCodes: ["SC_CANCEL_REQUEST_CANCELLATION_ACCEPTED"] });
    expect(wrongCode.status).toBe(400);
    const unknown = await webhooksApi<{ errorCode: string }>(m, "GET", "/webhooks?eventTypeCode=SC_CANCEL_REQUEST");
    expect(unknown.status).toBe(404);
    expect(unknown.body.errorCode).toBe("ENTITY_NOT_FOUND");
    const page0 = await webhooksApi<{ errorCode: string }>(m, "GET", "/events?page=0");
    expect(page0.status).toBe(400);
    expect(page0.body.errorCode).toBe("INVALID_PAGE_INDEX");
  });

  it("keeps events as NO_CONFIG while nothing is configured", async () => {
    const sub = await createSubscription(m, "SCFRSP-3XTS", 300);
    const page = await webhooksApi<EventPage>(m, "GET", "/events?status=NO_CONFIG&eventCode=SC_SUBSCRIPTION_INITIALIZED");
    expectConforms(conforms.page, page.body);
    const event = page.body.events.find((e) => e.data.merchantGlobalOrderId === sub.request.merchantGlobalOrderId);
    expect(event).toMatchObject({ status: "NO_CONFIG", eventCode: "SC_SUBSCRIPTION_INITIALIZED" });
    expect(event).not.toHaveProperty("replayCount");
  });

  it("stores and returns the configuration", async () => {
    const config = {
      eventTypeCode: "ANY",
      active: true,
      url: receiver.url,
      authMethod: "NONE",
      keyForSignature: KEY,
      secret: "shared-secret",
      emailForAlerts: "support@shop.example",
    };
    const put = await webhooksApi<unknown>(m, "PUT", "/webhooks", config);
    expect(put.status).toBe(200);
    const got = await webhooksApi<Record<string, unknown>>(m, "GET", "/webhooks?eventTypeCode=ANY");
    expect(got.status).toBe(200);
    expectConforms(conforms.config, got.body);
    // The key and the secret are write-only: masked in answers, kept when the mask is put back.
    expect(got.body).toMatchObject({ ...config, keyForSignature: "********", secret: "********" });
    expect(JSON.stringify(got.body)).not.toContain(KEY);
    const readBack = Object.fromEntries(Object.entries(got.body).filter(([, v]) => v !== null));
    expect((await webhooksApi<unknown>(m, "PUT", "/webhooks", readBack)).status).toBe(200);
    // HELLO_WORLD reads the configuration that test events go to.
    const hello = await webhooksApi<Record<string, unknown>>(m, "GET", "/webhooks?eventTypeCode=HELLO_WORLD");
    expect(hello.body).toMatchObject({ url: receiver.url });
  });
});

describe("event delivery", () => {
  it("sends a signed HELLO_WORLD test event", async () => {
    const trigger = await webhooksApi<{ eventId: string }>(m, "POST", "/events/tests/_trigger");
    expect(trigger.status).toBe(200);
    expectConforms(conforms.trigger, trigger.body);
    const [hello] = await receiver.waitFor("HELLO_WORLD");
    expect(hello!.body).toMatchObject({ id: trigger.body.eventId, eventTypeCode: "HELLO_WORLD", data: { eventTypeCode: "HELLO_WORLD", helloWorldMessage: expect.any(String) } });
    expect(hello!.headers["content-type"]).toBe("application/json");
    expect(hello!.headers["x-baas-secret"]).toBe("shared-secret");
    expect(signatureIsValid(hello!, KEY)).toBe(true);
    expect(signatureIsValid(hello!, "another key")).toBe(false);
    expect(signatureIsValid({ ...hello!, raw: hello!.raw.replace("HELLO", "HALLO") }, KEY)).toBe(false);
  });

  it("sends SC_SUBSCRIPTION events on status changes, with the order id, amount and status", async () => {
    const sub = await createSubscription(m, "SCFRSP-3XTS", 249.9);
    const [created] = await receiver.waitForOf("SC_SUBSCRIPTION_INITIALIZED", sub.id);
    expect(created!.body).toMatchObject({
      eventTypeCode: "SC_SUBSCRIPTION",
      correlationId: sub.id,
      data: {
        eventTypeCode: "SC_SUBSCRIPTION",
        eventCode: "SC_SUBSCRIPTION_INITIALIZED",
        merchantGlobalOrderId: sub.request.merchantGlobalOrderId,
        financedAmount: 249.9,
        consolidatedStatus: "INITIALIZED",
        consolidatedSubstatus: "SUBSCRIPTION IN PROGRESS",
      },
    });
    expect(signatureIsValid(created!, KEY)).toBe(true);

    await force(m, sub.id, "pay");
    const [accepted] = await receiver.waitForOf("SC_SUBSCRIPTION_ACCEPTED", sub.id);
    expect(accepted!.body.data).toMatchObject({ consolidatedStatus: "ACCEPTED", consolidatedSubstatus: "SUBSCRIPTION APPROVED BY PRODUCER", financedAmount: 249.9 });
    expect(signatureIsValid(accepted!, KEY)).toBe(true);
    expect(await eventById(m, accepted!.body.id)).toMatchObject({ status: "OK", httpStatusCodeOfLastDeliveryAttempt: 200 });
  });

  it("sends the outcome of a cancellation as SC_CANCEL_REQUEST", async () => {
    const sub = await createSubscription(m, "SCFRSP-3XTS", 300);
    await force(m, sub.id, "pay");
    const res = await fetch(`${bankBase()}/e-financing/api/v1/subscriptions/${sub.id}/_cancel`, {
      method: "POST",
      headers: { Authorization: `Bearer ${m.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        cancelledAmount: 100,
        cancelledItem: "SKU-1",
        cancellationReason: "returned",
        cancellationContact: { lastName: "Martin", firstName: "Claire", email: "claire@shop.example", phoneNumber: "+33145678900" },
      }),
    });
    expect(res.status).toBe(200);
    const [partial] = await receiver.waitForOf("SC_CANCEL_REQUEST_PARTIAL_CANCELLATION_ACCEPTED", sub.id);
    expect(partial!.body).toMatchObject({
      eventTypeCode: "SC_CANCEL_REQUEST",
      data: { cancelledAmount: 100, financedAmount: 200, consolidatedStatus: "ACCEPTED", cancellationStatus: "PARTIAL_CANCELLATION_ACCEPTED" },
    });
    expect(signatureIsValid(partial!, KEY)).toBe(true);
    // The partial cancellation left status and sub-status as they were: no new SC_SUBSCRIPTION event.
    const accepted = await webhooksApi<EventPage>(m, "GET", "/events?eventCode=SC_SUBSCRIPTION_ACCEPTED&pageSize=100");
    expect(accepted.body.events.filter((e) => e.data.merchantGlobalOrderId === sub.request.merchantGlobalOrderId)).toHaveLength(1);
  });

  it("tells every step of a long credit, up to the payment to the merchant after delivery", async () => {
    const sub = await createSubscription(m, "SCFRLT-TXPS", 1800);
    await force(m, sub.id, "pre-accept", "sign");
    await advance(m, "PT5M"); // the producer's automatic acceptance below 3,000 €
    const delivered = await fetch(`${bankBase()}/e-financing/api/v1/subscriptions/${sub.id}/_confirmDelivery`, {
      method: "POST",
      headers: { Authorization: `Bearer ${m.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ isDelivered: true, trackingNumber: "1Z999AA10123456784", operator: "UPS" }),
    });
    expect(delivered.status).toBe(204);
    await advance(m, "P2D"); // the payment to the merchant, fundingDelay after the delivery
    const accepted = await receiver.waitForOf("SC_SUBSCRIPTION_ACCEPTED", sub.id, 3);
    expect(await receiver.waitForOf("SC_SUBSCRIPTION_PRE_ACCEPTED", sub.id, 2)).toHaveLength(2);
    // Accepted, delivery confirmed (awaiting payment), paid: three events, each its own id.
    expect(accepted).toHaveLength(3);
    expect(new Set(accepted.map((a) => a.body.id)).size).toBe(3);
    for (const a of accepted) {
      expect(a.body.data).toMatchObject({ consolidatedStatus: "ACCEPTED", financedAmount: 1800 });
      expect(signatureIsValid(a, KEY)).toBe(true);
    }
    expect(accepted.map((a) => a.body.data.consolidatedSubstatus).sort()).toEqual(
      ["AWAITING PAYMENT TO MERCHANT", "PAYMENT HAS BEEN ISSUED TO MERCHANT", "WAITING FOR THE DELIVERY CONFIRMATION"].sort(),
    );
  });

  it("replays an unacknowledged event every 10 minutes of sandbox time until it gets 200", async () => {
    const sub = await createSubscription(m, "SCFRSP-3XTS", 120);
    await receiver.waitForOf("SC_SUBSCRIPTION_INITIALIZED", sub.id);
    receiver.failNext(500, 503);
    await force(m, sub.id, "abort");
    const [first] = await receiver.waitForOf("SC_SUBSCRIPTION_ABORTED", sub.id);
    expect(first!.answered).toBe(500);
    const eventId = first!.body.id;
    await expect.poll(async () => (await eventById(m, eventId))?.httpStatusCodeOfLastDeliveryAttempt).toBe(500);
    const failed = await eventById(m, eventId);
    expect(failed).toMatchObject({ status: "ERROR" });
    expect(failed).not.toHaveProperty("replayCount");

    // Not due yet: nothing is posted.
    await advance(m, "PT5M");
    expect(receiver.received.filter((r) => r.body.id === eventId)).toHaveLength(1);

    await advance(m, "PT5M");
    const second = receiver.received.filter((r) => r.body.id === eventId);
    expect(second).toHaveLength(2);
    expect(second[1]!.answered).toBe(503);
    expect(await eventById(m, eventId)).toMatchObject({ status: "ERROR", replayCount: 1, httpStatusCodeOfLastDeliveryAttempt: 503 });

    await advance(m, "PT10M");
    const deliveries = receiver.received.filter((r) => r.body.id === eventId);
    expect(deliveries).toHaveLength(3);
    expect(deliveries[2]!.answered).toBe(200);
    expect(await eventById(m, eventId)).toMatchObject({ status: "OK", replayCount: 2, httpStatusCodeOfLastDeliveryAttempt: 200 });
    // Same event, same bytes each time; each delivery signed afresh.
    expect(new Set(deliveries.map((d) => d.raw)).size).toBe(1);
    for (const d of deliveries) expect(signatureIsValid(d, KEY)).toBe(true);

    // Delivered: nothing more, however far the clock goes.
    await advance(m, "PT30M");
    expect(receiver.received.filter((r) => r.body.id === eventId)).toHaveLength(3);
  });

  it("stops replaying once the event is 5 days old", async () => {
    receiver.failNext(500, 500);
    const trigger = await webhooksApi<{ eventId: string }>(m, "POST", "/events/tests/_trigger");
    const eventId = trigger.body.eventId;
    await expect.poll(async () => (await eventById(m, eventId))?.httpStatusCodeOfLastDeliveryAttempt).toBe(500);
    await advance(m, "P4DT23H55M");
    expect(receiver.received.filter((r) => r.body.id === eventId)).toHaveLength(2);
    // The next slot would be 5 days and 5 minutes after the event: there is none.
    await advance(m, "PT10M");
    await advance(m, "P1D");
    expect(receiver.received.filter((r) => r.body.id === eventId)).toHaveLength(2);
    expect(await eventById(m, eventId)).toMatchObject({ status: "ERROR", replayCount: 1 });
  });

  it("lets the console replay an event by hand over the controls", async () => {
    const trigger = await webhooksApi<{ eventId: string }>(m, "POST", "/events/tests/_trigger");
    await expect.poll(() => receiver.received.filter((r) => r.body.id === trigger.body.eventId).length).toBe(1);
    const replay = await control<{ result: { status: string; httpStatus: number } }>("POST", `/merchants/${m.merchantId}/webhooks/events/${trigger.body.eventId}/_replay`);
    expect(replay.status).toBe(200);
    expect(replay.body.result).toMatchObject({ status: "OK", httpStatus: 200 });
    expect(receiver.received.filter((r) => r.body.id === trigger.body.eventId)).toHaveLength(2);
    const listed = await control<{ events: { id: string; attempts: { trigger: string }[] }[] }>("GET", `/merchants/${m.merchantId}/webhooks/events?pageSize=200`);
    expect(listed.body.events.find((e) => e.id === trigger.body.eventId)?.attempts.map((a) => a.trigger)).toEqual(["first", "manual"]);
    // Another merchant's token cannot see this merchant's webhook controls.
    const other = await testMerchant(["SCFRSP-3XTS"], "webhooks intruder");
    const refused = await control("GET", `/merchants/${m.merchantId}/webhooks/events`, undefined, `Bearer ${other.token}`);
    expect(refused.status).toBe(403);
  });

  it("keeps events INACTIVE while the webhook is switched off or the code is not wanted", async () => {
    const off = await webhooksApi<unknown>(m, "PUT", "/webhooks", {
      eventTypeCode: "SC_SUBSCRIPTION",
      active: true,
      url: receiver.url,
      authMethod: "NONE",
      keyForSignature: KEY,
      activeEventCodes: ["SC_SUBSCRIPTION_ACCEPTED"],
    });
    expect(off.status).toBe(200);
    const before = receiver.received.length;
    const sub = await createSubscription(m, "SCFRSP-3XTS", 80);
    await force(m, sub.id, "reject");
    const page = await webhooksApi<EventPage>(m, "GET", "/events?status=INACTIVE&eventTypeCode=SC_SUBSCRIPTION");
    const mine = page.body.events.filter((e) => e.data.merchantGlobalOrderId === sub.request.merchantGlobalOrderId).map((e) => e.eventCode);
    expect(mine.sort()).toEqual(["SC_SUBSCRIPTION_INITIALIZED", "SC_SUBSCRIPTION_REJECTED"]);
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.received.length).toBe(before);
  });
});
