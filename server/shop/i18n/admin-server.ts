import "server-only";
import { cookies, headers } from "next/headers";
import { adminFormatters } from "./admin-format";
import { ADMIN_LOCALE_COOKIE, adminLocale } from "./admin-locale";
import { adminMessagesFor } from "./admin-messages";
import type { Locale } from "./locales";

/** The admin's language: their cookie, else their browser's. */
export async function adminPreference(): Promise<Locale> {
  const [jar, heads] = await Promise.all([cookies(), headers()]);
  return adminLocale(jar.get(ADMIN_LOCALE_COOKIE)?.value, heads.get("accept-language"));
}

/** Everything a back-office server component needs to speak the admin's language. */
export async function getAdminI18n() {
  const locale = await adminPreference();
  return { locale, t: adminMessagesFor(locale), fmt: adminFormatters(locale) };
}
