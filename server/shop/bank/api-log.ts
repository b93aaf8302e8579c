import "server-only";
import { and, desc, eq, gte, isNotNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { ShopDb } from "@/db/shop/client";
import { pageWindow } from "@/server/lib/page-window";
import { bankApiCalls } from "@/db/shop/schema";
import { insertRow } from "@/db/shop/prepared";
import type { ApiCallLogger, ApiCallRecord } from "./transport";

/**
 * The API log in the shop's database. The transport hands it records that are
 * already redacted (server/shop/bank/redact.ts).
 *
 * Off the request's critical path, never dropped: a record joins a queue that
 * is written in one transaction as soon as the event loop is free (right
 * after the answer being worked on, within milliseconds), and whatever is
 * still queued is written when the process exits (Next's SIGTERM and SIGINT
 * handlers exit through process.exit). Only a SIGKILL or a power cut in those
 * few milliseconds loses the records not yet written; the orders themselves
 * are committed in their own transactions before and after each call. A
 * failure to write is reported and swallowed, so that a full disk never
 * fails a payment.
 */
export function createDbApiLogger(db: ShopDb): ApiCallLogger & { flush(): void } {
  let queue: ApiCallRecord[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    try {
      db.transaction((tx) => {
        for (const call of batch) insertRow(tx, bankApiCalls, call);
      });
    } catch (error) {
      console.error(`bank API log: could not write ${batch.length} record(s)`, error);
    }
  };
  process.once("exit", flush);
  return {
    record(call) {
      queue.push(call);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}

export type ApiCallRow = typeof bankApiCalls.$inferSelect;

export interface ApiCallFilter {
  orderId?: string;
  operation?: string;
  /** Only calls that failed (no answer, or an HTTP status of 400 and above). */
  errorsOnly?: boolean;
  httpStatus?: number;
  from?: number;
  to?: number;
  page?: number;
  pageSize?: number;
}

/** Newest first, paginated (pages from 1). */
export function listApiCalls(db: ShopDb, filter: ApiCallFilter = {}): { items: ApiCallRow[]; total: number } {
  const { limit, offset } = pageWindow(filter, { standard: 50, max: 200 });
  const where: SQL[] = [];
  if (filter.orderId) where.push(eq(bankApiCalls.orderId, filter.orderId));
  if (filter.operation) where.push(eq(bankApiCalls.operation, filter.operation));
  if (filter.httpStatus !== undefined) where.push(eq(bankApiCalls.httpStatus, filter.httpStatus));
  if (filter.errorsOnly) where.push(or(isNotNull(bankApiCalls.errorKind), gte(bankApiCalls.httpStatus, 400))!);
  if (filter.from !== undefined) where.push(gte(bankApiCalls.at, filter.from));
  if (filter.to !== undefined) where.push(lte(bankApiCalls.at, filter.to));
  const condition = and(...where);
  const items = db
    .select()
    .from(bankApiCalls)
    .where(condition)
    .orderBy(desc(bankApiCalls.at), desc(bankApiCalls.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(bankApiCalls).where(condition).get()?.n ?? 0;
  return { items, total };
}

/** The operations that appear in the log, for a filter menu. */
export function apiLogOperations(db: ShopDb): string[] {
  return db
    .selectDistinct({ operation: bankApiCalls.operation })
    .from(bankApiCalls)
    .orderBy(bankApiCalls.operation)
    .all()
    .map((r) => r.operation);
}
