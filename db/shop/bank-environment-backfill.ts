import { isNull } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type { BankEnvironment } from "../../server/lib/bank-environment";
import * as schema from "./schema";

/**
 * Orders placed before the shop recorded its bank get the bank the deployment
 * is configured with now: a deployment keeps one bank (test and production
 * keys live on separate deployments), so that is where they went. Returns how
 * many orders it filled in; later runs find none.
 */
export function backfillBankEnvironment(db: BetterSQLite3Database<typeof schema>, environment: BankEnvironment): number {
  return db.update(schema.orders).set({ bankEnvironment: environment }).where(isNull(schema.orders.bankEnvironment)).run().changes;
}
