import "server-only";
import { randomUUID } from "node:crypto";
import { sandboxDb, type SandboxDb } from "@/db/sandbox/client";
import { now as clockNow } from "../clock/clock";
import { HELLO_WORLD } from "./catalogue";
import { urlRulesOf } from "./allowed-origins";
import { deliveryRequest, isAcknowledged } from "./delivery-request";
import { postWebhook } from "./http-post";
import { publicOnlyLookup, webhookUrlRefusal, type UrlRules } from "./url-policy";
import type { EventDraft } from "./event-drafts";
import {
  claimManual,
  claimReplay,
  configForEventType,
  dueReplays,
  getEvent,
  insertEvent,
  recordAttempt,
  type EventStatus,
  type WebhookConfig,
  type WebhookEventRow,
} from "./repository";

/**
 * Delivery of the bank's events to the merchants' webhooks, with the
 * vendor's replay rule: an event not acknowledged with 200/201 is posted
 * again every 10 minutes for 5 days. Both delays run on the merchant's
 * virtual clock, so advancing the clock makes replays happen. When the clock
 * jumps past several replay slots at once, one replay is made and the next
 * is due 10 minutes after it (the missed slots are not fired in a burst).
 */
export const REPLAY_INTERVAL_MS = 10 * 60_000;
export const REPLAY_WINDOW_MS = 5 * 24 * 3_600_000;
export const DELIVERY_TIMEOUT_MS = 10_000;
/**
 * How long after a move its event leaves, as from the bank's own queue: the merchant mostly hears of a move from
 * its API call's answer first, and the delivery's work never runs inside that call or on the heels of its answer.
 * The merchant's receiver must still take an event that overtakes an answer (a slow answer, a replay).
 */
export const FIRST_DELIVERY_DELAY_MS = 200;
/** How many due replays one scheduler pass posts; the rest wait for the next pass. */
const REPLAYS_PER_PASS = 200;

type Decision = { deliver: true; config: WebhookConfig & { url: string } } | { deliver: false; status: "INACTIVE" | "NO_CONFIG" };

/**
 * Whether an event goes out, and where. HELLO_WORLD test events go to the
 * configured URL even while the webhook is inactive: the vendor tells
 * merchants to test their endpoint before activating it.
 */
function decide(config: WebhookConfig | undefined, event: Pick<WebhookEventRow, "eventTypeCode" | "eventCode">): Decision {
  if (!config) return { deliver: false, status: "NO_CONFIG" };
  const test = event.eventTypeCode === HELLO_WORLD;
  if (!test && !config.active) return { deliver: false, status: "INACTIVE" };
  if (!test && config.activeEventCodes && !config.activeEventCodes.includes(event.eventCode)) return { deliver: false, status: "INACTIVE" };
  // An active webhook always has a URL (PUT /webhooks checks it); an inactive one may not, for a test event.
  return config.url ? { deliver: true, config: { ...config, url: config.url } } : { deliver: false, status: "NO_CONFIG" };
}

/**
 * Records an event and, when the merchant's webhook wants it, starts its
 * first delivery a moment later (FIRST_DELIVERY_DELAY_MS), without waiting
 * for it (the caller is an API request or a journey page, which must not
 * hang on the merchant's endpoint).
 * `occurredAt`: the virtual time of the move (the scheduler's moves happen at
 * their due time); the merchant's now by default.
 */
export function raiseEvent(merchantId: string, draft: EventDraft, occurredAt?: number, db: SandboxDb = sandboxDb()): WebhookEventRow {
  occurredAt ??= clockNow(merchantId, db);
  const decision = decide(configForEventType(merchantId, draft.eventTypeCode, db), draft);
  const status: EventStatus = decision.deliver ? "PENDING" : decision.status;
  const event = insertEvent({ id: randomUUID(), merchantId, ...draft, occurredAt, status }, db);
  if (decision.deliver) {
    setTimeout(() => void attempt(event.id, "first", db).catch((error: unknown) => console.error("sandbox webhooks: delivery failed", error)), FIRST_DELIVERY_DELAY_MS);
  }
  return event;
}

