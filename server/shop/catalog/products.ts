import "server-only";
import { asc, eq } from "drizzle-orm";
import type { ShopDb } from "@/db/shop/client";
import { products } from "@/db/shop/schema";

export type Product = typeof products.$inferSelect;

export function listProducts(db: ShopDb): Product[] {
  return db.select().from(products).orderBy(asc(products.priceCents)).all();
}

export function productBySlug(db: ShopDb, slug: string): Product | undefined {
  return db.select().from(products).where(eq(products.slug, slug)).get();
}
