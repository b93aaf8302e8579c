/**
 * What of a bank request or answer may be written to the API log.
 *
 * An allow-list, not a deny-list: a field is kept only if it is known to be
 * neither a secret (client secret, access token, journey link, the shopper's
 * return link) nor personal data (names, email, phones, addresses, birth data,
 * IBAN). A field the bank adds tomorrow is therefore dropped until someone
 * decides it is harmless. Dropped top-level names are listed, so the log shows
 * that something was there.
 */

/** Scalar fields safe to log as they are. */
const KEEP = new Set([
  "solutionCode",
  "solutionCodes",
  "familyCode",
  "marketCode",
  "marketTypeCode",
  "implementationCode",
  "financedAmount",
  "buyerFinancedAmount",
  "buyerBillingCountry",
  "merchantGlobalOrderId",
  "merchantBasketId",
  "creditSubscriptionId",
  "id",
  "type",
  "consolidatedStatus",
  "consolidatedSubstatus",
  "cancellationStatus",
  "cancellationAlreadyMade",
  "isDelivered",
  "isReturned",
  "trackingNumber",
  "operator",
  "cancelledAmount",
  "status",
  "totalItemCount",
  "registrationTimestamp",
  "lastUpdateTimestamp",
  "quantity",
  "price",
  "isFinanced",
  "currencyCode",
  "duration",
  "errorCode",
  "httpStatusCode",
  "httpStatusMessage",
  "errorMessage",
  "message",
  "error",
  "grant_type",
  "scope",
  "token_type",
  "expires_in",
]);

/** Containers walked into (their own allowed fields are kept). */
const WALK = new Set(["subscriptions", "solutions", "solutionSimulations", "simulations", "basketDetails", "basketItems", "redirect"]);

/** Free-text fields whose content is scrubbed (a bank message may quote what it refused). */
const FREE_TEXT = new Set(["errorMessage", "message", "error", "httpStatusMessage"]);

const MAX_ITEMS = 5;

const EMAIL = /[^\s@"']+@[^\s@"']+\.[^\s@"']+/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b/g;
const DIGIT_RUN = /\+?\d[\d .-]{7,}\d/g;

/** Masks emails, IBANs and phone-like digit runs in a message. */
export function scrubText(text: string): string {
  return text
    .replace(EMAIL, "[email]")
    .replace(IBAN, "[iban]")
    // Nine digits or more: a phone number, an account number; a date has eight.
    .replace(DIGIT_RUN, (run) => (run.replace(/\D/g, "").length >= 9 ? "[number]" : run))
    .slice(0, 500);
}

function summarizeValue(key: string, value: unknown): unknown {
  if (typeof value === "string") return FREE_TEXT.has(key) ? scrubText(value) : value.slice(0, 200);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return value;
  if (Array.isArray(value)) {
    // Arrays of scalars (solutionCodes) are kept; arrays of objects are walked.
    const items = value.slice(0, MAX_ITEMS).map((item) => (typeof item === "object" && item !== null ? summarizeObject(item as Record<string, unknown>) : item));
    return value.length > MAX_ITEMS ? [...items, `…${value.length - MAX_ITEMS} more`] : items;
  }
  return undefined;
}

function summarizeObject(object: Record<string, unknown>, dropped?: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (WALK.has(key) && typeof value === "object" && value !== null) {
      out[key] = Array.isArray(value) ? summarizeValue(key, value) : summarizeObject(value as Record<string, unknown>);
    } else if (KEEP.has(key) && (typeof value !== "object" || value === null || (Array.isArray(value) && value.every((v) => typeof v !== "object")))) {
      out[key] = summarizeValue(key, value);
    } else {
      dropped?.push(key);
    }
  }
  return out;
}

/** A JSON summary of a body safe for the log, or null when there is nothing to say. */
export function summarizeBody(body: unknown): string | null {
  if (body === undefined || body === null || body === "") return null;
  if (typeof body !== "object") return JSON.stringify({ text: scrubText(String(body)) });
  if (Array.isArray(body)) return JSON.stringify(summarizeValue("items", body));
  const dropped: string[] = [];
  const summary = summarizeObject(body as Record<string, unknown>, dropped);
  if (dropped.length > 0) summary._redacted = dropped;
  return JSON.stringify(summary);
}

/** Summary of a JSON or form-encoded body given as text. */
export function summarizeBodyText(text: string | undefined, contentType: string | null): string | null {
  if (!text) return null;
  if (contentType?.includes("application/x-www-form-urlencoded")) {
    return summarizeBody(Object.fromEntries(new URLSearchParams(text)));
  }
  try {
    return summarizeBody(JSON.parse(text));
  } catch {
    // Not JSON (an HTML error page from a proxy, say): its size is all that is logged.
    return JSON.stringify({ nonJsonBytes: text.length });
  }
}

/** Query parameters of the bank's API that carry no personal data. */
const SAFE_QUERY = new Set(["language", "merchantGlobalOrderId", "merchantBasketId", "page", "pageSize", "buyerBillingCountry", "financedAmount"]);

/** The path below the bank's base URL, with only the query parameters known to be harmless. */
export function logPath(url: string, baseUrl: string): string {
  const parsed = new URL(url);
  const base = new URL(baseUrl);
  const path = parsed.pathname.startsWith(base.pathname) ? parsed.pathname.slice(base.pathname.replace(/\/$/, "").length) : parsed.pathname;
  const query = new URLSearchParams();
  for (const [key, value] of parsed.searchParams) query.append(key, SAFE_QUERY.has(key) ? value : "[redacted]");
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
