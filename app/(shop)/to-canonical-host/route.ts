import { env } from "@/server/env";
import { CANONICAL_TARGET_HEADER, canonicalLocation } from "@/server/lib/canonical-host";

/**
 * Where proxy.ts sends a page request made on another host name than
 * APP_URL's: pages stream (their status is sent before they render), and a
 * redirect answered by the proxy itself is made relative by Next (see
 * canonical-host.ts). Opened directly, it can only send to APP_URL's origin.
 */
function moveToCanonicalHost(request: Request): Response {
  const target = request.headers.get(CANONICAL_TARGET_HEADER) ?? "/";
  return new Response(null, { status: 307, headers: { Location: canonicalLocation(env().APP_URL, target), "Cache-Control": "no-store" } });
}

export { moveToCanonicalHost as GET, moveToCanonicalHost as HEAD, moveToCanonicalHost as POST };
