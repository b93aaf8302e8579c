/**
 * The response headers every route group gets from proxy.ts. Pure, so that
 * each group's policy is unit-tested; the proxy only adds the request's nonce.
 *
 * Next 16 reads the nonce back from the request's Content-Security-Policy
 * and puts it on its own inline and framework scripts, so `script-src` needs
 * no 'unsafe-inline'; 'strict-dynamic' lets those scripts load their chunks.
 *
 * The catalogue's pages are cached shells (app/(catalogue)): their HTML was
 * rendered for an earlier request, so its script tags carry that request's
 * nonce or none, and only what streams in per request carries this one. Their
 * policy is the one Next documents for prerendered pages, kept strict: the
 * app's own script files by origin ('self', without 'strict-dynamic', which
 * would ignore it), inline scripts only with this request's nonce or, for the
 * one constant script React writes into every shell, its hash.
 */
import { createHash } from "node:crypto";

export type RouteGroup = "shop" | "catalogue" | "bank-frame" | "sandbox" | "sandbox-journey";

/** React DOM's shell-time script (it times the first paint), the one inline script of a cached shell. */
export const REACT_SHELL_SCRIPT = "requestAnimationFrame(function(){$RT=performance.now()});";
const REACT_SHELL_SCRIPT_HASH = `'sha256-${createHash("sha256").update(REACT_SHELL_SCRIPT).digest("base64")}'`;

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

/** The sandbox's pages: the bank's side, framed by no one. */
function isBankGroup(group: RouteGroup): boolean {
  return group !== "shop" && group !== "catalogue";
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
  const bank = isBankGroup(group);
  const scripts = group === "catalogue" ? `'self' 'nonce-${nonce}' ${REACT_SHELL_SCRIPT_HASH}` : `'self' 'nonce-${nonce}' 'strict-dynamic'`;
  const directives = [
    "default-src 'self'",
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ""}`,
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

/** The nonce proxy.ts put in a request's policy, for the few documents written without React (which reads it itself). */
export function nonceOf(policy: string | null | undefined): string | null {
  return policy?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1] ?? null;
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
  const bank = isBankGroup(group);
  headers["X-Frame-Options"] = bank ? "DENY" : "SAMEORIGIN";
  // Pages whose URL holds an order token set no-referrer themselves; the journey's own "same-origin" keeps its form posts' Origin.
  headers["Referrer-Policy"] = bank ? "same-origin" : "strict-origin-when-cross-origin";
  return headers;
}
