import { getTableName, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { ShopDb } from "./client";

/**
 * Statements prepared once per connection, for the hot paths (placing an
 * order, the bank's API log): drizzle builds a query's SQL anew on every call
 * and better-sqlite3 prepares it again, which costs about a millisecond per
 * query on a wide table, far more than running it.
 *
 * Keyed by the better-sqlite3 connection, so that a transaction's handle and
 * the database's share them (both run on that one connection).
 */
/** The database or one of its transactions. */
export type Handle = Pick<ShopDb, "select" | "insert" | "update">;

const byConnection = new WeakMap<object, Map<string, unknown>>();

function connectionOf(db: Handle): object {
  // Drizzle's database and its transactions both hold the connection in their session.
  const client = (db as unknown as { session?: { client?: object } }).session?.client;
  if (!client) throw new Error("not a better-sqlite3 drizzle handle");
  return client;
}

/** The statement `build` makes, prepared on this connection the first time `key` is asked for. */
export function prepared<T>(db: Handle, key: string, build: (db: Handle) => T): T {
  const connection = connectionOf(db);
  let statements = byConnection.get(connection);
  if (!statements) byConnection.set(connection, (statements = new Map()));
  let statement = statements.get(key) as T | undefined;
  if (statement === undefined) {
    statement = build(db);
    statements.set(key, statement);
  }
  return statement;
}

/** A named placeholder where drizzle wants an SQL value (an update's `set`), bound when the statement runs. */
export const param = (name: string) => sql`${sql.placeholder(name)}`;

/** Placeholder values as the driver binds them: better-sqlite3 takes no booleans, and no undefined. */
export function bindable(row: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value !== undefined) values[key] = typeof value === "boolean" ? Number(value) : value;
  }
  return values;
}

/**
 * Inserts one row with a statement prepared for its set of columns (columns
 * left undefined take their defaults, as with `db.insert(table).values(row)`).
 */
export function insertRow<T extends SQLiteTable>(db: Handle, table: T, row: T["$inferInsert"]): void {
  const values = bindable(row as Record<string, unknown>);
  const columns = Object.keys(values).sort();
  const statement = prepared(db, `insert ${getTableName(table)} (${columns.join(",")})`, (handle) =>
    handle
      .insert(table)
      .values(Object.fromEntries(columns.map((c) => [c, sql.placeholder(c)])) as T["$inferInsert"])
      .prepare(),
  );
  statement.run(values);
}
