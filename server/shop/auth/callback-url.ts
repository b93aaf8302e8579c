/** Where the back office goes after sign-in when the asked destination is not ours. */
export const AFTER_SIGN_IN = "/admin";

/**
 * The destination after sign-in, as a path of this site, or /admin.
 * `raw` is parsed as the browser will parse it (tabs and newlines dropped,
 * `\` read as `/`), so `/\evil.example`, `/<TAB>/evil` or `//evil` resolve to
 * another host and are refused, instead of passing a "starts with /" check.
 */
export function safeCallbackPath(raw: unknown, appOrigin: string): string {
  if (typeof raw !== "string" || raw === "") return AFTER_SIGN_IN;
  const origin = new URL(appOrigin).origin;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return AFTER_SIGN_IN;
  }
  if (url.origin !== origin) return AFTER_SIGN_IN;
  // "https://shop//evil.example" is same-origin, but its path alone would read as protocol-relative.
  if (url.pathname.startsWith("//")) return AFTER_SIGN_IN;
  return `${url.pathname}${url.search}${url.hash}`;
}
