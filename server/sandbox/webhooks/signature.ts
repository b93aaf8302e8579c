/**
 * How the bank signs a webhook delivery, as the vendor's developer guide
 * describes it (merchant-webhooks, "Verify signature of webhooks events"):
 *
 *   X-BAAS-SIGNATURE-TIMESTAMP = the sending instant, ISO 8601 UTC with
 *                                milliseconds ("2024-03-21T14:28:02.123Z")
 *   X-BAAS-SIGNATURE           = lowercase hex of
 *                                HMAC-SHA256(key = keyForSignature (UTF-8),
 *                                            message = timestamp + "." + raw body)
 *
 * The raw body is the exact byte string POSTed: a receiver must verify it
 * before parsing the JSON. The timestamp is the real time of the attempt,
 * not the merchant's virtual clock, because it only proves freshness to the
 * receiver (which rejects signatures older than a few minutes); each replay
 * is signed again with its own timestamp.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "X-BAAS-SIGNATURE";
export const SIGNATURE_TIMESTAMP_HEADER = "X-BAAS-SIGNATURE-TIMESTAMP";

export function signPayload(rawBody: string, key: string, timestamp: string): string {
  return createHmac("sha256", Buffer.from(key, "utf8")).update(`${timestamp}.${rawBody}`, "utf8").digest("hex");
}

/** The two signature headers for one delivery attempt. */
export function signatureHeaders(rawBody: string, key: string, sentAt: Date): Record<string, string> {
  const timestamp = sentAt.toISOString();
  return {
    [SIGNATURE_HEADER]: signPayload(rawBody, key, timestamp),
    [SIGNATURE_TIMESTAMP_HEADER]: timestamp,
  };
}

export type SignatureCheck = "valid" | "missing" | "mismatch" | "stale" | "bad-timestamp";

/**
 * The receiver's side of the scheme (what a merchant implements): used by the
 * sandbox's own tests and given as the reference in docs/SANDBOX.md.
 */
export function verifySignature(
  rawBody: string,
  key: string,
  headers: { signature?: string | null; timestamp?: string | null },
  options: { now?: Date; maxAgeSeconds?: number } = {},
): SignatureCheck {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp) return "missing";
  const sentAt = Date.parse(timestamp);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(timestamp) || Number.isNaN(sentAt)) return "bad-timestamp";
  const expected = Buffer.from(signPayload(rawBody, key, timestamp), "hex");
  const given = Buffer.from(signature.toLowerCase(), "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "mismatch";
  const ageMs = (options.now ?? new Date()).getTime() - sentAt;
  const maxAgeMs = (options.maxAgeSeconds ?? 300) * 1000;
  // A little tolerance for clocks slightly ahead of the receiver's.
  if (ageMs > maxAgeMs || ageMs < -60_000) return "stale";
  return "valid";
}
