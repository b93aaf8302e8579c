/**
 * Headers for serving the bank's HTML page (redirect.type = "page") from the
 * shop's host. The page is the bank's code: it must run, post its forms to
 * the bank and finally send the shopper's whole window back to the shop, but
 * it must never act as the shop. The CSP `sandbox` directive gives it an
 * opaque origin (no shop cookies, storage or DOM, even if opened outside the
 * iframe); the fetch directives keep its scripts, styles, images, forms and
 * requests on the bank's origin.
 */
export const BANK_FRAME_SANDBOX = "allow-forms allow-scripts allow-top-navigation-by-user-activation allow-popups";

export function bankPageHeaders(options: { bankUrl: string; shopUrl: string }): Record<string, string> {
  const bank = new URL(options.bankUrl).origin;
  const shop = new URL(options.shopUrl).origin;
  const csp = [
    `sandbox ${BANK_FRAME_SANDBOX}`,
    "default-src 'none'",
    // Inline code is the bank's own, in its own page; it runs in the opaque origin.
    `script-src 'unsafe-inline' ${bank}`,
    `style-src 'unsafe-inline' ${bank}`,
    `img-src ${bank} data:`,
    `font-src ${bank}`,
    `connect-src ${bank}`,
    // The bank's forms post to the bank; its last step sends the shopper back to the shop.
    `form-action ${bank} ${shop}`,
    // Only the shop's own bank page may frame it.
    "frame-ancestors 'self'",
    "base-uri 'none'",
  ].join("; ");
  return {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store, private",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
}
