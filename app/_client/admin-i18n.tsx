"use client";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { adminFormatters } from "@/server/shop/i18n/admin-format";
import { adminMessagesFor } from "@/server/shop/i18n/admin-messages";
import type { Locale } from "@/server/shop/i18n/locales";

const AdminI18nContext = createContext<Locale | null>(null);

/** Only the locale crosses the server/client line; the back office's dictionaries are bundled (they hold functions). */
export function AdminI18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <AdminI18nContext.Provider value={locale}>{children}</AdminI18nContext.Provider>;
}

export function useAdminI18n() {
  const locale = useContext(AdminI18nContext);
  if (!locale) throw new Error("useAdminI18n must be used inside <AdminI18nProvider>");
  return useMemo(() => ({ locale, t: adminMessagesFor(locale), fmt: adminFormatters(locale) }), [locale]);
}
