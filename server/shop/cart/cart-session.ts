import "server-only";
import { cookies } from "next/headers";
import { shopDb } from "@/db/shop/client";
import { env } from "@/server/env";
import type { Country } from "../i18n/locales";
import { CART_ID_PATTERN, cartExists, createCart } from "./cart-store";

/**
 * The browser holds only the cart's random id, in an httpOnly cookie
 * (scripts can't read it) with SameSite=Lax (other sites can't post to the
 * cart with it, but the bank's return link still brings it back).
 */
export const CART_COOKIE = "shop_cart";
const THIRTY_DAYS = 60 * 60 * 24 * 30;

/** The shopper's cart id, if their cookie names a cart that exists. Read-only: safe in server components. */
export async function currentCartId(): Promise<string | null> {
  const id = (await cookies()).get(CART_COOKIE)?.value;
  if (!id || !CART_ID_PATTERN.test(id)) return null;
  return cartExists(shopDb(), id) ? id : null;
}

/** The shopper's cart, created on first use. Sets a cookie: only from route handlers and server actions. */
export async function ensureCartId(country: Country): Promise<string> {
  const existing = await currentCartId();
  if (existing) return existing;
  const id = createCart(shopDb(), country);
  (await cookies()).set(CART_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https://"),
    path: "/",
    maxAge: THIRTY_DAYS,
  });
  return id;
}
