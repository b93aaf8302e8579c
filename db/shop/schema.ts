import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { BANK_ENVIRONMENTS } from "../../server/lib/bank-environment";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const products = sqliteTable("products", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  brand: text("brand").notNull(),
  model: text("model").notNull(),
  category: text("category").notNull(),
  description: text("description").notNull(),
  specifications: text("specifications").notNull(),
  sku: text("sku").notNull().unique(),
  priceCents: integer("price_cents").notNull(),
  imagePath: text("image_path").notNull(),
  createdAt: createdAt(),
});

export const adminUsers = sqliteTable("admin_users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  name: text("name").notNull(),
  /** A disabled admin cannot sign in, and a session already open is refused at its next request. */
  disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
  createdAt: createdAt(),
});

/**
 * rate-limiter-flexible's SQLite store (server/shop/auth/limiter-store.ts): login throttles and
 * placement limits, kept in the shop's database so that they hold across restarts.
 * The library's own layout: key, points consumed, expiry in epoch ms.
 */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: integer("expire"),
});

/** A cart lives on the server; the browser only holds its random id in a cookie. */
export const carts = sqliteTable("carts", {
  id: text("id").primaryKey(),
  country: text("country", { enum: ["FR", "DE"] }).notNull().default("FR"),
  createdAt: createdAt(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
});

export const cartItems = sqliteTable(
  "cart_items",
  {
    cartId: text("cart_id")
      .notNull()
      .references(() => carts.id, { onDelete: "cascade" }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id),
    quantity: integer("quantity").notNull(),
  },
  (t) => [primaryKey({ columns: [t.cartId, t.productId] }), index("cart_items_product_idx").on(t.productId)],
);

// ---------------------------------------------------------------------------
// Orders and what the bank was told (server/shop/orders, server/shop/bank).
// Amounts are integer cents; times are epoch milliseconds.
// ---------------------------------------------------------------------------

const nowMs = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

/** The merchant's view of an order; see server/shop/orders/states.ts for what each state means. */
export const ORDER_STATES = [
  "pending",
  "failed",
  "awaiting_financing",
  "pre_accepted",
  "accepted_to_ship",
  "delivered_awaiting_funding",
  "funded",
  "rejected",
  "aborted",
  "cancelled",
  "partially_cancelled",
] as const;

export const HISTORY_SOURCES = ["placement", "return", "reconciler", "webhook", "merchant_action"] as const;

export const orders = sqliteTable(
  "orders",
  {
    /** A UUID, sent to the bank as merchantGlobalOrderId. */
    id: text("id").primaryKey(),
    /**
     * The shop's order number, the one people read and quote (order pages,
     * back office, the bank's pages): short, derived once from the id at
     * placement (server/shop/orders/order-reference.ts) and kept.
     */
    reference: text("reference").notNull().unique(),
    /** Random, unguessable: the shopper's only key to the return and status pages. */
    publicToken: text("public_token").notNull().unique(),
    /**
     * One checkout attempt (from the checkout form): a double submit finds the
     * same order. Unique per cart among orders that did not fail, so that the
     * shopper can submit the same form again after the bank refused or was
     * down, and so that the same key sent from another cart never finds this
     * cart's order.
     */
    idempotencyKey: text("idempotency_key").notNull(),
    cartId: text("cart_id"),
    /** Sent to the bank as merchantBasketId and merchantBuyerId. */
    basketId: text("basket_id").notNull(),
    merchantBuyerId: text("merchant_buyer_id").notNull(),
    country: text("country", { enum: ["FR", "DE"] }).notNull(),
    solutionCode: text("solution_code").notNull(),
    solutionKind: text("solution_kind", { enum: ["split", "credit"] }).notNull(),
    currency: text("currency").notNull().default("EUR"),
    subtotalCents: integer("subtotal_cents").notNull(),
    deliveryCents: integer("delivery_cents").notNull(),
    totalCents: integer("total_cents").notNull(),
    /** Financed amount at placement. */
    initialFinancedCents: integer("initial_financed_cents").notNull(),
    /** What the bank should be financing now: the initial amount less accepted cancellations. */
    financedCents: integer("financed_cents").notNull(),
    cancelledCents: integer("cancelled_cents").notNull().default(0),
    state: text("state", { enum: ORDER_STATES }).notNull(),
    /** Set when the bank's financed amount differs from financedCents: the merchant must look. */
    onHold: integer("on_hold", { mode: "boolean" }).notNull().default(false),
    onHoldReason: text("on_hold_reason"),
    subscriptionId: text("subscription_id").unique(),
    /**
     * The bank the order was placed against (sandbox, uatc, prod), from the base URL and credentials in use
     * at placement. Null only for orders older than the column until `npm run db:migrate` fills them in.
     */
    bankEnvironment: text("bank_environment", { enum: BANK_ENVIRONMENTS }),
    /** Last values read from the bank. */
    bankStatus: text("bank_status"),
    bankSubStatus: text("bank_sub_status"),
    cancellationStatus: text("cancellation_status"),
    cancellationAlreadyMade: integer("cancellation_already_made", { mode: "boolean" }).notNull().default(false),
    bankFinancedCents: integer("bank_financed_cents"),
    isDelivered: integer("is_delivered", { mode: "boolean" }).notNull().default(false),
    /** The goods came back (1.7.1 `_confirmReturn`, or the bank's list item `isReturned`). */
    isReturned: integer("is_returned", { mode: "boolean" }).notNull().default(false),
    returnConfirmedAt: integer("return_confirmed_at"),
    /**
     * A cancellation asked through this shop that the producer has not decided yet
     * (Hanseatic answers REQUESTED): its amount, so that the bank's later decision
     * can be told apart from an amount changed behind the shop's back.
     */
    cancellationRequestedCents: integer("cancellation_requested_cents"),
    /** The bank's time of the first status read as ACCEPTED (start of the 90-day cancellation window). */
    acceptedAt: integer("accepted_at"),
    deliveryConfirmedAt: integer("delivery_confirmed_at"),
    trackingNumber: text("tracking_number"),
    deliveryOperator: text("delivery_operator"),
    /** The bank's journey for the buyer, as answered at creation ("url" or "page" HTML). */
    redirectType: text("redirect_type", { enum: ["url", "page"] }),
    redirectValue: text("redirect_value"),
    lastErrorCode: text("last_error_code"),
    /** The English sentence, for logs; rows from before last_error_detail hold only it. */
    lastErrorMessage: text("last_error_message"),
    /** The same failure as data (JSON: its sentence's key and the bank's own words), said in the reader's language where shown. */
    lastErrorDetail: text("last_error_detail"),
    lastSyncedAt: integer("last_synced_at"),
    createdAt: integer("created_at").notNull().default(nowMs),
    updatedAt: integer("updated_at").notNull().default(nowMs),
  },
  (t) => [
    index("orders_state_idx").on(t.state, t.createdAt),
    index("orders_created_idx").on(t.createdAt),
    uniqueIndex("orders_cart_idempotency_key_live_uq").on(t.cartId, t.idempotencyKey).where(sql`state <> 'failed'`),
    index("orders_cart_idx").on(t.cartId, t.state),
  ],
);

/** A snapshot of each product as sold: the catalogue may change after the order. */
export const orderLines = sqliteTable(
  "order_lines",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    productId: integer("product_id").notNull(),
    sku: text("sku").notNull(),
    /** The product's name in French, the catalogue's own language (also the label the bank receives). */
    label: text("label").notNull(),
    /** Its English and German names as they were at placement: a later catalogue change rewrites no past order. */
    nameEn: text("name_en").notNull(),
    nameDe: text("name_de").notNull(),
    brand: text("brand").notNull(),
    model: text("model").notNull(),
    category: text("category").notNull(),
    description: text("description").notNull(),
    specifications: text("specifications").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    quantity: integer("quantity").notNull(),
    lineTotalCents: integer("line_total_cents").notNull(),
  },
  (t) => [index("order_lines_order_idx").on(t.orderId)],
);

