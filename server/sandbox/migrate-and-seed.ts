import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { openSqlite } from "@/db/sqlite";
import { seedSandbox } from "./store/merchant-seeding";
import { parseEnv } from "@/server/env";
import { seedDemoWebhook } from "./webhooks/seed";

/** Brings the sandbox database to the latest schema and seeds the bank's merchants. Safe to run again. */
export function migrateAndSeedSandbox(path: string): void {
  const db = drizzle(openSqlite(path));
  try {
    migrate(db, { migrationsFolder: "db/sandbox/migrations" });
    const env = parseEnv(process.env);
    seedSandbox(db, { demoApiVersion: env.SANDBOX_DEMO_API_VERSION });
    seedDemoWebhook(db, env);
  } finally {
    db.$client.close();
  }
}
