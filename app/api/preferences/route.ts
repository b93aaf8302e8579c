import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { shopDb } from "@/db/shop/client";
import { env } from "@/server/env";
import { currentCartId } from "@/server/shop/cart/cart-session";
import { setCartCountry } from "@/server/shop/cart/cart-store";
import { COUNTRY_COOKIE, isCountry, isLocale, LOCALE_COOKIE } from "@/server/shop/i18n/locales";

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * A post from this shop's own pages: the Origin is APP_URL's, or, on the pages
 * that send no referrer (their URL holds an order token, and "no-referrer"
 * blanks their posts' Origin to "null"), the browser's own word that the
 * request comes from this origin.
 */
function fromThisShop(request: NextRequest, appOrigin: string): boolean {
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") return origin === appOrigin;
  return request.headers.get("sec-fetch-site") === "same-origin";
}

/** A same-origin path (with its query) from a URL or a path, or null. */
function samePath(value: string | null, appOrigin: string): string | null {
  if (!value || !URL.canParse(value, appOrigin)) return null;
  const url = new URL(value, appOrigin);
  return url.origin === appOrigin ? `${url.pathname}${url.search}` : null;
}

/**
 * The language and country switches' endpoint (app/(shop)/_components/preferences-switch.tsx):
 * sets the chosen language or country, then answers 303 to the page the switch
 * was pressed on, so that the browser loads it anew: the catalogue's pages are
 * cached per language and country, chosen by the proxy from the cookies a
 * request brings, and a client-side navigation to the same URL could be served
 * from the router's cache with the old choice. The page is the Referer, or,
 * where none is sent, the path the form carries.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const appOrigin = new URL(env().APP_URL).origin;
  if (!fromThisShop(request, appOrigin)) return new Response("Forbidden", { status: 403, headers: { "Cache-Control": "no-store" } });

  const form = await request.formData().catch(() => null);
  const locale = form?.get("locale");
  const country = form?.get("country");
  const jar = await cookies();
  if (isLocale(locale)) jar.set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: ONE_YEAR });
  if (isCountry(country)) {
    jar.set(COUNTRY_COOKIE, country, { path: "/", sameSite: "lax", maxAge: ONE_YEAR });
    // The country decides eligibility, so the cart follows it (the order engine reads the cart's country).
    const cartId = await currentCartId();
    if (cartId) setCartCountry(shopDb(), cartId, country);
  }

  const back = form?.get("back");
  const target =
    samePath(request.headers.get("referer"), appOrigin) ?? samePath(typeof back === "string" ? back : null, appOrigin) ?? "/";
  return new Response(null, { status: 303, headers: { Location: target, "Cache-Control": "no-store" } });
}
