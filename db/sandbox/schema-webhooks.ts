/**
 * The bank's webhook tables (merchant-webhooks API 1.0.6): what each merchant
 * configured, every event the bank raised, and every delivery attempt.
 * Times named *_at without "real" are on the merchant's virtual clock (epoch
 * ms), like the rest of the sandbox's business times.
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { merchants, subscriptions } from "./schema";

const realNow = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

/** One configuration per merchant and event type code (ANY, SC_SUBSCRIPTION, SC_CANCEL_REQUEST, HELLO_WORLD). */
export const webhookConfigs = sqliteTable(
  "webhook_configs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id, { onDelete: "cascade" }),
    eventTypeCode: text("event_type_code").notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(false),
    url: text("url"),
    /** NONE | BASIC_AUTH | API_KEY */
    authMethod: text("auth_method"),
    authLogin: text("auth_login"),
    authPassword: text("auth_password"),
    authScope: text("auth_scope"),
    keyForSignature: text("key_for_signature"),
    secret: text("secret"),
    emailForAlerts: text("email_for_alerts"),
    /** null: every event code of the type, current and future. */
    activeEventCodes: text("active_event_codes", { mode: "json" }).$type<string[] | null>(),
    updatedAt: integer("updated_at").notNull().default(realNow),
  },
  (t) => [uniqueIndex("webhook_configs_merchant_type_uq").on(t.merchantId, t.eventTypeCode)],
);

export const webhookEvents = sqliteTable(
  "webhook_events",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id, { onDelete: "cascade" }),
    /** null for HELLO_WORLD test events. */
    subscriptionId: text("subscription_id").references(() => subscriptions.id, { onDelete: "cascade" }),
    correlationId: text("correlation_id").notNull(),
    eventTypeCode: text("event_type_code").notNull(),
    eventCode: text("event_code").notNull(),
    /** The event's `data` payload, as sent. */
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    /** When the event happened (virtual clock): the event's `timestamp`. */
    occurredAt: integer("occurred_at").notNull(),
    /** PENDING (first attempt under way) | OK | ERROR | INACTIVE | NO_CONFIG */
    status: text("status").notNull(),
    /** null until the first replay, then 1, 2, ... */
    replayCount: integer("replay_count"),
    /** When the next replay is due (virtual clock); null when none will happen. */
    nextAttemptAt: integer("next_attempt_at"),
    lastAttemptAt: integer("last_attempt_at"),
    lastHttpStatus: integer("last_http_status"),
    createdAt: integer("created_at").notNull().default(realNow),
  },
  (t) => [
    index("webhook_events_merchant_idx").on(t.merchantId, t.occurredAt),
    index("webhook_events_due_idx").on(t.status, t.nextAttemptAt),
    index("webhook_events_subscription_idx").on(t.subscriptionId),
  ],
);

export const webhookDeliveryAttempts = sqliteTable(
  "webhook_delivery_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: text("event_id")
      .notNull()
      .references(() => webhookEvents.id, { onDelete: "cascade" }),
    /** first | replay | manual (a replay asked from the console or the controls) */
    trigger: text("trigger").notNull(),
    url: text("url").notNull(),
    /** null when no HTTP answer came back (refused, timeout...). */
    httpStatus: integer("http_status"),
    error: text("error"),
    durationMs: integer("duration_ms").notNull(),
    /** Virtual time of the attempt. */
    at: integer("at").notNull(),
    realAt: integer("real_at").notNull().default(realNow),
  },
  (t) => [index("webhook_attempts_event_idx").on(t.eventId, t.id)],
);