export const orderBuyers = sqliteTable(
  "order_buyers",
  {
    orderId: text("order_id")
      .primaryKey()
      .references(() => orders.id, { onDelete: "cascade" }),
    commonTitle: text("common_title", { enum: ["MR", "MRS"] }).notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email").notNull(),
    /** E.164 (+33..., +49...). */
    mobilePhone: text("mobile_phone").notNull(),
    birthDate: text("birth_date"),
    birthName: text("birth_name"),
    birthCity: text("birth_city"),
    birthCountry: text("birth_country"),
  },
  (t) => [index("order_buyers_email_idx").on(t.email), index("order_buyers_last_name_idx").on(t.lastName)],
);

export const orderAddresses = sqliteTable(
  "order_addresses",
  {
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["billing", "delivery"] }).notNull(),
    streetNumber: integer("street_number"),
    streetNumberSuffix: text("street_number_suffix"),
    streetName: text("street_name").notNull(),
    complement: text("complement"),
    zipCode: text("zip_code").notNull(),
    city: text("city").notNull(),
    region: text("region").notNull(),
    countryCode: text("country_code").notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.kind] })],
);

/** Every change of an order's state or hold flag, with what caused it. */
export const orderStatusHistory = sqliteTable(
  "order_status_history",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    at: integer("at").notNull(),
    source: text("source", { enum: HISTORY_SOURCES }).notNull(),
    fromState: text("from_state", { enum: ORDER_STATES }),
    toState: text("to_state", { enum: ORDER_STATES }).notNull(),
    onHold: integer("on_hold", { mode: "boolean" }).notNull().default(false),
    bankStatus: text("bank_status"),
    bankSubStatus: text("bank_sub_status"),
    cancellationStatus: text("cancellation_status"),
    bankFinancedCents: integer("bank_financed_cents"),
    note: text("note"),
  },
  (t) => [index("order_status_history_order_idx").on(t.orderId, t.id)],
);

