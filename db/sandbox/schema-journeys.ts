/**
 * Where each buyer stands in the bank's journey pages, kept on the server so
 * that a step can be neither skipped nor replayed from the browser.
 */
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { subscriptions } from "./schema";

export const journeys = sqliteTable("journeys", {
  subscriptionId: text("subscription_id")
    .primaryKey()
    .references(() => subscriptions.id, { onDelete: "cascade" }),
  /** The step the buyer must complete next (see server/sandbox/journeys/steps.ts), or "done". */
  step: text("step").notNull(),
  /** What the buyer answered so far; never a card number, never a whole IBAN. */
  answers: text("answers", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  /**
   * A message for the next page view only (a refused card, a wrong pin,
   * faulty fields with what was typed, card fields excepted); cleared once shown.
   */
  notice: text("notice", { mode: "json" }).$type<{
    step: string;
    code: string;
    errors?: Record<string, string>;
    values?: Record<string, string>;
  } | null>(),
  /** Virtual time of the last step the buyer completed. */
  updatedAt: integer("updated_at").notNull(),
});
