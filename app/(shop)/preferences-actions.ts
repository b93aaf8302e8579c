"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { shopDb } from "@/db/shop/client";
import { env } from "@/server/env";
import { currentCartId } from "@/server/shop/cart/cart-session";
import { setCartCountry } from "@/server/shop/cart/cart-store";
import { COUNTRY_COOKIE, isCountry } from "@/server/shop/i18n/locales";

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * Back to the page the switch was pressed on, as a new request: the catalogue's
 * pages are cached per language and country, chosen by the proxy from the
 * cookies a request brings, so re-rendering the page within this action would
 * still show the old choice. Pages that send no referrer (those whose URL holds
 * an order token) read the cookies themselves and are re-rendered in place.
 */
async function reloadThePage(): Promise<void> {
  const referer = (await headers()).get("referer");
  if (!referer || !URL.canParse(referer)) return;
  const from = new URL(referer);
  if (from.origin !== new URL(env().APP_URL).origin) return;
  redirect(`${from.pathname}${from.search}`);
}

/**
 * The checkout form's country select (the header's switches post to
 * app/api/preferences/route.ts). The country decides eligibility, so the
 * cart follows it (the order engine reads the cart's country).
 */
export async function setCountry(form: FormData): Promise<void> {
  const country = form.get("country");
  if (!isCountry(country)) return;
  (await cookies()).set(COUNTRY_COOKIE, country, { path: "/", sameSite: "lax", maxAge: ONE_YEAR });
  const cartId = await currentCartId();
  if (cartId) setCartCountry(shopDb(), cartId, country);
  await reloadThePage();
}
