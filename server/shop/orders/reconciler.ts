import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, isNotNull, lt, notInArray } from "drizzle-orm";
import { orders } from "@/db/shop/schema";
import { BankApiError } from "../bank/errors";
import { notAtBankFailure, storedFailure } from "../bank/messages";
import { nowOf, type EngineDeps } from "./deps";
import { lookUpAndLink } from "./lookup";
import { applySnapshot, markFailed, noteError, type OrderRow } from "./order-store";
import { FINAL_STATES, isWatched } from "./states";
import { refreshOrder } from "./refresh";

/**
 * The background reconciler: keeps unfinished orders true to the bank even
 * when no shopper comes back and no webhook arrives.
 *
 * - Orders left `pending` (the process died between committing the order and
 *   hearing the bank) are looked up by merchantGlobalOrderId: linked if the
 *   bank has them, failed once the grace period has passed without — never
 *   sent again, the shopper is gone.
 * - Every watched order (not final, see isWatched) is re-read: by paging
 *   through GET /subscriptions when that takes fewer calls than one look-up
 *   per order, by look-ups otherwise (and for whatever the pages missed).
 * - Its cost is bounded whatever the number of unfinished orders: the timer
 *   re-reads an order only when it is due by its age (recheckIntervalMs:
 *   minutes when fresh, hours when old), and every run stops calling the
 *   bank at its budget (reconcilerCallBudget: RECONCILER_QUOTA_SHARE of the
 *   bank's 600 calls a minute), leaving the rest, most overdue first, to the
 *   next runs.
 */
export interface ReconcileOptions {
  /** A pending order younger than this may still be in its placement: left alone. */
  pendingMinAgeMs?: number;
  /** A pending order older than this that the bank does not know is failed. */
  pendingGraceMs?: number;
  pageSize?: number;
  /**
   * "due" (the background timer): only the orders whose re-read is due by
   * their age (recheckIntervalMs); "all" (a merchant's "sync all", tests):
   * every unfinished order. The call cap applies to both.
   */
  schedule?: "due" | "all";
  /** Bank calls this run may make at most (default: the budget of the default interval, reconcilerCallBudget). */
  maxBankCalls?: number;
  onProgress?: (progress: { done: number; total: number }) => void;
}

export interface ReconcileReport {
  pendingChecked: number;
  linked: number;
  failed: number;
  watched: number;
  checked: number;
  changed: number;
  pages: number;
  lookups: number;
  errors: number;
  /** Unfinished orders not due yet (schedule "due"). */
  notDue: number;
  /** Due orders left for a later run: the run's bank calls were spent. */
  deferred: number;
  /** Calls made to the bank's API by this run (token requests and the client's own retries aside). */
  bankCalls: number;
}

export const DEFAULT_PENDING_MIN_AGE_MS = 2 * 60_000;
export const DEFAULT_PENDING_GRACE_MS = 30 * 60_000;

/** The bank's rate limit: calls per minute per client application, shared by the whole shop. */
export const BANK_QUOTA_PER_MINUTE = 600;
/**
 * The reconciler's share of that quota: at most 10 % (60 calls a minute),
 * whatever the number of unfinished orders, so that shoppers (offers,
 * placements, returns) and the merchant's actions keep the other 90 %.
 */
export const RECONCILER_QUOTA_SHARE = 0.1;

/**
 * Bank calls per run for a timer every `intervalSeconds`: runs never overlap
 * and the next one starts an interval after the previous one ended, so calls
 * per minute stay ≤ RECONCILER_QUOTA_SHARE × BANK_QUOTA_PER_MINUTE.
 */
