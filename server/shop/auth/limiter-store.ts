import "server-only";
import { RateLimiterSQLite } from "rate-limiter-flexible";
import type { ShopDb } from "@/db/shop/client";

/**
 * rate-limiter-flexible over the shop's SQLite database (table `rate_limits`,
 * created by the shop's migrations in the library's own layout), so that
 * every throttle and limit holds across restarts and is shared by the
 * processes that share the database.
 */
export interface LimiterOptions {
  /** Prefix of the keys in the table: one per limiter. */
  keyPrefix: string;
  points: number;
  /** Seconds before the points consumed are forgotten. */
  duration: number;
}

export function sqliteLimiter(db: ShopDb, options: LimiterOptions): RateLimiterSQLite {
  return new RateLimiterSQLite({
    // drizzle() keeps the better-sqlite3 connection it was given as $client.
    storeClient: (db as unknown as { $client: unknown }).$client,
    storeType: "better-sqlite3",
    tableName: "rate_limits",
    tableCreated: true,
    clearExpiredByTimeout: false,
    ...options,
  });
}

/** The client's address: the last X-Forwarded-For hop, which Next sets to the peer's address and a reverse proxy appends to (README). */
export function clientAddress(headers: { get(name: string): string | null }): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  return (hops.at(-1) ?? "unknown").replace(/^::ffff:/, "").slice(0, 64);
}

