import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { webhookEvents } from "@/db/shop/schema";
import { merchantMessage } from "../bank/messages";
import { nowOf, type EngineDeps } from "./deps";
import { getOrder } from "./order-store";
import { placementUnderWay } from "./place-order";
import { refreshOrder } from "./refresh";

/**
 * The bank's webhooks (merchant-webhooks API 1.0.6).
 *
 * Signature, as the vendor documents it: X-BAAS-SIGNATURE is the hex
 * HMAC-SHA256, keyed with the webhook's keyForSignature, of
 * `${X-BAAS-SIGNATURE-TIMESTAMP}.${raw body}`; the timestamp is an ISO-8601
 * instant and must be recent. We refuse anything unsigned (the vendor makes
 * the signature optional; a shop that trusts unsigned events lets anyone
 * poke its orders), older than 5 minutes, or more than 5 minutes ahead.
 *
 * An event is only a hint: the order is re-read from the bank before
 * anything changes, and the body's amounts and statuses are never applied.
 * Events are kept by id; a replay of an event already processed changes
 * nothing. The answer is always an empty body: 200 when done, 401/400 for a
 * forged or malformed event, 503 when the bank could not be read (the
 * platform then delivers the event again, and it is processed then).
 */

export const SIGNATURE_HEADER = "x-baas-signature";
export const SIGNATURE_TIMESTAMP_HEADER = "x-baas-signature-timestamp";
export const MAX_SIGNATURE_AGE_MS = 5 * 60_000;
/** Events are small; anything bigger is not from the bank. */
export const MAX_WEBHOOK_BYTES = 64 * 1024;

/** The exact bytes received, or a string (tests) taken as its UTF-8 bytes. */
export type RawBody = Uint8Array | string;

const bytesOf = (raw: RawBody): Uint8Array => (typeof raw === "string" ? Buffer.from(raw, "utf8") : raw);

