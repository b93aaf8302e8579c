import "server-only";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { env } from "@/server/env";
import { openDrizzle, perProcess } from "../sqlite";
import * as schema from "./schema";

export type SandboxDb = BetterSQLite3Database<typeof schema>;
/** One transaction of the sandbox's database, as `db.transaction` hands it to its callback. */
export type SandboxTx = Parameters<Parameters<SandboxDb["transaction"]>[0]>[0];
/** Where a query can run: the database itself, or inside one of its transactions. */
export type SandboxQueryable = SandboxDb | SandboxTx;

export function createSandboxDb(path: string): SandboxDb {
  return openDrizzle(path, schema);
}

export function sandboxDb(): SandboxDb {
  return perProcess("sandbox", () => createSandboxDb(env().SANDBOX_DATABASE_PATH));
}
