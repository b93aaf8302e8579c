import "server-only";
import { eq } from "drizzle-orm";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { shopDb } from "@/db/shop/client";
import { orders } from "@/db/shop/schema";
import { env } from "@/server/env";
import { activeAdmin } from "./active-admin";

/**
 * Back-office pages stream (Next 16 cacheComponents sends their 200 before
 * they render), so a page's own redirect() or notFound() reaches the browser
 * as a client-side navigation, not as an HTTP status. proxy.ts asks the two
 * questions that decide a status first, so that a revoked or forged session
 * gets a real 307 to the login page and an unknown order a real 404; the
 * pages keep their own checks.
 */
const ORDER_PAGE = /^\/admin\/orders\/([^/]+)\/?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The request's next-auth cookie is valid and names an active admin user (the same test as every session read). */
export async function hasAdminSession(request: NextRequest): Promise<boolean> {
  const { AUTH_SECRET, APP_URL } = env();
  const token = await getToken({ req: request, secret: AUTH_SECRET, secureCookie: APP_URL.startsWith("https:") }).catch(() => null);
  return token !== null && activeAdmin(token) !== null;
}

/** An order page whose id is malformed or names no order. */
export function isUnknownOrderPage(pathname: string): boolean {
  const id = ORDER_PAGE.exec(pathname)?.[1];
  if (id === undefined) return false;
  if (!UUID.test(id)) return true;
  return shopDb().select({ id: orders.id }).from(orders).where(eq(orders.id, id)).get() === undefined;
}