export function reconcilerCallBudget(intervalSeconds: number): number {
  return Math.max(1, Math.floor((BANK_QUOTA_PER_MINUTE * RECONCILER_QUOTA_SHARE * intervalSeconds) / 60));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The bank expires a subscription the buyer never completed after 3 months. */
export const BANK_EXPIRY_MS = 92 * DAY;

/**
 * How long after its last read an unfinished order is due again, by its age:
 * every minute in its first hour (the buyer is in the journey), every 15
 * minutes in its first day, hourly in its first week, every 6 hours until the
 * bank's 3-month expiry, then daily (it is still read after it, so the
 * expiry itself is seen). Webhooks and the shopper's return bring the news
 * sooner; this is the safety net.
 */
export function recheckIntervalMs(ageMs: number): number {
  if (ageMs < HOUR) return MINUTE;
  if (ageMs < DAY) return 15 * MINUTE;
  if (ageMs < 7 * DAY) return HOUR;
  if (ageMs < BANK_EXPIRY_MS) return 6 * HOUR;
  return DAY;
}

// When each order was last asked about, by database: a look-up that found nothing leaves no trace on the order.
// Lost at a restart, which costs one early read per order.
const lastAsked = new WeakMap<object, Map<string, number>>();

function askedMap(deps: EngineDeps): Map<string, number> {
  let map = lastAsked.get(deps.db);
  if (!map) lastAsked.set(deps.db, (map = new Map()));
  return map;
}

/** How overdue an order is (≥ 1: due), from its age and its last read. */
function overdue(order: OrderRow, now: number, asked: Map<string, number>): number {
  const last = Math.max(order.lastSyncedAt ?? 0, asked.get(order.id) ?? 0);
  if (last === 0) return Number.POSITIVE_INFINITY;
  return (now - last) / recheckIntervalMs(now - order.createdAt);
}

/** The bank client, counting the calls made through it. */
function counted(deps: EngineDeps): { deps: EngineDeps; calls: () => number } {
  let calls = 0;
  const bank = new Proxy(deps.bank, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { deps: { ...deps, bank }, calls: () => calls };
}

async function settlePending(deps: EngineDeps, order: OrderRow, graceMs: number, report: ReconcileReport): Promise<void> {
  report.pendingChecked += 1;
  const lookup = await lookUpAndLink(deps, order.id, "reconciler");
  if (lookup.found === true) {
    report.linked += 1;
    return;
  }
  if (lookup.found === "unknown") {
    report.errors += 1;
    noteError(deps.db, order.id, storedFailure(lookup.error), nowOf(deps));
    return;
  }
  if (nowOf(deps) - order.createdAt >= graceMs) {
    const minutes = Math.round(graceMs / 60_000);
    markFailed(deps.db, order.id, notAtBankFailure(minutes), "reconciler", nowOf(deps));
    report.failed += 1;
  }
}

export async function reconcileOnce(outer: EngineDeps, options: ReconcileOptions = {}): Promise<ReconcileReport> {
  const now = nowOf(outer);
  const pageSize = options.pageSize ?? 100;
  const budget = options.maxBankCalls ?? reconcilerCallBudget(60);
  const { deps, calls } = counted(outer);
  const affordable = (n: number) => calls() + n <= budget;
  const asked = askedMap(deps);
  const report: ReconcileReport = { pendingChecked: 0, linked: 0, failed: 0, watched: 0, checked: 0, changed: 0, pages: 0, lookups: 0, errors: 0, notDue: 0, deferred: 0, bankCalls: 0 };

  const pendingAll = deps.db
    .select()
    .from(orders)
    .where(and(eq(orders.state, "pending"), lt(orders.createdAt, now - (options.pendingMinAgeMs ?? DEFAULT_PENDING_MIN_AGE_MS))))
    .orderBy(asc(orders.createdAt))
    .all();
  const watchedAll = deps.db
    .select()
    .from(orders)
    .where(and(isNotNull(orders.subscriptionId), notInArray(orders.state, [...FINAL_STATES, "pending"])))
    .orderBy(asc(orders.createdAt))
    .all()
    .filter((order) => isWatched(order, now));
  report.watched = watchedAll.length;
  // The most overdue first, so that a capped run still gets round to every order in turn.
  const dueOf = (list: OrderRow[]) => {
    if (options.schedule !== "due") return list;
    const due = list.map((order) => ({ order, by: overdue(order, now, asked) })).filter((d) => d.by >= 1);
    report.notDue += list.length - due.length;
    return due.sort((a, b) => b.by - a.by).map((d) => d.order);
  };
  const pending = dueOf(pendingAll);
  const watched = dueOf(watchedAll);
  const total = pending.length + watched.length;
  let done = 0;
  const tick = () => options.onProgress?.({ done: ++done, total });
  options.onProgress?.({ done, total });

  for (const order of pending) {
    if (!affordable(1)) {
      report.deferred += 1;
      tick();
      continue;
    }
    asked.set(order.id, now);
    await settlePending(deps, order, options.pendingGraceMs ?? DEFAULT_PENDING_GRACE_MS, report);
    tick();
  }

  const remaining = new Map(watched.map((order) => [order.id, order]));
  for (let page = 1; remaining.size > 0 && affordable(1); page += 1) {
    let answer;
    try {
      answer = await deps.bank.listSubscriptions({ page, pageSize });
    } catch (error) {
      if (!(error instanceof BankApiError)) throw error;
      report.errors += 1;
      break;
    }
    report.pages += 1;
    for (const item of answer.subscriptions) {
      const order = remaining.get(item.orderId);
      if (!order || order.subscriptionId !== item.subscriptionId) continue;
      remaining.delete(order.id);
      asked.set(order.id, now);
      report.checked += 1;
      if (applySnapshot(deps.db, order.id, item, "reconciler", nowOf(deps)).changed) report.changed += 1;
      tick();
    }
    const pagesLeft = Math.ceil(answer.totalItemCount / pageSize) - page;
    // Once a look-up per order left is cheaper than the pages left, stop paging.
    if (pagesLeft <= 0 || answer.subscriptions.length === 0 || remaining.size < pagesLeft) break;
  }

  for (const order of remaining.values()) {
    // A re-read is one or two calls (the list by order id, then the detail if the list misses it).
    if (!affordable(2)) {
      report.deferred += 1;
      tick();
      continue;
    }
    asked.set(order.id, now);
    report.lookups += 1;
    const result = await refreshOrder(deps, order.id, "reconciler");
    if (result.error) report.errors += 1;
    else report.checked += 1;
    if (result.changed) report.changed += 1;
    tick();
  }
  report.bankCalls = calls();
  return report;
}

// One run at a time per database: the timer and a merchant's "sync all" share it.
const running = new WeakMap<object, Promise<ReconcileReport>>();

/** reconcileOnce, or the run already under way on the same database. */
export function reconcile(deps: EngineDeps, options: ReconcileOptions = {}): Promise<ReconcileReport> {
  const current = running.get(deps.db);
  if (current) return current;
  const run = reconcileOnce(deps, options).finally(() => running.delete(deps.db));
  running.set(deps.db, run);
  return run;
}

export interface SyncJob {
  id: string;
  startedAt: number;
  finishedAt: number | null;
  done: number;
  total: number;
  report: ReconcileReport | null;
  error: string | null;
}

// On globalThis: Next bundles route handlers and pages apart, and they must see the same job.
const jobs = globalThis as unknown as { __orderSyncJob?: SyncJob };

/**
 * The back office's "sync all": starts a reconcile in the background (or
 * returns the one running) and reports progress through getSyncJob().
 */
export function startSyncAll(deps: EngineDeps, options: Omit<ReconcileOptions, "onProgress"> = {}): SyncJob {
  const current = jobs.__orderSyncJob;
  if (current && current.finishedAt === null) return { ...current };
  const job: SyncJob = { id: randomUUID(), startedAt: nowOf(deps), finishedAt: null, done: 0, total: 0, report: null, error: null };
  jobs.__orderSyncJob = job;
  // Joins the timer's run if one is under way (its progress is then not reported, its result is).
  reconcile(deps, {
    ...options,
    onProgress: ({ done, total }) => {
      job.done = done;
      job.total = total;
    },
  })
    .then((report) => {
      job.report = report;
    })
    .catch((error: unknown) => {
      job.error = error instanceof Error ? error.message : String(error);
    })
    .finally(() => {
      job.finishedAt = nowOf(deps);
    });
  return { ...job };
}

/** The latest sync-all job (the one with this id, if given), or null. */
export function getSyncJob(id?: string): SyncJob | null {
  const job = jobs.__orderSyncJob;
  if (!job || (id && job.id !== id)) return null;
  return { ...job, report: job.report ? { ...job.report } : null };
}

const timers = globalThis as unknown as { __reconcilerTimer?: { stop(): void } };

/**
 * Runs the reconciler every `intervalSeconds` (0: never) until stopped. The
 * timer is unref'd, so it never keeps a process alive on its own, and a run
 * never overlaps the previous one. Started once per process.
 */
export function startReconciler(deps: () => EngineDeps, intervalSeconds: number): { stop(): void } {
  if (timers.__reconcilerTimer) return timers.__reconcilerTimer;
  if (intervalSeconds <= 0) return { stop: () => {} };
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(async () => {
      try {
        const report = await reconcile(deps(), { schedule: "due", maxBankCalls: reconcilerCallBudget(intervalSeconds) });
        if (report.changed + report.linked + report.failed + report.errors > 0) console.info("[reconciler]", JSON.stringify(report));
      } catch (error) {
        console.error("[reconciler] run failed", error);
      }
      schedule();
    }, intervalSeconds * 1000);
    timer.unref();
  };
  schedule();
  const handle = {
    stop() {
      stopped = true;
      clearTimeout(timer);
      timers.__reconcilerTimer = undefined;
    },
  };
  timers.__reconcilerTimer = handle;
  return handle;
}
