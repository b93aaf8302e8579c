import "server-only";
import { and, asc, eq, lte } from "drizzle-orm";
import { sandboxDb, type SandboxDb } from "@/db/sandbox/client";
import { dueWork, merchants } from "@/db/sandbox/schema";
import { advance, now as clockNow, readClock, type ClockReading } from "../clock/clock";
import { durationMs } from "../clock/duration";
import type { Action } from "../domain/lifecycle";
import { applyAction, UnknownSubscriptionError } from "../store/subscription-writes";

/**
 * Runs the bank's due work on each merchant's virtual clock: the planned
 * transitions of the due_work table (auto-acceptance, funding, cancellation
 * decisions, expiry), then the processors other modules register (webhook
 * replays). It runs after every clock advance and every few seconds of real
 * time (startSandboxScheduler, from server/startup.ts).
 */
export type DueWorkProcessor = (merchantId: string, nowMs: number) => void | Promise<void>;

interface SchedulerState {
  processors: Map<string, DueWorkProcessor>;
  timer?: NodeJS.Timeout;
  running?: Promise<unknown>;
}

const holder = globalThis as unknown as { __sandboxScheduler?: SchedulerState };

function state(): SchedulerState {
  holder.__sandboxScheduler ??= { processors: new Map() };
  return holder.__sandboxScheduler;
}

/**
 * Adds a processor run for every merchant at each pass, after the planned
 * transitions. Registering again under the same name replaces it (module
 * reloads). Returns the function that removes it.
 */
export function registerDueWork(name: string, processor: DueWorkProcessor): () => void {
  state().processors.set(name, processor);
  return () => {
    if (state().processors.get(name) === processor) state().processors.delete(name);
  };
}

export interface DueWorkDone {
  readonly subscriptionId: string;
  readonly action: string;
  readonly dueAt: number;
  readonly result: "done" | "refused";
  readonly note?: string;
}

// A safety net against a plan that would keep producing work that is due at once.
const MAX_STEPS_PER_PASS = 10_000;

/** Applies the merchant's planned transitions that are due on its clock, oldest first, each at its due time. */
export function runPlannedTransitions(merchantId: string, db: SandboxDb = sandboxDb()): DueWorkDone[] {
  const done: DueWorkDone[] = [];
  for (let step = 0; step < MAX_STEPS_PER_PASS; step++) {
    const nowMs = clockNow(merchantId, db);
    const next = db
      .select()
      .from(dueWork)
      .where(and(eq(dueWork.merchantId, merchantId), eq(dueWork.state, "pending"), lte(dueWork.dueAt, nowMs)))
      .orderBy(asc(dueWork.dueAt), asc(dueWork.id))
      .limit(1)
      .get();
    if (!next) break;
    let result: DueWorkDone["result"] = "done";
    let note: string | undefined;
    try {
      const outcome = applyAction(next.subscriptionId, { type: next.action } as Action, { source: "scheduler", at: next.dueAt }, db);
      if (!outcome.ok) {
        result = "refused";
        note = outcome.refusal.message;
      }
    } catch (error) {
      if (!(error instanceof UnknownSubscriptionError)) throw error;
      result = "refused";
      note = "the subscription no longer exists";
    }
    db.update(dueWork)
      .set({ state: result, note: note ?? null, doneAt: nowMs })
      .where(eq(dueWork.id, next.id))
      .run();
    done.push({ subscriptionId: next.subscriptionId, action: next.action, dueAt: next.dueAt, result, ...(note ? { note } : {}) });
  }
  return done;
}

/** One pass for one merchant, or for all of them. */
export async function runDueWork(merchantId?: string, db: SandboxDb = sandboxDb()): Promise<DueWorkDone[]> {
  const ids = merchantId ? [merchantId] : db.select({ id: merchants.id }).from(merchants).all().map((m) => m.id);
  const done: DueWorkDone[] = [];
  for (const id of ids) {
    done.push(...runPlannedTransitions(id, db));
    for (const [name, processor] of state().processors) {
      try {
        await processor(id, clockNow(id, db));
      } catch (error) {
        console.error(`sandbox: due-work processor ${name} failed for merchant ${id}`, error);
      }
    }
  }
  return done;
}

/** Moves the merchant's clock forward by an ISO 8601 duration or a number of seconds, then runs what fell due. */
export async function advanceClock(merchantId: string, by: string | number, db: SandboxDb = sandboxDb()): Promise<{ clock: ClockReading; done: DueWorkDone[] }> {
  const from = clockNow(merchantId, db);
  advance(merchantId, durationMs(from, by), db);
  const done = await runDueWork(merchantId, db);
  return { clock: readClock(merchantId, db), done };
}

/** Starts the real-time pass (idempotent). The timer does not keep the process alive. */
export function startSandboxScheduler(intervalMs = 5_000): void {
  const s = state();
  if (s.timer) return;
  s.timer = setInterval(() => {
    if (s.running) return;
    s.running = runDueWork()
      .catch((error: unknown) => console.error("sandbox: scheduler pass failed", error))
      .finally(() => {
        s.running = undefined;
      });
  }, intervalMs);
  s.timer.unref();
}
