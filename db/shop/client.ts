import "server-only";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { env } from "@/server/env";
import { openSqlite } from "../sqlite";
import * as schema from "./schema";

export type ShopDb = BetterSQLite3Database<typeof schema>;

export function createShopDb(path: string): ShopDb {
  return drizzle(openSqlite(path), { schema });
}

// One connection per server process; kept on globalThis so that dev-mode
// module reloads do not open a new file handle on every edit.
const holder = globalThis as unknown as { __shopDb?: ShopDb };

export function shopDb(): ShopDb {
  holder.__shopDb ??= createShopDb(env().DATABASE_PATH);
  return holder.__shopDb;
}
