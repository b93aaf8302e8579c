import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import type { SQLiteSelect } from "drizzle-orm/sqlite-core";
import { sandboxDb, type SandboxDb } from "@/db/sandbox/client";
import { cancellations, dueWork, merchants, subscriptions, transitions } from "@/db/sandbox/schema";
import type { SubscriptionRequest } from "@/server/contract";
import { now as clockNow } from "../clock/clock";
import {
  apply,
  initialState,
  type Action,
  type CancellationStatus,
  type Refusal,
  type StateSnapshot,
  type Status,
  type SubscriptionState,
  type SubStatus,
} from "../domain/lifecycle";
import { getSolution, offeredDurations, type SolutionCode } from "../domain/solutions";
import { followUps } from "../scheduler/follow-ups";
import { effectiveSettings } from "../scheduler/settings";
import { emitCancellation, emitTransition, type CancellationEvent, type TransitionEvent, type TransitionSource } from "./events";
import { randomSecret } from "./secrets";

/**
 * The bank's subscriptions: creation, reads, and every change of state,
 * which goes through the life cycle (domain/lifecycle.ts), is stored with a
 * history row and the due work it implies, and is announced to listeners
 * (events.ts) once committed.
 */
type Row = typeof subscriptions.$inferSelect;

export interface Subscription extends SubscriptionState {
  readonly id: string;
  readonly merchantId: string;
  readonly clientId: string;
  readonly marketTypeCode: string;
  readonly initialAmountCents: number;
  readonly merchantGlobalOrderId: string;
  readonly merchantBasketId: string;
  readonly merchantBuyerId: string;
  /** Months chosen by the buyer for a long credit; null until chosen (and for split payment). */
  readonly durationMonths: number | null;
  /** The POST /subscriptions body, as received. */
  readonly request: SubscriptionRequest;
  /** Secret of the journey URL (?t=...). */
  readonly journeyToken: string;
  readonly trackingNumber: string | null;
  readonly deliveryOperator: string | null;
  readonly registeredAt: number;
}

export interface TransitionRow {
  readonly id: number;
  readonly action: string;
  readonly source: string;
  readonly from: { status: string; subStatus: string } | null;
  readonly to: { status: string; subStatus: string };
  readonly details: Readonly<Record<string, unknown>> | null;
  readonly at: number;
}

export interface DueWorkRow {
  readonly id: number;
  readonly action: string;
  readonly dueAt: number;
  readonly state: string;
  readonly note: string | null;
  readonly doneAt: number | null;
}

export class UnknownSubscriptionError extends Error {}
export class DuplicateOrderError extends Error {}

function toSubscription(row: Row): Subscription {
  return {
    id: row.id,
    merchantId: row.merchantId,
    clientId: row.clientId,
    solutionCode: row.solutionCode as SolutionCode,
    marketTypeCode: row.marketTypeCode,
    status: row.status as Status,
    subStatus: row.subStatus as SubStatus,
    cancellationStatus: (row.cancellationStatus ?? null) as CancellationStatus | null,
    financedAmountCents: row.financedAmountCents,
    pendingCancellationCents: row.pendingCancellationCents ?? null,
    cancellationAlreadyMade: row.cancellationAlreadyMade,
    partialCancellationMade: row.partialCancellationMade,
    isDelivered: row.isDelivered,
    lastUpdateAt: row.lastUpdateAt,
    acceptedAt: row.acceptedAt ?? null,
    deliveredAt: row.deliveredAt ?? null,
    initialAmountCents: row.initialAmountCents,
    merchantGlobalOrderId: row.merchantGlobalOrderId,
    merchantBasketId: row.merchantBasketId,
    merchantBuyerId: row.merchantBuyerId,
    durationMonths: row.durationMonths ?? null,
    request: row.request as unknown as SubscriptionRequest,
    journeyToken: row.journeyToken,
    isReturned: row.isReturned,
    trackingNumber: row.trackingNumber ?? null,
    deliveryOperator: row.deliveryOperator ?? null,
    registeredAt: row.registeredAt,
  };
}

