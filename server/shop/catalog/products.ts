import "server-only";
import { asc, eq } from "drizzle-orm";
import { catalogTranslations } from "@/db/shop/catalog-data";
import type { ShopDb } from "@/db/shop/client";
import { products } from "@/db/shop/schema";
import type { DecisionItem } from "../financing/decision";
import type { Locale } from "../i18n/locales";

export type Product = typeof products.$inferSelect;

/**
 * The product's words in the shopper's language: the row holds the French
 * catalogue, the other languages come from the catalogue's translations
 * (a product without one stays in French rather than showing nothing).
 */
export function localized(product: Product, locale: Locale): Product {
  if (locale === "fr") return product;
  const words = catalogTranslations[locale][product.slug];
  return words ? { ...product, ...words } : product;
}

/** A product's name in the shopper's language, for pages that hold a cart line rather than the product (the cart, the checkout). */
export function productName(slug: string, frenchName: string, locale: Locale): string {
  return locale === "fr" ? frenchName : (catalogTranslations[locale][slug]?.name ?? frenchName);
}

export function listProducts(db: ShopDb, locale: Locale = "fr"): Product[] {
  return db
    .select()
    .from(products)
    .orderBy(asc(products.priceCents))
    .all()
    .map((p) => localized(p, locale));
}

export function productBySlug(db: ShopDb, slug: string, locale: Locale = "fr"): Product | undefined {
  const product = db.select().from(products).where(eq(products.slug, slug)).get();
  return product && localized(product, locale);
}

/** A cart's lines as the financing decision reads them, named in the shopper's language for its message. */
export function financedItems(lines: readonly { slug: string; name: string; sku: string; category: string }[], locale: Locale): DecisionItem[] {
  return lines.map((line) => ({ sku: line.sku, category: line.category, name: productName(line.slug, line.name, locale) }));
}
