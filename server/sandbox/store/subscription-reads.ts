import "server-only";
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import type { SQLiteSelect } from "drizzle-orm/sqlite-core";
import { sandboxDb, type SandboxDb } from "@/db/sandbox/client";
import { subscriptions, transitions } from "@/db/sandbox/schema";
import { toSubscription, type Subscription } from "./subscription-record";

/** The bank's subscriptions as read by the API, the journeys and the console; nothing here changes a row. */
export interface TransitionRow {
  readonly id: number;
  readonly action: string;
  readonly source: string;
  readonly from: { status: string; subStatus: string } | null;
  readonly to: { status: string; subStatus: string };
  readonly details: Readonly<Record<string, string | number>> | null;
  readonly at: number;
}

/** The one subscription that matches `where`, if any. */
function findOne(where: SQL | undefined, db: SandboxDb): Subscription | undefined {
  const row = db.select().from(subscriptions).where(where).get();
  return row && toSubscription(row);
}

/** Any merchant's subscription (journeys, console); API handlers use getMerchantSubscription. */
export function getSubscription(id: string, db: SandboxDb = sandboxDb()): Subscription | undefined {
  return findOne(eq(subscriptions.id, id), db);
}

/** The subscription if it belongs to this merchant: another merchant's is as unknown as a missing one. */
export function getMerchantSubscription(merchantId: string, id: string, db: SandboxDb = sandboxDb()): Subscription | undefined {
  return findOne(and(eq(subscriptions.id, id), eq(subscriptions.merchantId, merchantId)), db);
}

export function findByOrderId(merchantId: string, merchantGlobalOrderId: string, db: SandboxDb = sandboxDb()): Subscription | undefined {
  return findOne(and(eq(subscriptions.merchantId, merchantId), eq(subscriptions.merchantGlobalOrderId, merchantGlobalOrderId)), db);
}

export interface ListFilter {
  readonly merchantGlobalOrderId?: string;
  readonly merchantBasketId?: string;
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
}

/**
 * One page of the merchant's subscriptions that match the filter, newest
 * first (rowid, i.e. insertion order, for those registered in the same
 * millisecond), with the count of all that match. `select` picks the columns.
 */
function onePage<Q extends SQLiteSelect, R>(
  merchantId: string,
  filter: ListFilter,
  db: SandboxDb,
  select: () => Q,
  rows: (query: Q) => R[],
): { totalItemCount: number; items: R[] } {
  const conditions: SQL[] = [eq(subscriptions.merchantId, merchantId)];
  if (filter.merchantGlobalOrderId !== undefined) conditions.push(eq(subscriptions.merchantGlobalOrderId, filter.merchantGlobalOrderId));
  if (filter.merchantBasketId !== undefined) conditions.push(eq(subscriptions.merchantBasketId, filter.merchantBasketId));
  const where = and(...conditions);
  const total = db.select({ n: count() }).from(subscriptions).where(where).get()?.n ?? 0;
  // Any page past the last one is empty: clamping keeps a huge page × pageSize a valid SQLite offset.
  const offset = Math.min((filter.page - 1) * filter.pageSize, total);
  const query = select().where(where).orderBy(desc(subscriptions.registeredAt), sql`rowid desc`).limit(filter.pageSize).offset(offset);
  return { totalItemCount: total, items: rows(query) };
}

/** One page of the merchant's subscriptions, newest first, and the count of all that match. */
export function listSubscriptions(merchantId: string, filter: ListFilter, db: SandboxDb = sandboxDb()): { totalItemCount: number; items: Subscription[] } {
  return onePage(
    merchantId,
    filter,
    db,
    () => db.select().from(subscriptions).$dynamic(),
    (query) => query.all().map(toSubscription),
  );
}

/**
 * What a list item of GET /subscriptions shows. The merchant's whole request
 * (a large JSON per row) stays out: the vendor's status crons list every
 * subscription in one page, and parsing each body made that take minutes.
 */
const SUMMARY_COLUMNS = {
  id: subscriptions.id,
  solutionCode: subscriptions.solutionCode,
  marketTypeCode: subscriptions.marketTypeCode,
  status: subscriptions.status,
  subStatus: subscriptions.subStatus,
  cancellationStatus: subscriptions.cancellationStatus,
  financedAmountCents: subscriptions.financedAmountCents,
  cancellationAlreadyMade: subscriptions.cancellationAlreadyMade,
  isDelivered: subscriptions.isDelivered,
  isReturned: subscriptions.isReturned,
  merchantGlobalOrderId: subscriptions.merchantGlobalOrderId,
  merchantBasketId: subscriptions.merchantBasketId,
  durationMonths: subscriptions.durationMonths,
  registeredAt: subscriptions.registeredAt,
  lastUpdateAt: subscriptions.lastUpdateAt,
};
export type SubscriptionSummary = Pick<Subscription, keyof typeof SUMMARY_COLUMNS>;

/** listSubscriptions for GET /subscriptions: the same page, with the list item's columns only. */
export function listSubscriptionSummaries(
  merchantId: string,
  filter: ListFilter,
  db: SandboxDb = sandboxDb(),
): { totalItemCount: number; items: SubscriptionSummary[] } {
  return onePage(
    merchantId,
    filter,
    db,
    () => db.select(SUMMARY_COLUMNS).from(subscriptions).$dynamic(),
    // The status columns hold the life cycle's values (see toSubscription).
    (query) => query.all() as SubscriptionSummary[],
  );
}

export function subscriptionHistory(subscriptionId: string, db: SandboxDb = sandboxDb()): TransitionRow[] {
  return db
    .select()
    .from(transitions)
    .where(eq(transitions.subscriptionId, subscriptionId))
    .orderBy(asc(transitions.id))
    .all()
    .map((t) => ({
      id: t.id,
      action: t.action,
      source: t.source,
      from: t.fromStatus && t.fromSubStatus ? { status: t.fromStatus, subStatus: t.fromSubStatus } : null,
      to: { status: t.toStatus, subStatus: t.toSubStatus },
      details: t.details ?? null,
      at: t.at,
    }));
}
