/**
 * The response headers every route group gets from proxy.ts. Pure, so that
 * each group's policy is unit-tested; the proxy only adds the request's nonce.
 *
 * Next 16 reads the nonce back from the request's Content-Security-Policy
 * and puts it on its own inline and framework scripts, so `script-src` needs
 * no 'unsafe-inline'; 'strict-dynamic' lets those scripts load their chunks.
 */

export type RouteGroup = "shop" | "bank-frame" | "sandbox" | "sandbox-journey";

const BANK_FRAME = /^\/checkout\/bank\/[^/]+\/frame\/?$/;

/**
 * Lower-cased, percent-decoded, with repeated slashes folded: the path as the
 * router will match it, so `/%73andbox` or `//sandbox` cannot slip past a
 * prefix check.
 */
export function normalizedPath(pathname: string): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // Malformed escapes: the router will not match them to a page either.
  }
  return path.replace(/\/{2,}/g, "/").toLowerCase();
}

export function isSandboxPath(pathname: string): boolean {
  const path = normalizedPath(pathname);
  return path === "/sandbox" || path.startsWith("/sandbox/");
}

export function routeGroup(pathname: string): RouteGroup {
  const path = normalizedPath(pathname);
  // The bank frame route sets its own, stricter policy (server/shop/checkout/bank-page-policy.ts).
  if (BANK_FRAME.test(path)) return "bank-frame";
  if (path.startsWith("/sandbox/journey/")) return "sandbox-journey";
  if (isSandboxPath(path)) return "sandbox";
  return "shop";
}

export interface HeaderOptions {
  readonly group: RouteGroup;
  readonly nonce: string;
  /** The public origin is https (APP_URL): HSTS and upgrade-insecure-requests. */
  readonly https: boolean;
  /** next dev: React's dev tools need eval and inject unnonced styles. */
  readonly dev: boolean;
}

export function contentSecurityPolicy({ group, nonce, https, dev }: Omit<HeaderOptions, "group"> & { group: Exclude<RouteGroup, "bank-frame"> }): string {
  const bank = group !== "shop";
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    // A few elements carry a style attribute; attributes cannot hold a nonce, and cannot run code.
    "style-src-attr 'unsafe-inline'",
    // The bank's communication kit (logos, tables) is served from the bank's own hosts.
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // A journey's last form answers with a redirect to the merchant's return URL, wherever the merchant is.
    group === "sandbox-journey" ? "form-action 'self' https: http:" : "form-action 'self'",
    // The bank's pages (card entry among them) are framed by no one, as at the real bank.
    bank ? "frame-ancestors 'none'" : "frame-ancestors 'self'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** The response headers of one request; the bank frame keeps its own, only HSTS is added. */
export function securityHeaders(options: HeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  if (options.https) headers["Strict-Transport-Security"] = "max-age=31536000";
  if (options.group === "bank-frame") return headers;
  const { group } = options;
  headers["Content-Security-Policy"] = contentSecurityPolicy({ ...options, group });
  headers["X-Content-Type-Options"] = "nosniff";
  // Old browsers that ignore frame-ancestors.
  headers["X-Frame-Options"] = group === "shop" ? "SAMEORIGIN" : "DENY";
  // Pages whose URL holds an order token set no-referrer themselves; the journey's own "same-origin" keeps its form posts' Origin.
  headers["Referrer-Policy"] = group === "shop" ? "strict-origin-when-cross-origin" : "same-origin";
  return headers;
}
