import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/server/env";
import { CANONICAL_REDIRECT_PATH, CANONICAL_TARGET_HEADER, canonicalRedirect, requestedHost } from "@/server/lib/canonical-host";
import { isSandboxPath, routeGroup, securityHeaders } from "@/server/lib/security-headers";
import { INVALID_JOURNEY_PATH, invalidJourneyRewrite } from "@/server/sandbox/journeys/journey-gate";
import { hasAdminSession, isUnknownOrderPage } from "@/server/shop/auth/admin-page-gate";
import { isBackOfficePath, loginPathFor, signInRedirect } from "@/server/shop/auth/sign-in-gate";
import { catalogueRewrite, isCataloguePage } from "@/server/shop/catalog/catalogue-paths";
import { COUNTRY_COOKIE, LOCALE_COOKIE } from "@/server/shop/i18n/locales";

const UNKNOWN_PAGE_PATH = "/admin/orders/unknown/not-found";

/**
 * In front of every route: the security headers of its route group, with a
 * fresh CSP nonce per request; requests on another host name than APP_URL's
 * sent there, back-office pages requested without a valid admin session
 * to the login page and unknown orders' pages to a 404, before any page
 * starts streaming (their own checks would come after a 200); the catalogue's pages
 * rewritten to their cached version for the shopper's language and country
 * (their cookies); and in production mode the whole sandbox (console,
 * journeys, bank API) answered 404 before any of its code runs.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { APP_MODE, APP_URL, NODE_ENV } = env();
  const { pathname, search } = request.nextUrl;
  const https = APP_URL.startsWith("https:");
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const sandboxOff = APP_MODE === "production" && isSandboxPath(pathname);
  const cached = catalogueRewrite(pathname, request.cookies.get(LOCALE_COOKIE)?.value, request.cookies.get(COUNTRY_COOKIE)?.value);
  const group = sandboxOff ? "shop" : isCataloguePage(pathname) ? "catalogue" : routeGroup(pathname);
  const headers = securityHeaders({ group, nonce, https, dev: NODE_ENV === "development" });

  let response: NextResponse;
  if (sandboxOff) {
    response = new NextResponse("Not Found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  } else {
    // Next takes the nonce for its own scripts from the request's policy.
    const requestHeaders = new Headers(request.headers);
    const csp = headers["Content-Security-Policy"];
    if (csp) requestHeaders.set("Content-Security-Policy", csp);
    const moving = pathname !== CANONICAL_REDIRECT_PATH && pathname !== INVALID_JOURNEY_PATH && canonicalRedirect(APP_URL, { host: requestedHost(request.headers), pathname, search }) !== null;
    // A cookie is there but may be forged or revoked: the same check as the pages', before they stream their 200.
    const adminPage = !moving && isBackOfficePath(pathname);
    const signIn =
      signInRedirect(pathname, search, request.cookies.getAll().map((c) => c.name)) ?? (adminPage && !(await hasAdminSession(request)) ? loginPathFor(pathname, search) : null);
    const unknownOrder = adminPage && signIn === null && isUnknownOrderPage(pathname);
    // The bank's journey link with an unknown subscription or a wrong token: its "invalid link" page, with a real 404.
    const invalidJourney = APP_MODE === "demo" ? invalidJourneyRewrite(pathname, request.nextUrl.searchParams.get("t")) : null;
    const rewriteTo = (path: string, query: string) => {
      const target = request.nextUrl.clone();
      target.pathname = path;
      target.search = query;
      return NextResponse.rewrite(target, { request: { headers: requestHeaders } });
    };
    if (moving) {
      requestHeaders.set(CANONICAL_TARGET_HEADER, `${pathname}${search}`);
      response = rewriteTo(CANONICAL_REDIRECT_PATH, "");
    }
    else if (signIn) response = NextResponse.redirect(new URL(signIn, request.url), 307);
    // A path no page answers: the shop's not-found route (app/(shop)/[...unmatched]), with its 404 status.
    else if (unknownOrder) response = rewriteTo(UNKNOWN_PAGE_PATH, "");
    else if (invalidJourney) response = rewriteTo(invalidJourney, "");
    else if (cached) response = rewriteTo(cached, search);
    else response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Build assets are immutable files served with their own types; everything else gets the headers.
  // Not the bank's webhook receiver: to run the proxy Next reads the whole request body first (a copy for it),
  // which would defeat the receiver's capped read; its answers are empty bodies, with nothing to protect.
  matcher: [{ source: "/((?!_next/static|_next/image|api/webhooks/).*)" }],
};
