/**
 * Reads (and, for one fixture, writes) the bench server's own temporary
 * databases. Raw SQL on purpose: the bench looks at the tables from outside,
 * as an operator would, without importing either side's code.
 */
import Database from "better-sqlite3";

function open(path: string, readonly: boolean): Database.Database {
  const db = new Database(path, { readonly, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}

function withDb<T>(path: string, readonly: boolean, work: (db: Database.Database) => T): T {
  const db = open(path, readonly);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** The id of the last row of the shop's bank API log (0 when empty). */
export function lastBankCallId(shopDbPath: string): number {
  return withDb(shopDbPath, true, (db) => (db.prepare("SELECT coalesce(max(id), 0) AS id FROM bank_api_calls").get() as { id: number }).id);
}

/** HTTP attempts logged by the shop since `afterId`, by operation (the contract's operationId). */
export function bankCallsSince(shopDbPath: string, afterId: number): Record<string, number> {
  return withDb(shopDbPath, true, (db) => {
    const rows = db.prepare("SELECT operation, count(*) AS n FROM bank_api_calls WHERE id > ? GROUP BY operation").all(afterId) as { operation: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.operation, r.n]));
  });
}

export function productPrices(shopDbPath: string): { slug: string; priceCents: number }[] {
  return withDb(shopDbPath, true, (db) => db.prepare("SELECT slug, price_cents AS priceCents FROM products ORDER BY id").all() as { slug: string; priceCents: number }[]);
}

/**
 * The product the figures use: the one priced nearest 1,000 €, where every
 * journey of the demo merchant is eligible (the offers block at its largest).
 */
export function referenceProduct(shopDbPath: string): { id: number; slug: string; priceCents: number } {
  return withDb(shopDbPath, true, (db) => {
    const row = db.prepare("SELECT id, slug, price_cents AS priceCents FROM products ORDER BY abs(price_cents - 100000), id LIMIT 1").get();
    if (!row) throw new Error("the catalogue is empty");
    return row as { id: number; slug: string; priceCents: number };
  });
}

/** The POST /subscriptions body as the bank received it (the sandbox keeps it whole). */
export function receivedSubscriptionRequest(sandboxDbPath: string, subscriptionId: string): Record<string, unknown> {
  return withDb(sandboxDbPath, true, (db) => {
    const row = db.prepare("SELECT request FROM subscriptions WHERE id = ?").get(subscriptionId) as { request: string } | undefined;
    if (!row) throw new Error(`no subscription ${subscriptionId} in the sandbox database`);
    return JSON.parse(row.request) as Record<string, unknown>;
  });
}

/** Access tokens the bank issued to a merchant (the sandbox stores one row per token). */
export function tokensIssued(sandboxDbPath: string, merchantId: string): number {
  return withDb(sandboxDbPath, true, (db) => (db.prepare("SELECT count(*) AS n FROM access_tokens WHERE merchant_id = ?").get(merchantId) as { n: number }).n);
}

export function subscriptionCount(sandboxDbPath: string, merchantId: string): number {
  return withDb(sandboxDbPath, true, (db) => (db.prepare("SELECT count(*) AS n FROM subscriptions WHERE merchant_id = ?").get(merchantId) as { n: number }).n);
}

/**
 * Benchmark fixture: copies every subscription of `from` (made over the API,
 * so each row is what the sandbox itself writes) `copies` times into `to`,
 * with fresh ids, order ids and journey tokens, registered one second apart
 * further back in time. Only the subscriptions table: the listing reads no other.
 * Columns are taken from the table itself, so a new column is copied as is.
 */
export function cloneSubscriptions(sandboxDbPath: string, from: string, to: { merchantId: string; clientId: string }, copies: number): number {
  return withDb(sandboxDbPath, false, (db) => {
    const columns = (db.prepare("SELECT name FROM pragma_table_info('subscriptions')").all() as { name: string }[]).map((c) => c.name);
    const uuid = "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";
    const replaced: Record<string, string> = {
      id: uuid,
      merchant_id: ":to",
      client_id: ":client",
      merchant_global_order_id: "s.merchant_global_order_id || '-' || n.i",
      journey_token: "lower(hex(randomblob(24)))",
      registered_at: "s.registered_at - n.i * 1000",
      last_update_at: "s.last_update_at - n.i * 1000",
    };
    const select = columns.map((c) => replaced[c] ?? `s."${c}"`).join(", ");
    const sql = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :copies)
      INSERT INTO subscriptions (${columns.map((c) => `"${c}"`).join(", ")})
      SELECT ${select} FROM subscriptions AS s, n WHERE s.merchant_id = :from`;
    const result = db.transaction(() => db.prepare(sql).run({ copies, from, to: to.merchantId, client: to.clientId }))();
    // Fold the copy into the database file now: left in the write-ahead log, it would be checkpointed
    // by the server's next write, a stall charged to whatever the bench measures then.
    db.pragma("wal_checkpoint(TRUNCATE)");
    return result.changes;
  });
}

/** The bank's subscription id for the order behind a public (shopper) token. */
export function subscriptionOfOrder(shopDbPath: string, publicToken: string): string {
  return withDb(shopDbPath, true, (db) => {
    const row = db.prepare("SELECT subscription_id AS id FROM orders WHERE public_token = ?").get(publicToken) as { id: string | null } | undefined;
    if (!row?.id) throw new Error(`the order of token ${publicToken} has no subscription`);
    return row.id;
  });
}

/** When the shop's client started one operation for the order behind a public token, and how long it took. */
export function orderBankCall(shopDbPath: string, publicToken: string, operation: string): { at: number; latencyMs: number } | undefined {
  return withDb(shopDbPath, true, (db) =>
    db
      .prepare(
        `SELECT c.at AS at, c.latency_ms AS latencyMs FROM bank_api_calls c JOIN orders o ON o.id = c.order_id
         WHERE o.public_token = ? AND c.operation = ? ORDER BY c.id LIMIT 1`,
      )
      .get(publicToken, operation) as { at: number; latencyMs: number } | undefined,
  );
}
