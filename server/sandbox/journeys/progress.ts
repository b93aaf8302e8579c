import "server-only";
import { and, eq } from "drizzle-orm";
import { sandboxDb, type SandboxDb } from "@/db/sandbox/client";
import { journeys } from "@/db/sandbox/schema-journeys";

/** Where a buyer stands in a journey; the server's record, never the browser's. */
export type JourneyRow = typeof journeys.$inferSelect;
export type JourneyNotice = NonNullable<JourneyRow["notice"]>;

export const DONE = "done";

/** The buyer's progress, created at the first step on the first visit. */
export function progressOf(subscriptionId: string, firstStep: string, now: number, db: SandboxDb = sandboxDb()): JourneyRow {
  db.insert(journeys).values({ subscriptionId, step: firstStep, answers: {}, notice: null, updatedAt: now }).onConflictDoNothing().run();
  return db.select().from(journeys).where(eq(journeys.subscriptionId, subscriptionId)).get()!;
}

/**
 * Moves from `fromStep` to `toStep` with the step's answers, only if the
 * buyer is still at `fromStep`: a form posted twice, or posted for a step
 * already done, loses the race and changes nothing.
 */
export function completeStep(
  subscriptionId: string,
  fromStep: string,
  toStep: string,
  answers: Record<string, unknown>,
  now: number,
  db: SandboxDb = sandboxDb(),
): boolean {
  return db.transaction((tx) => {
    const row = tx.select().from(journeys).where(and(eq(journeys.subscriptionId, subscriptionId), eq(journeys.step, fromStep))).get();
    if (!row) return false;
    tx.update(journeys)
      .set({ step: toStep, answers: { ...row.answers, [fromStep]: answers }, notice: null, updatedAt: now })
      .where(and(eq(journeys.subscriptionId, subscriptionId), eq(journeys.step, fromStep)))
      .run();
    return true;
  });
}

export function setNotice(subscriptionId: string, notice: JourneyNotice, db: SandboxDb = sandboxDb()): void {
  db.update(journeys).set({ notice }).where(eq(journeys.subscriptionId, subscriptionId)).run();
}

/** The notice for this page view, removed so that a reload shows a clean page. */
export function takeNotice(subscriptionId: string, db: SandboxDb = sandboxDb()): JourneyNotice | null {
  const row = db.select({ notice: journeys.notice }).from(journeys).where(eq(journeys.subscriptionId, subscriptionId)).get();
  if (!row?.notice) return null;
  db.update(journeys).set({ notice: null }).where(eq(journeys.subscriptionId, subscriptionId)).run();
  return row.notice;
}
