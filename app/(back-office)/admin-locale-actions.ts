"use server";
import { cookies } from "next/headers";
import { ADMIN_LOCALE_COOKIE } from "@/server/shop/i18n/admin-locale";
import { isLocale } from "@/server/shop/i18n/locales";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The admin's language for the back office (the login page included, hence the whole site's path). */
export async function setAdminLocale(form: FormData): Promise<void> {
  const locale = form.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(ADMIN_LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: ONE_YEAR });
}
