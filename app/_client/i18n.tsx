"use client";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { formatters } from "@/server/shop/i18n/format";
import type { Country, Locale } from "@/server/shop/i18n/locales";
import { messagesFor } from "@/server/shop/i18n/messages";

interface I18nValue {
  locale: Locale;
  country: Country;
}

const I18nContext = createContext<I18nValue | null>(null);

/** Only the locale and country cross the server/client line; the dictionaries are bundled (they hold functions). */
export function I18nProvider({ locale, country, children }: I18nValue & { children: ReactNode }) {
  const value = useMemo(() => ({ locale, country }), [locale, country]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  const { locale, country } = value;
  return useMemo(() => ({ locale, country, t: messagesFor(locale), fmt: formatters(locale, country) }), [locale, country]);
}