/**
 * One row per HTTP attempt made to the bank (token requests included).
 * Summaries are redacted: no secrets, tokens or personal data, ever.
 */
export const bankApiCalls = sqliteTable(
  "bank_api_calls",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    /** The operationId of the contract (requestAccessToken for the token endpoint). */
    operation: text("operation").notNull(),
    method: text("method").notNull(),
    /** Path below the bank's base URL, ids included, query limited to non-personal parameters. */
    path: text("path").notNull(),
    /** Null when no answer came (timeout, connection dropped). */
    httpStatus: integer("http_status"),
    latencyMs: integer("latency_ms").notNull(),
    errorCode: text("error_code"),
    errorKind: text("error_kind"),
    orderId: text("order_id"),
    attempt: integer("attempt").notNull(),
    requestSummary: text("request_summary"),
    responseSummary: text("response_summary"),
  },
  (t) => [
    index("bank_api_calls_at_idx").on(t.at),
    index("bank_api_calls_order_idx").on(t.orderId, t.at),
    index("bank_api_calls_operation_idx").on(t.operation, t.at),
  ],
);

/** Webhook events received from the bank, by event id: a replay finds its row and changes nothing. */
export const webhookEvents = sqliteTable(
  "webhook_events",
  {
    eventId: text("event_id").primaryKey(),
    receivedAt: integer("received_at").notNull(),
    eventTypeCode: text("event_type_code").notNull(),
    eventCode: text("event_code"),
    merchantGlobalOrderId: text("merchant_global_order_id"),
    orderId: text("order_id"),
    /** The status the event announced: a hint only, the bank is re-read before acting. */
    hintStatus: text("hint_status"),
    signatureTimestamp: text("signature_timestamp").notNull(),
    /** Null until the order has been re-read from the bank; a replay of an unprocessed event is processed again. */
    processedAt: integer("processed_at"),
    outcome: text("outcome"),
    timesReceived: integer("times_received").notNull().default(1),
  },
  (t) => [index("webhook_events_order_idx").on(t.orderId)],
);

/**
 * The merchant's financing settings (server/shop/financing/settings.ts), one
 * row per save: the last row is in force, the earlier ones are its history,
 * each with who saved it and what it changed.
 */
export const financingSettingsRevisions = sqliteTable("financing_settings_revisions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** The whole settings document as saved, checked again when read. */
  settings: text("settings", { mode: "json" }).notNull(),
  /** SettingsChange[] against the previous revision. */
  changes: text("changes", { mode: "json" }).notNull(),
  changedBy: text("changed_by").notNull(),
  changedAt: integer("changed_at").notNull(),
});
