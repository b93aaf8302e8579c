import { catalogTranslations } from "@/db/shop/catalog-data";
import type { Locale } from "../i18n/locales";

/** A product's name in each of the shop's languages, as an order line keeps it. */
export type LineNames = Record<Locale, string>;

/**
 * The names an order line stores at placement: the catalogue's French name
 * and its English and German translations as they are now (a product without
 * one keeps its French name), so that a later catalogue change rewrites no
 * past order.
 */
export function namesAtPlacement(product: { slug: string; name: string }): LineNames {
  return {
    fr: product.name,
    en: catalogTranslations.en[product.slug]?.name ?? product.name,
    de: catalogTranslations.de[product.slug]?.name ?? product.name,
  };
}

/** The stored names of a line (its French name is the label the bank received). */
export function storedNames(line: { label: string; nameEn: string; nameDe: string }): LineNames {
  return { fr: line.label, en: line.nameEn, de: line.nameDe };
}
