"use server";
import { cookies } from "next/headers";
import { shopDb } from "@/db/shop/client";
import { currentCartId } from "@/server/shop/cart/cart-session";
import { setCartCountry } from "@/server/shop/cart/cart-store";
import { COUNTRY_COOKIE, isCountry, isLocale, LOCALE_COOKIE } from "@/server/shop/i18n/locales";

const ONE_YEAR = 60 * 60 * 24 * 365;

export async function setLocale(form: FormData): Promise<void> {
  const locale = form.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: ONE_YEAR });
}

/** The country decides eligibility, so the cart follows it (the order engine reads the cart's country). */
export async function setCountry(form: FormData): Promise<void> {
  const country = form.get("country");
  if (!isCountry(country)) return;
  (await cookies()).set(COUNTRY_COOKIE, country, { path: "/", sameSite: "lax", maxAge: ONE_YEAR });
  const cartId = await currentCartId();
  if (cartId) setCartCountry(shopDb(), cartId, country);
}
