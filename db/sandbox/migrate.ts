import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { openSqlite } from "../sqlite";

/** Migrates the sandbox database; the sandbox engineer adds its seed here. */
export function migrateAndSeedSandbox(path: string): void {
  const db = drizzle(openSqlite(path));
  migrate(db, { migrationsFolder: "db/sandbox/migrations" });
  db.$client.close();
}
