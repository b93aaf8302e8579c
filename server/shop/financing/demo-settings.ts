import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type * as schema from "@/db/shop/schema";
import { CONTRACTED_SOLUTIONS } from "./contract";
import { defaultSettings, type FinancingSettings } from "./settings";
import { readFinancingSettings, saveFinancingSettings } from "./settings-store";

/**
 * The demo's financing settings, one of each kind of rule (the back office's
 * /admin/financing changes them): e-bikes are not financed, long credit stops
 * at 5,000 € (the contract allows 6,000 €), and 4x is not advertised on the
 * product pages (the cart and the checkout still offer it).
 */
export const DEMO_FINANCING_SETTINGS: FinancingSettings = (() => {
  const settings = defaultSettings(CONTRACTED_SOLUTIONS);
  return {
    ...settings,
    solutions: settings.solutions.map((s) =>
      s.solutionCode === "SCFRLT-TXPS"
        ? { ...s, maxCents: 500_000 }
        : s.solutionCode === "SCFRSP-4XPS"
          ? { ...s, placements: { ...s.placements, product: false } }
          : s,
    ),
    excludedCategories: ["Mobilité"],
  };
})();

/** Writes the demo's settings into an empty history only: what the merchant saved is never overwritten. */
export function seedDemoFinancingSettings(db: BetterSQLite3Database<typeof schema>): void {
  db.transaction((tx) => {
    if (readFinancingSettings(tx).revision === 0) {
      saveFinancingSettings(tx, { settings: DEMO_FINANCING_SETTINGS, baseRevision: 0, changedBy: "demo seed", now: Date.now() });
    }
  });
}
