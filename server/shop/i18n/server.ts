import "server-only";
import { cookies } from "next/headers";
import { formatters } from "./format";
import { COUNTRY_COOKIE, DEFAULT_COUNTRY, DEFAULT_LOCALE, isCountry, isLocale, LOCALE_COOKIE, type Country, type Locale } from "./locales";
import { messagesFor } from "./messages";

/** The shopper's language and billing country, from their cookies (defaults: French, France). */
export async function shopperPreferences(): Promise<{ locale: Locale; country: Country }> {
  const jar = await cookies();
  const locale = jar.get(LOCALE_COOKIE)?.value;
  const country = jar.get(COUNTRY_COOKIE)?.value;
  return { locale: isLocale(locale) ? locale : DEFAULT_LOCALE, country: isCountry(country) ? country : DEFAULT_COUNTRY };
}

/** Everything a server component needs to speak the shopper's language. */
export async function getI18n() {
  const prefs = await shopperPreferences();
  return { ...prefs, t: messagesFor(prefs.locale), fmt: formatters(prefs.locale, prefs.country) };
}