function stateColumns(state: SubscriptionState) {
  return {
    status: state.status,
    subStatus: state.subStatus,
    cancellationStatus: state.cancellationStatus,
    financedAmountCents: state.financedAmountCents,
    pendingCancellationCents: state.pendingCancellationCents,
    cancellationAlreadyMade: state.cancellationAlreadyMade,
    partialCancellationMade: state.partialCancellationMade,
    isDelivered: state.isDelivered,
    isReturned: state.isReturned,
    lastUpdateAt: state.lastUpdateAt,
    acceptedAt: state.acceptedAt,
    deliveredAt: state.deliveredAt,
  };
}

const snapshot = (s: SubscriptionState): StateSnapshot => ({
  status: s.status,
  subStatus: s.subStatus,
  cancellationStatus: s.cancellationStatus,
  financedAmountCents: s.financedAmountCents,
});

/** Replaces the subscription's pending due work with what its new state calls for. */
function planDueWork(db: SandboxDb, sub: Subscription): void {
  const merchant = db.select({ settings: merchants.settings }).from(merchants).where(eq(merchants.id, sub.merchantId)).get();
  const wanted = followUps(sub, effectiveSettings(merchant?.settings));
  const pending = db
    .select()
    .from(dueWork)
    .where(and(eq(dueWork.subscriptionId, sub.id), eq(dueWork.state, "pending")))
    .all();
  for (const row of pending) {
    if (!wanted.some((w) => w.action === row.action && w.dueAt === row.dueAt)) {
      db.update(dueWork).set({ state: "superseded", note: "the subscription changed before it was due" }).where(eq(dueWork.id, row.id)).run();
    }
  }
  for (const w of wanted) {
    if (!pending.some((row) => row.action === w.action && row.dueAt === w.dueAt)) {
      db.insert(dueWork).values({ merchantId: sub.merchantId, subscriptionId: sub.id, action: w.action, dueAt: w.dueAt }).run();
    }
  }
}

export interface NewSubscription {
  readonly merchantId: string;
  readonly clientId: string;
  readonly request: SubscriptionRequest;
  readonly financedAmountCents: number;
  readonly source?: TransitionSource;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed/.test(error.message);
}

/** Registers a subscription in INITIALIZED / SUBSCRIPTION_IN_PROGRESS. Throws DuplicateOrderError for a known merchantGlobalOrderId. */
export function createSubscription(input: NewSubscription, db: SandboxDb = sandboxDb()): Subscription {
  const solution = getSolution(input.request.solutionCode as SolutionCode);
  const at = clockNow(input.merchantId, db);
  const state = initialState(solution.code, input.financedAmountCents, at);
  const source = input.source ?? "api";
  let created: { sub: Subscription; transitionId: number };
  try {
    created = db.transaction((tx) => {
      const row = tx
        .insert(subscriptions)
        .values({
          id: randomUUID(),
          merchantId: input.merchantId,
          clientId: input.clientId,
          solutionCode: solution.code,
          marketTypeCode: solution.market,
          ...stateColumns(state),
          initialAmountCents: input.financedAmountCents,
          merchantGlobalOrderId: input.request.merchantGlobalOrderId,
          merchantBasketId: input.request.merchantBasketId,
          merchantBuyerId: input.request.merchantBuyerId,
          durationMonths: null,
          request: input.request as unknown as Record<string, unknown>,
          journeyToken: randomSecret(24),
          registeredAt: at,
        })
        .returning()
        .get();
      const sub = toSubscription(row);
      const t = tx
        .insert(transitions)
        .values({ subscriptionId: sub.id, action: "create", source, toStatus: state.status, toSubStatus: state.subStatus, at })
        .returning({ id: transitions.id })
        .get();
      planDueWork(tx as unknown as SandboxDb, sub);
      return { sub, transitionId: t.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateOrderError(`merchantGlobalOrderId ${input.request.merchantGlobalOrderId} already has a subscription`);
    throw error;
  }
  emitTransition({
    merchantId: input.merchantId,
    subscription: created.sub,
    action: "create",
    source,
    from: null,
    to: snapshot(created.sub),
    at,
    transitionId: created.transitionId,
  });
  return created.sub;
}

/** Any merchant's subscription (journeys, console); API handlers use getMerchantSubscription. */
export function getSubscription(id: string, db: SandboxDb = sandboxDb()): Subscription | undefined {
  const row = db.select().from(subscriptions).where(eq(subscriptions.id, id)).get();
  return row && toSubscription(row);
}

/** The subscription if it belongs to this merchant: another merchant's is as unknown as a missing one. */
export function getMerchantSubscription(merchantId: string, id: string, db: SandboxDb = sandboxDb()): Subscription | undefined {
  const row = db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.id, id), eq(subscriptions.merchantId, merchantId)))
    .get();
  return row && toSubscription(row);
}

