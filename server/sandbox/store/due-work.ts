import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { sandboxDb, type SandboxDb, type SandboxQueryable } from "@/db/sandbox/client";
import { dueWork, merchants } from "@/db/sandbox/schema";
import { followUps } from "../planning/follow-ups";
import { effectiveSettings } from "../planning/settings";
import type { Subscription } from "./subscription-record";

/**
 * The due_work rows of a subscription: what the bank will do later on its
 * own (planning/follow-ups.ts decides what; the scheduler runs it).
 */
export interface DueWorkRow {
  readonly id: number;
  readonly action: string;
  readonly dueAt: number;
  readonly state: string;
  readonly note: string | null;
  readonly doneAt: number | null;
}

/** Replaces the subscription's pending due work with what its new state calls for. */
export function planDueWork(db: SandboxQueryable, sub: Subscription): void {
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

export function subscriptionDueWork(subscriptionId: string, db: SandboxDb = sandboxDb()): DueWorkRow[] {
  return db
    .select()
    .from(dueWork)
    .where(eq(dueWork.subscriptionId, subscriptionId))
    .orderBy(asc(dueWork.dueAt), asc(dueWork.id))
    .all()
    .map((w) => ({ id: w.id, action: w.action, dueAt: w.dueAt, state: w.state, note: w.note ?? null, doneAt: w.doneAt ?? null }));
}
