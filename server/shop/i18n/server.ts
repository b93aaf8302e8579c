import "server-only";
import { cookies } from "next/headers";
import { formatters } from "./format";
import { COUNTRY_COOKIE, LOCALE_COOKIE, preferencesOrDefaults, type Preferences } from "./locales";
import { messagesFor } from "./messages";

/** The shopper's language and billing country, from their cookies (defaults: French, France). */
export async function shopperPreferences(): Promise<Preferences> {
  const jar = await cookies();
  return preferencesOrDefaults(jar.get(LOCALE_COOKIE)?.value, jar.get(COUNTRY_COOKIE)?.value);
}

/** The dictionary and formatters of one language and country: for pages that know them without a request (cached shells). */
export function i18nFor({ locale, country }: Preferences) {
  return { locale, country, t: messagesFor(locale), fmt: formatters(locale, country) };
}

/** Everything a server component needs to speak the shopper's language. */
export async function getI18n() {
  return i18nFor(await shopperPreferences());
}