export function findByOrderId(merchantId: string, merchantGlobalOrderId: string, db: SandboxDb = sandboxDb()): Subscription | undefined {
  const row = db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.merchantId, merchantId), eq(subscriptions.merchantGlobalOrderId, merchantGlobalOrderId)))
    .get();
  return row && toSubscription(row);
}

export interface ListFilter {
  readonly merchantGlobalOrderId?: string;
  readonly merchantBasketId?: string;
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
}

/** The filter's condition, the count of all that match it, and where the page starts. */
function matching(merchantId: string, filter: ListFilter, db: SandboxDb): { where: SQL | undefined; total: number; offset: number } {
  const conditions: SQL[] = [eq(subscriptions.merchantId, merchantId)];
  if (filter.merchantGlobalOrderId !== undefined) conditions.push(eq(subscriptions.merchantGlobalOrderId, filter.merchantGlobalOrderId));
  if (filter.merchantBasketId !== undefined) conditions.push(eq(subscriptions.merchantBasketId, filter.merchantBasketId));
  const where = and(...conditions);
  const total = db.select({ n: count() }).from(subscriptions).where(where).get()?.n ?? 0;
  // Any page past the last one is empty: clamping keeps a huge page × pageSize a valid SQLite offset.
  return { where, total, offset: Math.min((filter.page - 1) * filter.pageSize, total) };
}

/** One page of a listing query, newest first; rowid (insertion order) for subscriptions registered in the same millisecond. */
function newestFirst<Q extends SQLiteSelect>(query: Q, where: SQL | undefined, pageSize: number, offset: number): Q {
  return query.where(where).orderBy(desc(subscriptions.registeredAt), sql`rowid desc`).limit(pageSize).offset(offset);
}

