/**
 * Brings both databases to the latest schema and seeds them:
 * the shop's (catalogue, admin) and, in demo mode, the bank sandbox's
 * (merchants, contracts). Safe to run any number of times. In production mode
 * it refuses the same environments as the server does (a demo admin password
 * would be written to the database).
 */
import { existsSync } from "node:fs";
import { loadEnvConfig } from "@next/env";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { backfillBankEnvironment } from "../db/shop/bank-environment-backfill";
import * as shopSchema from "../db/shop/schema";
import { seedShop } from "../db/shop/seed";
import { openSqlite } from "../db/sqlite";
import { EnvError, parseEnv } from "../server/env";
import { seedDemoFinancingSettings } from "../server/shop/financing/demo-settings";

async function main(): Promise<void> {
  // Same .env files as `next start`, so the migration writes where the server reads.
  loadEnvConfig(process.cwd());
  const env = parseEnv(process.env);

  const shop = drizzle(openSqlite(env.DATABASE_PATH), { schema: shopSchema });
  migrate(shop, { migrationsFolder: "db/shop/migrations" });
  seedShop(shop, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
  seedDemoFinancingSettings(shop);
  const backfilled = backfillBankEnvironment(shop, env.BANK_ENVIRONMENT);
  if (backfilled > 0) console.log(`${backfilled} older orders recorded as placed against ${env.BANK_ENVIRONMENT}`);
  shop.$client.close();
  console.log(`shop database ready: ${env.DATABASE_PATH}`);

  // Production mounts no sandbox: its database is neither created nor seeded with the demo merchants.
  if (env.APP_MODE === "demo" && existsSync("db/sandbox/migrations")) {
    const { migrateAndSeedSandbox } = await import("../server/sandbox/migrate-and-seed");
    migrateAndSeedSandbox(env.SANDBOX_DATABASE_PATH);
    console.log(`sandbox database ready: ${env.SANDBOX_DATABASE_PATH}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
