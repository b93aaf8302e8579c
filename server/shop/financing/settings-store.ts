import { desc, eq, sql } from "drizzle-orm";
import type { RunResult } from "better-sqlite3";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type * as schema from "@/db/shop/schema";
import { financingSettingsRevisions } from "@/db/shop/schema";
import { prepared, type Handle } from "@/db/shop/prepared";
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
 * The settings in force: the last revision saved, looked up at each use, so
 * that a save is seen by the very next page and placement. A row the schema
 * no longer accepts (a contract changed since) gives the defaults rather
 * than a broken shop.
 */
export function readFinancingSettings(db: Handle): SettingsInForce {
  const latest = prepared(db, "latest financing settings revision", (h) =>
    h
      .select({ id: financingSettingsRevisions.id, changedAt: financingSettingsRevisions.changedAt })
      .from(financingSettingsRevisions)
      .orderBy(desc(financingSettingsRevisions.id))
      .limit(1)
      .prepare(),
  ).get();
  if (!latest) return { revision: 0, settings: defaultSettings(CONTRACTED_SOLUTIONS) };
  // A revision is never changed once written, so its parsed settings are kept (per connection) while it is the
  // latest, known by its id and time of saving (an id rolled back with its transaction may be given again). A
  // catalogue view reads them once per card, and the parse costs ten times the look-up.
  const kept = prepared(db, "financing settings in force, parsed", () => ({ last: undefined as { changedAt: number; inForce: SettingsInForce } | undefined }));
  if (kept.last?.inForce.revision === latest.id && kept.last.changedAt === latest.changedAt) return kept.last.inForce;
  const row = prepared(db, "financing settings revision by id", (h) =>
    h.select().from(financingSettingsRevisions).where(eq(financingSettingsRevisions.id, sql.placeholder("id"))).prepare(),
  ).get({ id: latest.id });
  const parsed = settingsShapeSchema.safeParse(row?.settings);
  const inForce = deepFreeze({ revision: latest.id, settings: parsed.success ? parsed.data : defaultSettings(CONTRACTED_SOLUTIONS) });
  kept.last = { changedAt: latest.changedAt, inForce };
  return inForce;
}

/** What is kept is shared by every caller: frozen, so that none can change it for the others. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
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
