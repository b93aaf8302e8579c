import { sql } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type { ApiVersion } from "@/server/sandbox/domain/api-versions";
import { DEMO_MERCHANT, MERCHANT_SEEDS } from "@/server/sandbox/domain/merchants-seed";
import { digest } from "./secrets";
import { merchants } from "@/db/sandbox/schema";

export interface SeedOptions {
  /** The demo merchant's E-financing version (SANDBOX_DEMO_API_VERSION). */
  readonly demoApiVersion?: ApiVersion;
}

/**
 * The bank's known merchants (server/sandbox/domain/merchants-seed.ts).
 * Idempotent: a re-run refreshes their name, contract and credentials and
 * keeps their clock, settings and subscriptions, except the demo merchant's
 * API version, which the environment decides at every run.
 */
export function seedSandbox(db: BetterSQLite3Database<Record<string, unknown>>, options: SeedOptions = {}): void {
  db.transaction((tx) => {
    for (const seed of MERCHANT_SEEDS) {
      const version = seed.id === DEMO_MERCHANT.id ? options.demoApiVersion : undefined;
      const values = {
        name: seed.name,
        clientId: seed.clientId,
        clientSecretHash: digest(seed.clientSecret),
        solutionCodes: [...seed.solutionCodes],
        seeded: true,
      };
      tx.insert(merchants)
        .values({ id: seed.id, ...values, settings: version ? { apiVersion: version } : {} })
        .onConflictDoUpdate({
          target: merchants.id,
          // json_set keeps the merchant's other settings (delays set in the console).
          set: version ? { ...values, settings: sql`json_set(${merchants.settings}, '$.apiVersion', ${version})` } : values,
        })
        .run();
    }
  });
}
