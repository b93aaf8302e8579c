import bcrypt from "bcryptjs";
import { sql } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { catalog } from "./catalog-data";
import * as schema from "./schema";

/**
 * Idempotent: re-running it updates the catalogue and the admin in place.
 * The demo's financing settings are the shop's own rules: server/shop/financing/demo-settings.ts seeds them.
 */
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
  });
}
