import { desc } from "drizzle-orm";
import type { RunResult } from "better-sqlite3";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type * as schema from "@/db/shop/schema";
import { financingSettingsRevisions } from "@/db/shop/schema";
import { CONTRACTED_SOLUTIONS } from "./contract";
import { defaultSettings, type FinancingSettings, type SettingsChange, settingsChanges, type SettingsIssue, settingsIssues, settingsShapeSchema } from "./settings";

/** The shop's database or a transaction on it (the seed saves inside its own). */
type Db = BaseSQLiteDatabase<"sync", RunResult, typeof schema>;

export interface SettingsInForce {
  /** 0 while nothing was ever saved (the defaults). */
  revision: number;
  settings: FinancingSettings;
}

/**
 * The settings in force: the last revision saved, read at each use (one
 * look-up by primary key), so that a save is seen by the very next page and
 * placement. A row the schema no longer accepts (a contract changed since)
 * gives the defaults rather than a broken shop.
 */
export function readFinancingSettings(db: Pick<Db, "select">): SettingsInForce {
  const row = db.select().from(financingSettingsRevisions).orderBy(desc(financingSettingsRevisions.id)).limit(1).get();
  if (!row) return { revision: 0, settings: defaultSettings(CONTRACTED_SOLUTIONS) };
  const parsed = settingsShapeSchema.safeParse(row.settings);
  return { revision: row.id, settings: parsed.success ? parsed.data : defaultSettings(CONTRACTED_SOLUTIONS) };
}

export type SaveOutcome =
  | { ok: true; revision: number; changes: SettingsChange[] }
  | { ok: false; reason: "invalid"; issues: SettingsIssue[] }
  /** Someone saved since this form was loaded: it would silently undo their change. */
  | { ok: false; reason: "stale"; revision: number };

/** Saves a new revision when the settings are valid and the form was loaded from the revision in force. */
export function saveFinancingSettings(db: Db, input: { settings: unknown; baseRevision: number; changedBy: string; now: number }): SaveOutcome {
  const checked = settingsIssues(CONTRACTED_SOLUTIONS, input.settings);
  if (!checked.settings) return { ok: false, reason: "invalid", issues: checked.issues };
  const settings = checked.settings;
  return db.transaction(
    (tx): SaveOutcome => {
      const current = readFinancingSettings(tx);
      if (current.revision !== input.baseRevision) return { ok: false, reason: "stale", revision: current.revision };
      const changes = settingsChanges(current.settings, settings);
      // A save that changes nothing leaves no line in the history.
      if (changes.length === 0) return { ok: true, revision: current.revision, changes };
      const row = tx
        .insert(financingSettingsRevisions)
        .values({ settings, changes, changedBy: input.changedBy, changedAt: input.now })
        .returning({ id: financingSettingsRevisions.id })
        .get();
      return { ok: true, revision: row.id, changes };
    },
    { behavior: "immediate" },
  );
}

export interface SettingsRevision {
  id: number;
  changedBy: string;
  changedAt: number;
  changes: SettingsChange[];
}

/** Who changed what, newest first. */
export function settingsHistory(db: Pick<Db, "select">, limit = 50): SettingsRevision[] {
  return db
    .select({ id: financingSettingsRevisions.id, changedBy: financingSettingsRevisions.changedBy, changedAt: financingSettingsRevisions.changedAt, changes: financingSettingsRevisions.changes })
    .from(financingSettingsRevisions)
    .orderBy(desc(financingSettingsRevisions.id))
    .limit(limit)
    .all()
    .map((row) => ({ ...row, changes: row.changes as SettingsChange[] }));
}
