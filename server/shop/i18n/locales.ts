/**
 * Language and country are two separate choices of the shopper: language is
 * how the shop talks (French by default), country is where the buyer is billed
 * (it decides the eligible financing and the phone rules). Both live in
 * cookies; the URL carries neither.
 */
export const LOCALES = ["fr", "en", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";
export const LOCALE_COOKIE = "shop_locale";

export const COUNTRIES = ["FR", "DE"] as const;
export type Country = (typeof COUNTRIES)[number];
export const DEFAULT_COUNTRY: Country = "FR";
export const COUNTRY_COOKIE = "shop_country";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function isCountry(value: unknown): value is Country {
  return typeof value === "string" && (COUNTRIES as readonly string[]).includes(value);
}

/** BCP 47 tag for Intl formatting; English uses British conventions (euro, day first). */
export function intlTag(locale: Locale): string {
  return { fr: "fr-FR", en: "en-GB", de: "de-DE" }[locale];
}

export type Preferences = { locale: Locale; country: Country };

/** Each value if valid, else its default (French, France). */
export function preferencesOrDefaults(locale: string | undefined, country: string | undefined): Preferences {
  return { locale: isLocale(locale) ? locale : DEFAULT_LOCALE, country: isCountry(country) ? country : DEFAULT_COUNTRY };
}
