import { normalizedPath } from "./security-headers";

/**
 * The shop has one public origin (APP_URL): the bank sends shoppers back to it,
 * and the shopper's cookies (cart, language, country) live on it. A page opened
 * on another name of the same server (127.0.0.1 for localhost, a bare IP, an
 * old domain) would keep its own cookies and lose them on the way back from the
 * bank, so such requests are sent to APP_URL's origin before anything is stored.
 *
 * Server-to-server calls are left alone: a redirect would not carry a POST's
 * body faithfully everywhere, and the shop's own calls to the embedded bank or
 * the bank's webhooks have no cookies to lose.
 */
const SERVER_TO_SERVER = [/^\/api(\/|$)/, /^\/sandbox\/baas(\/|$)/];

export interface CanonicalRequest {
  /** The request's URL path and query, as received. */
  readonly pathname: string;
  readonly search: string;
  /** What the client asked for: the forwarded host when behind a proxy, else Host. */
  readonly host: string | null;
}

/** The URL to send the request to, or null when it is on the canonical origin already (or must not move). */
export function canonicalRedirect(appUrl: string, request: CanonicalRequest): string | null {
  if (!request.host) return null;
  const canonical = new URL(appUrl);
  if (request.host.toLowerCase() === canonical.host.toLowerCase()) return null;
  const path = normalizedPath(request.pathname);
  if (SERVER_TO_SERVER.some((pattern) => pattern.test(path))) return null;
  return `${canonical.origin}${request.pathname}${request.search}`;
}

/**
 * The page request that must move is rewritten by proxy.ts to this route
 * handler, with the path and query to send it to in this request header (a
 * route handler behind an internal rewrite sees the shopper's URL, not the
 * rewritten one, so a query parameter would be lost): pages
 * stream with their status sent first, and a redirect answered by the proxy is
 * made relative by Next whenever APP_URL is the server's own host name, which
 * would send the browser back to the host it came from, forever.
 */
export const CANONICAL_REDIRECT_PATH = "/to-canonical-host";
export const CANONICAL_TARGET_HEADER = "x-canonical-target";

/** APP_URL's origin with `pathAndQuery`; anything that is not a plain path ("//evil", "https://…") becomes "/". */
export function canonicalLocation(appUrl: string, pathAndQuery: string): string {
  const origin = new URL(appUrl).origin;
  const path = pathAndQuery.startsWith("/") && !pathAndQuery.startsWith("//") && !pathAndQuery.startsWith("/\\") ? pathAndQuery : "/";
  const target = new URL(path, origin);
  return target.origin === origin ? target.toString() : `${origin}/`;
}

/** The host the client used: the first X-Forwarded-Host a reverse proxy set, else Host. */
export function requestedHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}
