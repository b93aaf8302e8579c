import "server-only";
import { TRPCError } from "@trpc/server";
import { env } from "@/server/env";

/**
 * Why a request that changes something must not be obeyed, or null when it
 * comes from the back office's own pages. The session cookie is SameSite=Lax
 * already, and tRPC mutations are JSON POSTs (not a request a cross-site form
 * can make); these checks are the second lock, in the browser's own words:
 *   - Sec-Fetch-Site (every current browser sends it): only "same-origin";
 *   - Origin (sent on every cross-origin POST): this site's origin only;
 *   - Content-Type: application/json, which a cross-site form cannot send.
 * A request with neither header is not from a browser page (curl, a script
 * with the admin's cookie): nothing cross-site to guard against.
 */
export function crossSiteReason(headers: Headers, appUrl: string): string | null {
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") return `the request came from another site (Sec-Fetch-Site: ${site})`;
  const origin = headers.get("origin");
  if (origin !== null && !ownOrigins(headers, appUrl).has(origin)) return `the request came from another origin (${origin})`;
  const type = headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") return `a change must be sent as application/json (got ${type || "no content type"})`;
  return null;
}

/** The public origin, and the one the request was addressed to (a proxy may put the app behind another name). */
function ownOrigins(headers: Headers, appUrl: string): Set<string> {
  const configured = new URL(appUrl);
  const origins = new Set([configured.origin]);
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (host) {
    const proto = headers.get("x-forwarded-proto") ?? configured.protocol.replace(/:$/, "");
    origins.add(`${proto}://${host}`);
  }
  return origins;
}

/** For admin mutations: refuses a request made by another site's page. */
export function assertSameOrigin(headers: Headers): void {
  const reason = crossSiteReason(headers, env().APP_URL);
  if (reason) throw new TRPCError({ code: "FORBIDDEN", message: `Refused: ${reason}. Use the back office's own pages.` });
}
