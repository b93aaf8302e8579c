/**
 * The back office's language: the admin's own choice (a cookie of its own, so
 * that the language a merchant reads their orders in does not follow the
 * shopper language they last tried in the storefront), else the browser's
 * Accept-Language, else English.
 */
import { isLocale, LOCALES, type Locale } from "./locales";

export const ADMIN_LOCALE_COOKIE = "admin_locale";
export const ADMIN_DEFAULT_LOCALE: Locale = "en";

/** The first language of an Accept-Language header the back office speaks, by quality ("de-CH;q=0.8" counts as de). */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", quality: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.quality > 0 && Number.isFinite(entry.quality))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find((language): language is Locale => (LOCALES as readonly string[]).includes(language)) ?? null;
}

export function adminLocale(cookie: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(cookie) ? cookie : (localeFromAcceptLanguage(acceptLanguage) ?? ADMIN_DEFAULT_LOCALE);
}
