/**
 * Helpers for the engine's tests (unit tests here, integration tests under
 * tests/integration): a migrated, seeded shop database in a temporary file,
 * carts, and checkout data as the storefront hands them to placeOrder.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { ShopDb } from "@/db/shop/client";
import * as schema from "@/db/shop/schema";
import { cartItems, carts, products } from "@/db/shop/schema";
import { seedShop } from "@/db/shop/seed";
import { seedDemoFinancingSettings } from "../financing/demo-settings";
import { openSqlite } from "@/db/sqlite";
import type { BankEnvironment } from "@/server/lib/bank-environment";
import type { EngineDeps } from "./deps";
import { memoryBank } from "./memory-bank.test-support";
import type { PlaceOrderInput } from "./place-order";

export interface TestShop {
  db: ShopDb;
  path: string;
  /** A second connection to the same file, as a restarted process would open. */
  reopen(): ShopDb;
  close(): void;
}

export function createTestShop(): TestShop {
  const dir = mkdtempSync(join(tmpdir(), "engine-test-"));
  const path = join(dir, "shop.db");
  const opened: { close(): void }[] = [];
  const open = (): ShopDb => {
    const sqlite = openSqlite(path);
    opened.push(sqlite);
    return drizzle(sqlite, { schema });
  };
  const db = open();
  migrate(db, { migrationsFolder: join(process.cwd(), "db/shop/migrations") });
  seedShop(db, { email: "admin@test.shop", password: "test-password" });
  seedDemoFinancingSettings(db);
  return {
    db,
    path,
    reopen: open,
    close() {
      for (const connection of opened) connection.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A cart holding the products whose price is closest to each wanted price (cents), one of each. */
export function cartNear(db: ShopDb, pricesCents: number[], country: "FR" | "DE" = "FR"): { cartId: string; totalCents: number } {
  const all = db.select().from(products).all();
  const cartId = randomUUID().replace(/-/g, "").padEnd(32, "0").slice(0, 32);
  db.insert(carts).values({ id: cartId, country }).run();
  let totalCents = 0;
  const used = new Set<number>();
  for (const wanted of pricesCents) {
    const product = all.filter((p) => !used.has(p.id)).sort((a, b) => Math.abs(a.priceCents - wanted) - Math.abs(b.priceCents - wanted))[0];
    if (!product) throw new Error("catalogue too small");
    used.add(product.id);
    db.insert(cartItems).values({ cartId, productId: product.id, quantity: 1 }).run();
    totalCents += product.priceCents;
  }
  return { cartId, totalCents };
}

export function emptyCart(db: ShopDb, cartId: string): void {
  db.delete(cartItems).where(eq(cartItems.cartId, cartId)).run();
}

/** Checkout data for a French or German buyer, birth data included for long credit. */
export function checkoutFor(solutionCode: string, country: "FR" | "DE" = solutionCode.slice(2, 4) === "DE" ? "DE" : "FR"): PlaceOrderInput["checkout"] {
  const fr = country === "FR";
  const address = {
    streetNumber: 12,
    streetName: fr ? "rue de la Paix" : "Hauptstraße",
    zipCode: fr ? "75002" : "10115",
    cityName: fr ? "Paris" : "Berlin",
    regionName: fr ? "Île-de-France" : "Berlin",
    countryCode: country,
  };
  return {
    solutionCode,
    buyer: {
      commonTitle: "MRS",
      firstName: fr ? "Camille" : "Anna",
      lastName: fr ? "Martin" : "Schmidt",
      email: fr ? "camille.martin@example.fr" : "anna.schmidt@example.de",
      mobilePhoneNumber: fr ? "+33612345678" : "+4915123456789",
    },
    billingAddress: address,
    deliveryAddress: address,
    birth: solutionCode.slice(4, 6) === "SP" ? null : { birthDate: "1985-04-12", birthCityName: fr ? "Lyon" : "Hamburg", birthCountryName: country },
  };
}

export function attemptKey(): string {
  return randomUUID();
}

/** The engine on a fresh test shop and a bank in memory, on a clock the test moves (`clock.now += ms`). */
export function memoryEngine(startMs: number, bankEnvironment: BankEnvironment = "sandbox") {
  const shop = createTestShop();
  const clock = { now: startMs };
  const bank = memoryBank(() => clock.now);
  const deps: EngineDeps = { db: shop.db, bank: bank.client, apiVersion: "1.4.0", bankEnvironment, appUrl: "https://shop.test", now: () => clock.now, sleep: async (ms) => void (clock.now += ms) };
  return { shop, bank, deps, clock };
}

export type MemoryEngine = ReturnType<typeof memoryEngine>;
