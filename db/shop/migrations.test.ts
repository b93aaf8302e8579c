import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, describe, expect, it } from "vitest";

const FOLDER = "db/shop/migrations";
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The shop's migrations up to `tag` only (a database as an older release left it). */
function migrationsUpTo(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), "shop-migrations-"));
  dirs.push(dir);
  cpSync(FOLDER, dir, { recursive: true });
  const journal = JSON.parse(readFileSync(join(FOLDER, "meta/_journal.json"), "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag) + 1);
  writeFileSync(join(dir, "meta/_journal.json"), JSON.stringify(journal));
  return dir;
}

describe("migration 0007: order references and line names", () => {
  it("backfills past orders' references and their lines' names from the catalogue (the French label where it has none)", () => {
    const sqlite = new Database(":memory:");
    const db = drizzle(sqlite);
    migrate(db, { migrationsFolder: migrationsUpTo("0006_financing_settings") });
    const id = "0b9e6c2e-4a5d-4f1e-9a4f-2c8d1f3e7a10";
    sqlite
      .prepare(
        `insert into orders (id, public_token, idempotency_key, basket_id, merchant_buyer_id, country, solution_code, solution_kind, subtotal_cents, delivery_cents, total_cents, initial_financed_cents, financed_cents, state)
         values (?, 'token-1', 'key-1', 'basket-1', 'buyer-1', 'FR', 'SCFRSP-3XTS', 'split', 98900, 0, 98900, 98900, 98900, 'funded')`,
      )
      .run(id);
    const line = sqlite.prepare(
      `insert into order_lines (order_id, product_id, sku, label, brand, model, category, description, specifications, unit_price_cents, quantity, line_total_cents)
       values (?, 1, ?, ?, 'b', 'm', 'c', 'd', 's', 100, 1, 100)`,
    );
    line.run(id, "AB-MC40-INX", "Moulin à café manuel Céramique");
    line.run(id, "GONE-SKU", "Produit retiré du catalogue");

    migrate(db, { migrationsFolder: FOLDER });

    expect(sqlite.prepare("select reference from orders").get()).toEqual({ reference: "0B9E6C2E4A" });
    expect(sqlite.prepare("select label, name_en, name_de from order_lines order by id").all()).toEqual([
      { label: "Moulin à café manuel Céramique", name_en: "Ceramic manual coffee grinder", name_de: "Manuelle Kaffeemühle Keramik" },
      { label: "Produit retiré du catalogue", name_en: "Produit retiré du catalogue", name_de: "Produit retiré du catalogue" },
    ]);
    // The reference stays unique.
    const second = sqlite.prepare(
      `insert into orders (id, reference, public_token, idempotency_key, basket_id, merchant_buyer_id, country, solution_code, solution_kind, subtotal_cents, delivery_cents, total_cents, initial_financed_cents, financed_cents, state)
       values ('another-id', ?, 'token-2', 'key-2', 'basket-2', 'buyer-2', 'FR', 'SCFRSP-3XTS', 'split', 100, 0, 100, 100, 100, 'pending')`,
    );
    expect(() => second.run("0B9E6C2E4A")).toThrow(/UNIQUE/);
    expect(() => second.run("0B9E6C2E4B")).not.toThrow();
    sqlite.close();
  });
});
