import { notFound } from "next/navigation";
import { isCountry, isLocale, type Preferences } from "@/server/shop/i18n/locales";

export type PreferenceParams = Promise<{ locale: string; country: string }>;

/** The language and country the path names (the proxy's rewrite), or the shop's not-found page. */
export async function routePreferences(params: PreferenceParams): Promise<Preferences> {
  const { locale, country } = await params;
  if (!isLocale(locale) || !isCountry(country)) notFound();
  return { locale, country };
}
