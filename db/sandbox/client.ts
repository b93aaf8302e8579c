import "server-only";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { env } from "@/server/env";
import { openSqlite } from "../sqlite";
import * as schema from "./schema";

export type SandboxDb = BetterSQLite3Database<typeof schema>;
/** One transaction of the sandbox's database, as `db.transaction` hands it to its callback. */
export type SandboxTx = Parameters<Parameters<SandboxDb["transaction"]>[0]>[0];
/** Where a query can run: the database itself, or inside one of its transactions. */
export type SandboxQueryable = SandboxDb | SandboxTx;

export function createSandboxDb(path: string): SandboxDb {
  return drizzle(openSqlite(path), { schema });
}

// One connection per server process, kept on globalThis so that dev-mode
// module reloads (and the several bundles Next builds) share one handle.
const holder = globalThis as unknown as { __sandboxDb?: SandboxDb };

export function sandboxDb(): SandboxDb {
  holder.__sandboxDb ??= createSandboxDb(env().SANDBOX_DATABASE_PATH);
  return holder.__sandboxDb;
}
