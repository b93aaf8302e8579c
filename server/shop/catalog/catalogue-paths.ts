import { COUNTRIES, LOCALES, preferencesOrDefaults } from "../i18n/locales";

/**
 * The catalogue's public paths and the internal ones their cached pages live
 * at (app/(catalogue)/[locale]/[country]): pure, for proxy.ts and its tests.
 */
const PRODUCT_PATH = /^\/products\/[^/.]+$/; // not the pictures (public/products/*.svg)
const CACHED_PATH = new RegExp(`^/(${LOCALES.join("|")})/(${COUNTRIES.join("|")})(/products/[^/.]+)?$`);

/** `/de/DE/products/x` for `/products/x` with German cookies; null for any path that is not the catalogue's. */
export function catalogueRewrite(pathname: string, localeCookie: string | undefined, countryCookie: string | undefined): string | null {
  if (pathname !== "/" && !PRODUCT_PATH.test(pathname)) return null;
  const { locale, country } = preferencesOrDefaults(localeCookie, countryCookie);
  return `/${locale}/${country}${pathname === "/" ? "" : pathname}`;
}

/** A path served by the cached pages: a public catalogue path, or one of their own (opened directly). */
export function isCataloguePage(pathname: string): boolean {
  return pathname === "/" || PRODUCT_PATH.test(pathname) || CACHED_PATH.test(pathname);
}
