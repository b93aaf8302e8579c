import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { MERCHANT_SEEDS } from "@/server/sandbox/domain/merchants-seed";
import { digest } from "@/server/sandbox/store/secrets";
import { merchants } from "./schema";

/**
 * The bank's known merchants (server/sandbox/domain/merchants-seed.ts).
 * Idempotent: a re-run refreshes their name, contract and credentials and
 * keeps their clock, settings and subscriptions.
 */
export function seedSandbox(db: BetterSQLite3Database<Record<string, unknown>>): void {
  db.transaction((tx) => {
    for (const seed of MERCHANT_SEEDS) {
      const values = {
        name: seed.name,
        clientId: seed.clientId,
        clientSecretHash: digest(seed.clientSecret),
        solutionCodes: [...seed.solutionCodes],
        seeded: true,
      };
      tx.insert(merchants)
        .values({ id: seed.id, ...values })
        .onConflictDoUpdate({ target: merchants.id, set: values })
        .run();
    }
  });
}