export interface AttemptResult {
  readonly status: EventStatus;
  readonly httpStatus: number | null;
  readonly error: string | null;
}

/**
 * Posts the event if its URL is still one the sandbox may call: the rules are
 * checked again now (the configuration may predate them, the console may have
 * withdrawn an origin), and a foreign host's addresses on connect.
 */
async function post(request: ReturnType<typeof deliveryRequest>, rules: UrlRules): Promise<{ httpStatus: number | null; error: string | null }> {
  const refusal = webhookUrlRefusal(request.url, rules);
  if (refusal) return { httpStatus: null, error: `not delivered: the URL ${refusal}` };
  const own = new URL(request.url).origin === new URL(rules.appOrigin).origin;
  return postWebhook(request.url, request.headers, request.body, {
    timeoutMs: DELIVERY_TIMEOUT_MS,
    lookup: own || rules.allowPrivate ? undefined : publicOnlyLookup,
  });
}

/** One delivery attempt of an event already claimed by the caller (status PENDING). */
async function attempt(eventId: string, trigger: "first" | "replay" | "manual", db: SandboxDb): Promise<AttemptResult> {
  const event = getEvent(eventId, db);
  if (!event) throw new Error(`unknown webhook event ${eventId}`);
  const countsAsReplay = trigger !== "first";
  const decision = decide(configForEventType(event.merchantId, event.eventTypeCode, db), event);
  if (!decision.deliver) {
    // The webhook was removed or switched off since: the event stays retrievable by GET /events.
    recordAttempt(null, eventId, { status: decision.status, nextAttemptAt: null, countsAsReplay: false, at: clockNow(event.merchantId, db) }, db);
    return { status: decision.status, httpStatus: null, error: null };
  }
  const request = deliveryRequest(
    {
      timestamp: new Date(event.occurredAt).toISOString(),
      id: event.id,
      correlationId: event.correlationId,
      eventTypeCode: event.eventTypeCode,
      eventCode: event.eventCode,
      data: event.data,
    },
    decision.config,
    new Date(),
  );
  const started = performance.now();
  const { httpStatus, error } = await post(request, urlRulesOf(event.merchantId, db));
  const durationMs = Math.round(performance.now() - started);
  const at = clockNow(event.merchantId, db);
  const delivered = isAcknowledged(httpStatus);
  const nextReplay = at + REPLAY_INTERVAL_MS;
  const nextAttemptAt = delivered || nextReplay > event.occurredAt + REPLAY_WINDOW_MS ? null : nextReplay;
  const status: EventStatus = delivered ? "OK" : "ERROR";
  recordAttempt({ eventId, trigger, url: request.url, httpStatus, error, durationMs, at }, eventId, { status, nextAttemptAt, countsAsReplay, at }, db);
  return { status, httpStatus, error };
}

/**
 * Posts an event again now, whatever its status (console and controls).
 * Undefined when an attempt of this event is already under way.
 */
export async function replayNow(eventId: string, db: SandboxDb = sandboxDb()): Promise<AttemptResult | undefined> {
  if (!claimManual(eventId, db)) return undefined;
  return attempt(eventId, "manual", db);
}

/**
 * The scheduler's processor (registered as "webhook-replays"): posts every
 * replay of the merchant that is due at `nowMs` on its clock.
 */
export async function runDueReplays(merchantId: string, nowMs: number, db: SandboxDb = sandboxDb()): Promise<number> {
  let done = 0;
  for (const due of dueReplays(merchantId, nowMs, REPLAYS_PER_PASS, db)) {
    if (due.nextAttemptAt === null || !claimReplay(due.id, due.nextAttemptAt, db)) continue;
    await attempt(due.id, "replay", db);
    done += 1;
  }
  return done;
}
