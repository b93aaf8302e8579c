import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";

/**
 * Opens a SQLite file the way both databases want it: WAL so readers never
 * wait on the writer, foreign keys enforced, and a busy timeout so the web
 * server, the reconciler and a migration can share the file.
 */
export function openSqlite(path: string): Database.Database {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  return sqlite;
}

/** A drizzle database on `openSqlite(path)` with the given schema. */
export function openDrizzle<TSchema extends Record<string, unknown>>(path: string, schema: TSchema): BetterSQLite3Database<TSchema> {
  return drizzle(openSqlite(path), { schema });
}

const holder = globalThis as unknown as { __sqliteConnections?: Map<string, unknown> };

/**
 * One connection per server process and database, kept on globalThis so that
 * dev-mode module reloads (and the several bundles Next builds) share one
 * file handle instead of opening a new one on every edit.
 */
export function perProcess<T>(name: string, open: () => T): T {
  const connections = (holder.__sqliteConnections ??= new Map<string, unknown>());
  if (!connections.has(name)) connections.set(name, open());
  return connections.get(name) as T;
}
