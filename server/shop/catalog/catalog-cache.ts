import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { shopDb } from "@/db/shop/client";
import type { Locale } from "../i18n/locales";
import { listProducts, productBySlug, type Product } from "./products";

/**
 * The catalogue as the cached shells of the catalogue and product pages see
 * it: read once per language (and product), kept until the catalogue changes.
 * Products are written by the seed (scripts/migrate.ts) before the server starts,
 * and the pages' cache lives in the server's memory (next.config.js), so a
 * restart serves a changed catalogue; code that writes products while the
 * server runs calls `revalidateTag(CATALOGUE_CACHE_TAG, "max")`, which drops
 * these reads and the cached pages built on them.
 */
export const CATALOGUE_CACHE_TAG = "catalogue";

export async function cachedProducts(locale: Locale): Promise<Product[]> {
  "use cache";
  cacheTag(CATALOGUE_CACHE_TAG);
  cacheLife("max");
  return listProducts(shopDb(), locale);
}

/** null, not undefined, for an unknown slug: what a cache entry can hold. */
export async function cachedProduct(slug: string, locale: Locale): Promise<Product | null> {
  "use cache";
  cacheTag(CATALOGUE_CACHE_TAG);
  cacheLife("max");
  return productBySlug(shopDb(), slug, locale) ?? null;
}
