import { openJourney } from "./journey";

/**
 * Where proxy.ts (demo mode only) sends a journey page whose link opens
 * nothing: a prerendered page that is the journey's "Lien invalide ou expiré"
 * page with a real 404. The journey page's own notFound() can no longer set
 * the status (its 200 is sent before it renders, Next 16 cacheComponents).
 */
export const INVALID_JOURNEY_PATH = "/sandbox/journey/invalid-link";

const JOURNEY_PAGE = /^\/sandbox\/journey\/([^/]+)\/?$/;

/**
 * The journey page requested for an unknown subscription or with a wrong
 * token: the path to rewrite it to; anything else (the journey's form posts
 * check the token themselves): null.
 */
export function invalidJourneyRewrite(pathname: string, token: string | null): string | null {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // Malformed escapes: no page matches them either.
    return null;
  }
  const match = JOURNEY_PAGE.exec(path.replace(/\/{2,}/g, "/"));
  // The invalid-link page itself (Next passes the rewritten 404 through the proxy again).
  if (!match?.[1] || match[1] === "invalid-link") return null;
  return openJourney(match[1], token) ? null : INVALID_JOURNEY_PATH;
}
