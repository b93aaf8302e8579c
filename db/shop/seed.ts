import bcrypt from "bcryptjs";
import { sql } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { defaultSettings, type FinancingSettings } from "@/server/shop/financing/settings";
import { CONTRACTED_SOLUTIONS } from "@/server/shop/financing/contract";
import { readFinancingSettings, saveFinancingSettings } from "@/server/shop/financing/settings-store";
import { catalog } from "./catalog-data";
import * as schema from "./schema";

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

/** Idempotent: re-running it updates the catalogue and the admin in place. */
export function seedShop(
  db: BetterSQLite3Database<typeof schema>,
  admin: { email: string; password: string },
): void {
  db.transaction((tx) => {
    for (const p of catalog) {
      const row = {
        slug: p.slug,
        name: p.name,
        brand: p.brand,
        model: p.model,
        category: p.category,
        description: p.description,
        specifications: p.specifications,
        sku: p.sku,
        priceCents: p.priceCents,
        imagePath: `/products/${p.slug}.svg`,
      };
      tx.insert(schema.products)
        .values(row)
        .onConflictDoUpdate({ target: schema.products.slug, set: row })
        .run();
    }
    const existing = tx
      .select()
      .from(schema.adminUsers)
      .where(sql`${schema.adminUsers.email} = ${admin.email}`)
      .get();
    if (!existing || !bcrypt.compareSync(admin.password, existing.passwordHash)) {
      const passwordHash = bcrypt.hashSync(admin.password, 10);
      tx.insert(schema.adminUsers)
        .values({ email: admin.email, passwordHash, name: "Demo merchant admin" })
        .onConflictDoUpdate({ target: schema.adminUsers.email, set: { passwordHash } })
        .run();
    }
    // Only into an empty history: what the merchant saved is never overwritten.
    if (readFinancingSettings(tx).revision === 0) {
      saveFinancingSettings(tx, { settings: DEMO_FINANCING_SETTINGS, baseRevision: 0, changedBy: "demo seed", now: Date.now() });
    }
  });
}
