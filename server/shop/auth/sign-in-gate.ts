/**
 * The back office's pages check the admin session themselves, but a page's
 * redirect now streams (its 200 is sent first, Next 16 cacheComponents), which
 * leaves the browser's router holding the page it was sent away from. A
 * request that brings no session cookie at all is therefore sent to the login
 * page by proxy.ts, before any page renders; a cookie that is there but no
 * longer valid is still refused by the pages.
 */
const ADMIN_PATH = /^\/admin(\/|$)/;

/** next-auth's session cookie, plain or `__Secure-` on https, possibly split into `.0`, `.1`... */
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/** Files the back office serves (the PV's PDF) are route handlers that answer 401 themselves: a redirect would hand a download the login page. */
const BACK_OFFICE_FILE = /\.[a-z0-9]+$/i;

export function isBackOfficePath(pathname: string): boolean {
  return ADMIN_PATH.test(pathname) && !BACK_OFFICE_FILE.test(pathname);
}

/** The login page, coming back to this back-office path once signed in. */
export function loginPathFor(pathname: string, search: string): string {
  return `/login?callbackUrl=${encodeURIComponent(`${pathname}${search}`)}`;
}

/** `/login?callbackUrl=...` for a back-office path requested without a session cookie, else null. */
export function signInRedirect(pathname: string, search: string, cookieNames: readonly string[]): string | null {
  if (!isBackOfficePath(pathname) || cookieNames.some((name) => SESSION_COOKIE.test(name))) return null;
  return loginPathFor(pathname, search);
}