/** HMAC over `${timestamp}.` and then the body's bytes as they came: no decoding, so no byte is read differently. */
export function signWebhook(rawBody: RawBody, timestamp: string, key: string): string {
  return createHmac("sha256", key).update(`${timestamp}.`, "utf8").update(bytesOf(rawBody)).digest("hex");
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body over ${limit} bytes.`);
    this.name = "BodyTooLargeError";
  }
}

/**
 * Reads a request body as bytes, at most `limit` of them: a declared
 * Content-Length over it is refused before reading, and a chunked body is
 * refused (its stream cancelled) at the first chunk past it, never read in full.
 */
export async function readCappedBody(request: Request, limit: number = MAX_WEBHOOK_BYTES): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= limit)) throw new BodyTooLargeError(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

export type SignatureCheck =
  | { ok: true; signedAt: number }
  | { ok: false; reason: "no_secret_configured" | "missing_signature" | "missing_timestamp" | "bad_timestamp" | "stale" | "from_the_future" | "bad_signature" };

/** Reads the timestamp header: an ISO instant (the vendor's form), or epoch seconds or milliseconds. */
export function parseSignatureTimestamp(value: string): number | null {
  const trimmed = value.trim();
  if (/^\d{9,11}$/.test(trimmed)) return Number(trimmed) * 1000;
  if (/^\d{12,14}$/.test(trimmed)) return Number(trimmed);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) return null;
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? null : ms;
}

export function verifyWebhookSignature(input: { rawBody: RawBody; signature: string | null; timestamp: string | null; secret: string; now: number }): SignatureCheck {
  if (!input.secret) return { ok: false, reason: "no_secret_configured" };
  if (!input.signature) return { ok: false, reason: "missing_signature" };
  if (!input.timestamp) return { ok: false, reason: "missing_timestamp" };
  const signedAt = parseSignatureTimestamp(input.timestamp);
  if (signedAt === null) return { ok: false, reason: "bad_timestamp" };
  // The signature is checked before the age: a forger learns nothing about the clock.
  const expected = Buffer.from(signWebhook(input.rawBody, input.timestamp, input.secret), "hex");
  const given = /^[0-9a-fA-F]{64}$/.test(input.signature.trim()) ? Buffer.from(input.signature.trim(), "hex") : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "bad_signature" };
  if (input.now - signedAt > MAX_SIGNATURE_AGE_MS) return { ok: false, reason: "stale" };
  if (signedAt - input.now > MAX_SIGNATURE_AGE_MS) return { ok: false, reason: "from_the_future" };
  return { ok: true, signedAt };
}

const eventSchema = z.object({
  id: z.string().min(1).max(100),
  eventTypeCode: z.string().min(1).max(100),
  eventCode: z.string().max(100).optional(),
  timestamp: z.string().optional(),
  data: z
    .object({
      merchantGlobalOrderId: z.string().max(200).optional(),
      consolidatedStatus: z.string().max(100).optional(),
    })
    .loose()
    .optional(),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface WebhookDelivery {
  rawBody: RawBody;
  signature: string | null;
  timestamp: string | null;
}

export interface WebhookOutcome {
  /** The HTTP status to answer, with an empty body. */
  status: 200 | 400 | 401 | 413 | 503;
  /** For the server log: what was done. */
  outcome: string;
}

/**
 * An event that cannot tell a linked order anything new, so it costs no bank read (the bank's quota is the shop's
 * whole): INITIALIZED is the first status, the placement's answer said as much, and every later move raises an event
 * of its own. An order not linked yet is read, so that the event links it when the placement's answer was lost.
 */
function tellsNothingNew(hint: string | undefined, order: { subscriptionId: string | null }): boolean {
  return hint === "INITIALIZED" && order.subscriptionId !== null;
}

export async function receiveWebhook(deps: EngineDeps & { webhookSecret: string }, delivery: WebhookDelivery): Promise<WebhookOutcome> {
  const bytes = bytesOf(delivery.rawBody);
  if (bytes.byteLength > MAX_WEBHOOK_BYTES) return { status: 413, outcome: "too_large" };
  const now = nowOf(deps);
  const check = verifyWebhookSignature({ ...delivery, rawBody: bytes, secret: deps.webhookSecret, now });
  if (!check.ok) return { status: 401, outcome: `refused: ${check.reason}` };

  let event: z.infer<typeof eventSchema>;
  try {
    // Decoded only once the signature over the bytes holds; bytes that are not UTF-8 are not an event.
    const parsed = eventSchema.safeParse(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)));
    if (!parsed.success) return { status: 400, outcome: "malformed event" };
    event = parsed.data;
  } catch {
    return { status: 400, outcome: "body is not UTF-8 JSON" };
  }

  const merchantGlobalOrderId = event.data?.merchantGlobalOrderId ?? null;
  const order = merchantGlobalOrderId && UUID.test(merchantGlobalOrderId) ? getOrder(deps.db, merchantGlobalOrderId) : undefined;

  // Record the event, or count the replay; a replay of a processed event stops here.
  const seen = deps.db.transaction(
    (tx) => {
      const existing = tx.select().from(webhookEvents).where(eq(webhookEvents.eventId, event.id)).get();
      if (existing) {
        tx.update(webhookEvents)
          .set({ timesReceived: sql`${webhookEvents.timesReceived} + 1` })
          .where(eq(webhookEvents.eventId, event.id))
          .run();
        return existing;
      }
      tx.insert(webhookEvents)
        .values({
          eventId: event.id,
          receivedAt: now,
          eventTypeCode: event.eventTypeCode,
          eventCode: event.eventCode ?? null,
          merchantGlobalOrderId,
          orderId: order?.id ?? null,
          hintStatus: event.data?.consolidatedStatus ?? null,
          signatureTimestamp: delivery.timestamp ?? "",
        })
        .run();
      return null;
    },
    { behavior: "immediate" },
  );
  if (seen?.processedAt != null) return { status: 200, outcome: "replay ignored" };

  const finish = (outcome: string): WebhookOutcome => {
    deps.db.update(webhookEvents).set({ processedAt: nowOf(deps), outcome }).where(eq(webhookEvents.eventId, event.id)).run();
    return { status: 200, outcome };
  };
  if (!order) return finish(event.eventTypeCode === "HELLO_WORLD" ? "hello world" : "no such order here");
  // An event may overtake the placement's answer: once that answer is in, the order is linked and the event may be old news.
  const placing = placementUnderWay(order.id);
  if (placing) await placing.catch(() => undefined);
  const current = placing ? (getOrder(deps.db, order.id) ?? order) : order;
  if (tellsNothingNew(event.data?.consolidatedStatus, current)) return finish(`order unchanged (${current.state}): nothing to read for INITIALIZED`);

  const result = await refreshOrder(deps, order.id, "webhook");
  if (result.error) {
    deps.db.update(webhookEvents).set({ outcome: `bank unreachable: ${merchantMessage(result.error)}` }).where(eq(webhookEvents.eventId, event.id)).run();
    return { status: 503, outcome: "bank unreachable; the platform will deliver the event again" };
  }
  return finish(result.changed ? `order now ${result.order.state}` : `order unchanged (${result.order.state})`);
}
