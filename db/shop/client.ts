import "server-only";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { env } from "@/server/env";
import { openDrizzle, perProcess } from "../sqlite";
import * as schema from "./schema";

export type ShopDb = BetterSQLite3Database<typeof schema>;

export function createShopDb(path: string): ShopDb {
  return openDrizzle(path, schema);
}

export function shopDb(): ShopDb {
  return perProcess("shop", () => createShopDb(env().DATABASE_PATH));
}
