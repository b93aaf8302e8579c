/**
 * Per-merchant settings (PUT .../settings): the delays of the bank's later
 * decisions, on the merchant's virtual clock (ISO 8601 durations), and how
 * the bank speaks to that merchant (API version, German redirect).
 */
import { z } from "zod";
import { parseDuration } from "../clock/duration";
import { API_VERSIONS, DEFAULT_API_VERSION, type ApiVersion } from "../domain/api-versions";

/**
 * How POST /subscriptions hands over a German (Hanseatic) journey: "url", as
 * the vendor's plugins expect of the live bank, or "page", the HTML document
 * the contract also allows and a merchant must still be able to show.
 */
export const GERMAN_REDIRECTS = ["url", "page"] as const;
export type GermanRedirect = (typeof GERMAN_REDIRECTS)[number];

const isoDuration = z.string().refine((value) => {
  try {
    parseDuration(value);
    return true;
  } catch {
    return false;
  }
}, "must be an ISO 8601 duration such as PT5M, P1D or P3M");

export const DEFAULT_SETTINGS: SandboxSettings = Object.freeze({
  /**
   * From the signed contract (PRE_ACCEPTED) to the producer's acceptance of a
   * long credit that qualifies for automatic acceptance (FR below 3,000 €, DE
   * after a successful KYC). The vendor tells merchants to poll daily; a few
   * minutes lets a demo show the whole path without touching the clock.
   */
  autoAcceptDelay: "PT5M",
  /** From the delivery confirmation of a long credit to the payment to the merchant ("within 2 to 8 days"). */
  fundingDelay: "P2D",
  /** From a Hanseatic cancellation request (REQUESTED) to the producer's decision (accepted). */
  cancellationDecisionDelay: "P1D",
  apiVersion: DEFAULT_API_VERSION,
  germanRedirect: "url",
});

/** The settings that are delays (the console shows them as durations). */
export const DELAY_SETTINGS = ["autoAcceptDelay", "fundingDelay", "cancellationDecisionDelay"] as const;
// Expiry (3 months) and the cancellation windows are rules of the life cycle
// (server/sandbox/domain/lifecycle.ts), not settings.

export const settingsInput = z
  .object({
    autoAcceptDelay: isoDuration.optional(),
    fundingDelay: isoDuration.optional(),
    cancellationDecisionDelay: isoDuration.optional(),
    apiVersion: z.enum(API_VERSIONS).optional(),
    germanRedirect: z.enum(GERMAN_REDIRECTS).optional(),
  })
  .strict();

export type SandboxSettings = { readonly [K in (typeof DELAY_SETTINGS)[number]]: string } & {
  readonly apiVersion: ApiVersion;
  readonly germanRedirect: GermanRedirect;
};

/** The merchant's settings, the defaults filling what it never set (or stored badly). */
export function effectiveSettings(stored: unknown): SandboxSettings {
  // The stored JSON also holds what only the console sets (the webhook origins it allowed): not settings.
  const parsed = settingsInput.strip().safeParse(stored ?? {});
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}