/** One page of the merchant's subscriptions, newest first, and the count of all that match. */
export function listSubscriptions(merchantId: string, filter: ListFilter, db: SandboxDb = sandboxDb()): { totalItemCount: number; items: Subscription[] } {
  const { where, total, offset } = matching(merchantId, filter, db);
  const rows = newestFirst(db.select().from(subscriptions).$dynamic(), where, filter.pageSize, offset).all();
  return { totalItemCount: total, items: rows.map(toSubscription) };
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
  const { where, total, offset } = matching(merchantId, filter, db);
  const rows = newestFirst(db.select(SUMMARY_COLUMNS).from(subscriptions).$dynamic(), where, filter.pageSize, offset).all();
  return { totalItemCount: total, items: rows as SubscriptionSummary[] };
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

export function subscriptionDueWork(subscriptionId: string, db: SandboxDb = sandboxDb()): DueWorkRow[] {
  return db
    .select()
    .from(dueWork)
    .where(eq(dueWork.subscriptionId, subscriptionId))
    .orderBy(asc(dueWork.dueAt), asc(dueWork.id))
    .all()
    .map((w) => ({ id: w.id, action: w.action, dueAt: w.dueAt, state: w.state, note: w.note ?? null, doneAt: w.doneAt ?? null }));
}

export interface ApplyOptions {
  readonly source: TransitionSource;
  /** Virtual time of the move; defaults to the merchant's now (the scheduler passes the due time). */
  readonly at?: number;
  /** The _cancel body, kept with a cancellation. */
  readonly cancellationRequest?: Record<string, unknown>;
}

export type ApplyResult =
  | { readonly ok: true; readonly changed: true; readonly subscription: Subscription; readonly transitionId: number }
  | { readonly ok: true; readonly changed: false; readonly subscription: Subscription; readonly note: string }
  | { readonly ok: false; readonly refusal: Refusal; readonly subscription: Subscription };

const CANCELLATION_ACTIONS = new Set(["merchantCancel", "producerAcceptCancellation", "producerRejectCancellation"]);

/**
 * Runs `action` through the life cycle and, when it applies, stores the new
 * state, a history row and the due work it implies, all in one transaction;
 * then tells the listeners. A refusal changes nothing.
 */
export function applyAction(subscriptionId: string, action: Action, options: ApplyOptions, db: SandboxDb = sandboxDb()): ApplyResult {
  const result = db.transaction((tx): ApplyResult & { event?: TransitionEvent } => {
    const row = tx.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId)).get();
    if (!row) throw new UnknownSubscriptionError(`unknown subscription ${subscriptionId}`);
    const before = toSubscription(row);
    const at = options.at ?? clockNow(before.merchantId, tx as unknown as SandboxDb);
    const outcome = apply(before, action, at);
    if (!outcome.ok) return { ok: false, refusal: outcome.refusal, subscription: before };
    if (!outcome.changed) return { ok: true, changed: false, subscription: before, note: outcome.note };

    const delivery =
      action.type === "merchantConfirmDelivery" ? { trackingNumber: action.trackingNumber ?? null, deliveryOperator: action.operator ?? null } : {};
    const updated = tx
      .update(subscriptions)
      .set({ ...stateColumns(outcome.state), ...delivery })
      .where(eq(subscriptions.id, subscriptionId))
      .returning()
      .get();
    const after = toSubscription(updated);
    const t = outcome.transition;
    const inserted = tx
      .insert(transitions)
      .values({
        subscriptionId,
        action: t.action,
        source: options.source,
        fromStatus: t.from.status,
        fromSubStatus: t.from.subStatus,
        toStatus: t.to.status,
        toSubStatus: t.to.subStatus,
        details: t.details ?? null,
        at: t.at,
      })
      .returning({ id: transitions.id })
      .get();
    if (action.type === "merchantCancel") {
      tx.insert(cancellations)
        .values({
          subscriptionId,
          request: options.cancellationRequest ?? { cancelledAmountCents: action.amountCents },
          amountCents: action.amountCents,
          outcome: after.cancellationStatus ?? after.status,
          at: t.at,
        })
        .run();
    }
    planDueWork(tx as unknown as SandboxDb, after);
    return {
      ok: true,
      changed: true,
      subscription: after,
      transitionId: inserted.id,
      event: {
        merchantId: after.merchantId,
        subscription: after,
        action: t.action,
        source: options.source,
        from: t.from,
        to: t.to,
        at: t.at,
        ...(t.details ? { details: t.details } : {}),
        transitionId: inserted.id,
      },
    };
  });
  if (result.ok && result.changed && result.event) {
    const { event, ...rest } = result;
    emitTransition(event);
    const cancellation = cancellationEvent(event);
    if (cancellation) emitCancellation(cancellation);
    return rest;
  }
  return result;
}

function cancellationEvent(event: TransitionEvent): CancellationEvent | undefined {
  const status = event.to.cancellationStatus;
  if (!CANCELLATION_ACTIONS.has(event.action) || status === null) return undefined;
  const outcome = status.startsWith("REQUEST_FOR") ? "REQUESTED" : status.endsWith("ACCEPTED") ? "ACCEPTED" : "REJECTED";
  return {
    merchantId: event.merchantId,
    subscription: event.subscription,
    cancellationStatus: status,
    outcome,
    partial: status.includes("PARTIAL"),
    amountCents: Number(event.details?.cancelledAmountCents ?? 0),
    at: event.at,
    transitionId: event.transitionId,
  };
}

/** The buyer's choice of duration for a long credit (journey); false when the duration is not offered. */
export function chooseDuration(subscriptionId: string, months: number, db: SandboxDb = sandboxDb()): boolean {
  const sub = getSubscription(subscriptionId, db);
  if (!sub) throw new UnknownSubscriptionError(`unknown subscription ${subscriptionId}`);
  const solution = getSolution(sub.solutionCode);
  if (solution.kind !== "long" || !offeredDurations(solution, sub.initialAmountCents).includes(months)) return false;
  db.update(subscriptions).set({ durationMonths: months }).where(eq(subscriptions.id, subscriptionId)).run();
  return true;
}

/** Deletes every subscription of the merchant, with history, due work and whatever refers to them (merchant reset). */
export function deleteMerchantSubscriptions(merchantId: string, db: SandboxDb = sandboxDb()): number {
  return db.delete(subscriptions).where(eq(subscriptions.merchantId, merchantId)).run().changes;
}
