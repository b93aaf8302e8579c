import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/server/env";
import { CANONICAL_PATH_HEADER, canonicalRedirect, requestedHost } from "@/server/lib/canonical-host";
import { isSandboxPath, routeGroup, securityHeaders } from "@/server/lib/security-headers";

/**
 * In front of every route: the security headers of its route group, with a
 * fresh CSP nonce per request, and in production mode the whole sandbox
 * (console, journeys, bank API) answered 404 before any of its code runs.
 */
export function proxy(request: NextRequest): NextResponse {
  const { APP_MODE, APP_URL, NODE_ENV } = env();
  const pathname = request.nextUrl.pathname;
  // Another name of this server: the shop's layout sends it to APP_URL's origin before anything is stored
  // (a redirect answered here would be made relative by Next when APP_URL is the server's own host name).
  const moveTo = canonicalRedirect(APP_URL, { host: requestedHost(request.headers), pathname, search: request.nextUrl.search }) ? `${pathname}${request.nextUrl.search}` : null;
  const https = APP_URL.startsWith("https:");
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const sandboxOff = APP_MODE === "production" && isSandboxPath(pathname);
  const headers = securityHeaders({ group: sandboxOff ? "shop" : routeGroup(pathname), nonce, https, dev: NODE_ENV === "development" });

  let response: NextResponse;
  if (sandboxOff) {
    response = new NextResponse("Not Found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  } else {
    // Next takes the nonce for its own scripts from the request's policy.
    const requestHeaders = new Headers(request.headers);
    const csp = headers["Content-Security-Policy"];
    if (csp) requestHeaders.set("Content-Security-Policy", csp);
    // Set by this proxy only: a client's own value is dropped.
    if (moveTo) requestHeaders.set(CANONICAL_PATH_HEADER, moveTo);
    else requestHeaders.delete(CANONICAL_PATH_HEADER);
    response = NextResponse.next({ request: { headers: requestHeaders } });
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
