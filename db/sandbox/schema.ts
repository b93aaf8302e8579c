/**
 * The bank sandbox's own tables. Times named *_at are epoch milliseconds:
 * on the merchant's virtual clock for everything the bank's business rules
 * read (registration, last update, acceptance, due work), on the real clock
 * for technical things (token expiry, row creation).
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { SubscriptionRequest } from "@/server/contract";

const realNow = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const merchants = sqliteTable("merchants", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  clientId: text("client_id").notNull().unique(),
  /** sha256 hex of the client secret: the secret itself is shown once, at creation. */
  clientSecretHash: text("client_secret_hash").notNull(),
  /** JSON array of contracted solution codes. */
  solutionCodes: text("solution_codes", { mode: "json" }).$type<string[]>().notNull(),
  /** true for the merchants of the seed, false for test merchants created over the controls. */
  seeded: integer("seeded", { mode: "boolean" }).notNull().default(false),
  /** Virtual clock: the merchant's "now" is the real time plus this offset. */
  clockOffsetMs: integer("clock_offset_ms").notNull().default(0),
  /** JSON: delays of the scheduled transitions (see server/sandbox/planning/settings.ts). */
  settings: text("settings", { mode: "json" }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
  /** JSON: fault injection (see server/sandbox/http/faults.ts); null when none. */
  faults: text("faults", { mode: "json" }).$type<Record<string, unknown> | null>(),
  createdAt: integer("created_at").notNull().default(realNow),
});

export const accessTokens = sqliteTable(
  "access_tokens",
  {
    /** sha256 hex of the bearer token. */
    tokenHash: text("token_hash").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id, { onDelete: "cascade" }),
    scope: text("scope").notNull(),
    /** Real time: a token lives 900 s whatever the merchant's virtual clock says. */
    expiresAt: integer("expires_at").notNull(),
    createdAt: integer("created_at").notNull().default(realNow),
  },
  (t) => [index("access_tokens_expires_idx").on(t.expiresAt)],
);

export const subscriptions = sqliteTable(
  "subscriptions",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id, { onDelete: "cascade" }),
    /** The OAuth client that created it (the detail response's clientId). */
    clientId: text("client_id").notNull(),
    solutionCode: text("solution_code").notNull(),
    marketTypeCode: text("market_type_code").notNull(),
    status: text("status").notNull(),
    subStatus: text("sub_status").notNull(),
    financedAmountCents: integer("financed_amount_cents").notNull(),
    /** The amount first requested; financedAmountCents decreases with a partial cancellation. */
    initialAmountCents: integer("initial_amount_cents").notNull(),
    merchantGlobalOrderId: text("merchant_global_order_id").notNull(),
    merchantBasketId: text("merchant_basket_id").notNull(),
    merchantBuyerId: text("merchant_buyer_id").notNull(),
    /** Duration chosen by the buyer for a long credit (months), set by the journey. */
    durationMonths: integer("duration_months"),
    /** The whole POST /subscriptions body, as received. */
    request: text("request", { mode: "json" }).$type<SubscriptionRequest>().notNull(),
    /** Random secret of the journey URL handed to the buyer. */
    journeyToken: text("journey_token").notNull(),
    cancellationStatus: text("cancellation_status"),
    cancellationAlreadyMade: integer("cancellation_already_made", { mode: "boolean" }).notNull().default(false),
    partialCancellationMade: integer("partial_cancellation_made", { mode: "boolean" }).notNull().default(false),
    /** Amount of a cancellation request the producer has not decided yet (Hanseatic). */
    pendingCancellationCents: integer("pending_cancellation_cents"),
    isDelivered: integer("is_delivered", { mode: "boolean" }).notNull().default(false),
    isReturned: integer("is_returned", { mode: "boolean" }).notNull().default(false),
    trackingNumber: text("tracking_number"),
    deliveryOperator: text("delivery_operator"),
    registeredAt: integer("registered_at").notNull(),
    lastUpdateAt: integer("last_update_at").notNull(),
    acceptedAt: integer("accepted_at"),
    deliveredAt: integer("delivered_at"),
  },
  (t) => [
    uniqueIndex("subscriptions_merchant_order_uq").on(t.merchantId, t.merchantGlobalOrderId),
    index("subscriptions_merchant_basket_idx").on(t.merchantId, t.merchantBasketId),
    index("subscriptions_status_idx").on(t.status, t.lastUpdateAt),
    // The list endpoint pages newest first per merchant: without this, every page sorts all of the merchant's rows.
    index("subscriptions_merchant_registered_idx").on(t.merchantId, t.registeredAt),
  ],
);

export const transitions = sqliteTable(
  "transitions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    subscriptionId: text("subscription_id")
      .notNull()
      .references(() => subscriptions.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    source: text("source").notNull(),
    fromStatus: text("from_status"),
    fromSubStatus: text("from_sub_status"),
    toStatus: text("to_status").notNull(),
    toSubStatus: text("to_sub_status").notNull(),
    /** Extra facts of the move (cancelled amount, tracking number...), JSON. */
    details: text("details", { mode: "json" }).$type<Record<string, string | number>>(),
    /** Virtual time of the merchant. */
    at: integer("at").notNull(),
    createdAt: integer("created_at").notNull().default(realNow),
  },
  (t) => [index("transitions_subscription_idx").on(t.subscriptionId, t.id)],
);

export const cancellations = sqliteTable(
  "cancellations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    subscriptionId: text("subscription_id")
      .notNull()
      .references(() => subscriptions.id, { onDelete: "cascade" }),
    /** The whole _cancel body, as received. */
    request: text("request", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    amountCents: integer("amount_cents").notNull(),
    outcome: text("outcome").notNull(),
    at: integer("at").notNull(),
  },
  (t) => [index("cancellations_subscription_idx").on(t.subscriptionId)],
);

/** Transitions to run later, on the merchant's virtual clock. */
export const dueWork = sqliteTable(
  "due_work",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id, { onDelete: "cascade" }),
    subscriptionId: text("subscription_id")
      .notNull()
      .references(() => subscriptions.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    dueAt: integer("due_at").notNull(),
    /** pending | done | refused | cancelled */
    state: text("state").notNull().default("pending"),
    note: text("note"),
    doneAt: integer("done_at"),
  },
  (t) => [index("due_work_pending_idx").on(t.state, t.merchantId, t.dueAt)],
);
