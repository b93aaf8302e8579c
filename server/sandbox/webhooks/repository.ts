import "server-only";
import { and, asc, count, desc, eq, gte, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import { sandboxDb, type SandboxDb } from "@/db/sandbox/client";
import { webhookConfigs, webhookDeliveryAttempts, webhookEvents } from "@/db/sandbox/schema-webhooks";
import { ANY, HELLO_WORLD } from "./catalogue";

/**
 * The webhook tables: configurations, events and delivery attempts. Plain
 * data access; the delivery rules live in dispatcher.ts.
 */
export type WebhookConfig = typeof webhookConfigs.$inferSelect;
export type WebhookEventRow = typeof webhookEvents.$inferSelect;
export type DeliveryAttemptRow = typeof webhookDeliveryAttempts.$inferSelect;
export type EventStatus = "PENDING" | "OK" | "ERROR" | "INACTIVE" | "NO_CONFIG";

export interface ConfigInput {
  readonly eventTypeCode: string;
  readonly active?: boolean;
  readonly url?: string | null;
  readonly authMethod?: string | null;
  readonly authLogin?: string | null;
  readonly authPassword?: string | null;
  readonly authScope?: string | null;
  readonly keyForSignature?: string | null;
  readonly secret?: string | null;
  readonly emailForAlerts?: string | null;
  readonly activeEventCodes?: readonly string[] | null;
}

export function getConfig(merchantId: string, eventTypeCode: string, db: SandboxDb = sandboxDb()): WebhookConfig | undefined {
  return db
    .select()
    .from(webhookConfigs)
    .where(and(eq(webhookConfigs.merchantId, merchantId), eq(webhookConfigs.eventTypeCode, eventTypeCode)))
    .get();
}

export function listConfigs(merchantId: string, db: SandboxDb = sandboxDb()): WebhookConfig[] {
  return db.select().from(webhookConfigs).where(eq(webhookConfigs.merchantId, merchantId)).orderBy(asc(webhookConfigs.id)).all();
}

/**
 * PUT /webhooks replaces the configuration of the event type as a whole: a
 * field left out of the request goes back to its default (null, inactive,
 * every event code), as the contract describes each default.
 */
export function putConfig(merchantId: string, input: ConfigInput, db: SandboxDb = sandboxDb()): WebhookConfig {
  const values = {
    active: input.active ?? false,
    url: input.url ?? null,
    authMethod: input.authMethod ?? null,
    authLogin: input.authLogin ?? null,
    authPassword: input.authPassword ?? null,
    authScope: input.authScope ?? null,
    keyForSignature: input.keyForSignature ?? null,
    secret: input.secret ?? null,
    emailForAlerts: input.emailForAlerts ?? null,
    activeEventCodes: input.activeEventCodes ? [...input.activeEventCodes] : null,
    updatedAt: Date.now(),
  };
  return db
    .insert(webhookConfigs)
    .values({ merchantId, eventTypeCode: input.eventTypeCode, ...values })
    .onConflictDoUpdate({ target: [webhookConfigs.merchantId, webhookConfigs.eventTypeCode], set: values })
    .returning()
    .get();
}

/**
 * The configuration an event of this type goes to: the one set for its type,
 * else the merchant's ANY configuration. HELLO_WORLD test events fall back
 * further, to any configuration with a URL, so that a merchant can test the
 * endpoint of the webhook it actually set up.
 */
export function configForEventType(merchantId: string, eventTypeCode: string, db: SandboxDb = sandboxDb()): WebhookConfig | undefined {
  const exact = getConfig(merchantId, eventTypeCode, db) ?? getConfig(merchantId, ANY, db);
  if (exact || eventTypeCode !== HELLO_WORLD) return exact;
  return listConfigs(merchantId, db).find((c) => c.url);
}

export interface NewEvent {
  readonly id: string;
  readonly merchantId: string;
  readonly subscriptionId: string | null;
  readonly correlationId: string;
  readonly eventTypeCode: string;
  readonly eventCode: string;
  readonly data: Record<string, unknown>;
  readonly occurredAt: number;
  readonly status: EventStatus;
}

export function insertEvent(event: NewEvent, db: SandboxDb = sandboxDb()): WebhookEventRow {
  return db.insert(webhookEvents).values(event).returning().get();
}

export function getEvent(id: string, db: SandboxDb = sandboxDb()): WebhookEventRow | undefined {
  return db.select().from(webhookEvents).where(eq(webhookEvents.id, id)).get();
}

export interface EventFilter {
  readonly merchantId: string;
  readonly status?: string;
  readonly eventTypeCode?: string;
  readonly eventCode?: string;
  readonly subscriptionId?: string;
  readonly fromTimestamp?: number;
  readonly toTimestamp?: number;
}

const SORTABLE = {
  timestamp: webhookEvents.occurredAt,
  eventCode: webhookEvents.eventCode,
  eventTypeCode: webhookEvents.eventTypeCode,
  status: webhookEvents.status,
} as const;
export type SortKey = keyof typeof SORTABLE;
export const SORT_KEYS = Object.keys(SORTABLE) as SortKey[];

function where(filter: EventFilter): SQL | undefined {
  const conditions: SQL[] = [eq(webhookEvents.merchantId, filter.merchantId)];
  // PENDING (first attempt under way) is reported as ERROR: not delivered yet.
  if (filter.status === "ERROR") conditions.push(sql`${webhookEvents.status} in ('ERROR', 'PENDING')`);
  else if (filter.status) conditions.push(eq(webhookEvents.status, filter.status));
  if (filter.eventTypeCode && filter.eventTypeCode !== ANY) conditions.push(eq(webhookEvents.eventTypeCode, filter.eventTypeCode));
  if (filter.eventCode) conditions.push(eq(webhookEvents.eventCode, filter.eventCode));
  if (filter.subscriptionId) conditions.push(eq(webhookEvents.subscriptionId, filter.subscriptionId));
  if (filter.fromTimestamp !== undefined) conditions.push(gte(webhookEvents.occurredAt, filter.fromTimestamp));
  if (filter.toTimestamp !== undefined) conditions.push(lte(webhookEvents.occurredAt, filter.toTimestamp));
  return and(...conditions);
}

export function listEvents(
  filter: EventFilter,
  page: { index: number; size: number; sort: SortKey; descending: boolean },
  db: SandboxDb = sandboxDb(),
): { total: number; events: WebhookEventRow[] } {
  const condition = where(filter);
  const total = db.select({ n: count() }).from(webhookEvents).where(condition).get()?.n ?? 0;
  const column = SORTABLE[page.sort];
  const events = db
    .select()
    .from(webhookEvents)
    .where(condition)
    .orderBy(page.descending ? desc(column) : asc(column), page.descending ? desc(webhookEvents.createdAt) : asc(webhookEvents.createdAt))
    .limit(page.size)
    .offset((page.index - 1) * page.size)
    .all();
  return { total, events };
}

export function listAttempts(eventId: string, db: SandboxDb = sandboxDb()): DeliveryAttemptRow[] {
  return db.select().from(webhookDeliveryAttempts).where(eq(webhookDeliveryAttempts.eventId, eventId)).orderBy(asc(webhookDeliveryAttempts.id)).all();
}

/**
 * Takes the event for one delivery attempt: only one caller wins (the
 * scheduler, a manual replay and the first delivery never post it twice at
 * once). `expectedNextAttemptAt` is the value the caller read.
 */
export function claimReplay(eventId: string, expectedNextAttemptAt: number, db: SandboxDb = sandboxDb()): boolean {
  const result = db
    .update(webhookEvents)
    .set({ nextAttemptAt: null, status: "PENDING" })
    .where(and(eq(webhookEvents.id, eventId), eq(webhookEvents.nextAttemptAt, expectedNextAttemptAt)))
    .run();
  return result.changes === 1;
}

/** A merchant reset: its events go with its subscriptions (test events included). */
export function deleteMerchantEvents(merchantId: string, db: SandboxDb = sandboxDb()): number {
  return db.delete(webhookEvents).where(eq(webhookEvents.merchantId, merchantId)).run().changes;
}

/** Takes the event for a replay asked by hand, whatever its status, unless an attempt is under way. */
export function claimManual(eventId: string, db: SandboxDb = sandboxDb()): boolean {
  const result = db
    .update(webhookEvents)
    .set({ nextAttemptAt: null, status: "PENDING" })
    .where(and(eq(webhookEvents.id, eventId), sql`${webhookEvents.status} <> 'PENDING'`))
    .run();
  return result.changes === 1;
}

/**
 * After a restart no attempt is under way any more: events left PENDING by
 * the previous process become due again at once.
 */
export function releaseInterruptedAttempts(db: SandboxDb = sandboxDb()): number {
  return db
    .update(webhookEvents)
    .set({ status: "ERROR", nextAttemptAt: sql`coalesce(${webhookEvents.lastAttemptAt}, ${webhookEvents.occurredAt})` })
    .where(eq(webhookEvents.status, "PENDING"))
    .run().changes;
}

/** The merchant's events whose replay is due at `nowMs` on its virtual clock, oldest first. */
export function dueReplays(merchantId: string, nowMs: number, limit: number, db: SandboxDb = sandboxDb()): Pick<WebhookEventRow, "id" | "nextAttemptAt">[] {
  return db
    .select({ id: webhookEvents.id, nextAttemptAt: webhookEvents.nextAttemptAt })
    .from(webhookEvents)
    .where(
      and(
        eq(webhookEvents.merchantId, merchantId),
        eq(webhookEvents.status, "ERROR"),
        isNotNull(webhookEvents.nextAttemptAt),
        lte(webhookEvents.nextAttemptAt, nowMs),
      ),
    )
    .orderBy(asc(webhookEvents.nextAttemptAt))
    .limit(limit)
    .all();
}

export interface AttemptRecord {
  readonly eventId: string;
  readonly trigger: "first" | "replay" | "manual";
  readonly url: string;
  readonly httpStatus: number | null;
  readonly error: string | null;
  readonly durationMs: number;
  readonly at: number;
}

export interface EventUpdate {
  readonly status: EventStatus;
  readonly nextAttemptAt: number | null;
  readonly countsAsReplay: boolean;
}

/** Stores one attempt and the event's new delivery state, atomically. */
export function recordAttempt(attempt: AttemptRecord | null, eventId: string, update: EventUpdate & { at: number }, db: SandboxDb = sandboxDb()): void {
  db.transaction((tx) => {
    if (attempt) tx.insert(webhookDeliveryAttempts).values(attempt).run();
    tx.update(webhookEvents)
      .set({
        status: update.status,
        nextAttemptAt: update.nextAttemptAt,
        ...(update.countsAsReplay ? { replayCount: sql`coalesce(${webhookEvents.replayCount}, 0) + 1` } : {}),
        ...(attempt ? { lastAttemptAt: update.at, lastHttpStatus: attempt.httpStatus } : {}),
      })
      .where(eq(webhookEvents.id, eventId))
      .run();
  });
}
