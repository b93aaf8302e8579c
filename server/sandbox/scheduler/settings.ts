/**
 * Per-merchant delays of the bank's later decisions, on the merchant's
 * virtual clock (PUT .../settings). ISO 8601 durations.
 */
import { z } from "zod";
import { parseDuration } from "../clock/duration";

const isoDuration = z.string().refine((value) => {
  try {
    parseDuration(value);
    return true;
  } catch {
    return false;
  }
}, "must be an ISO 8601 duration such as PT5M, P1D or P3M");

export const DEFAULT_SETTINGS = Object.freeze({
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
});
// Expiry (3 months) and the cancellation windows are rules of the life cycle
// (server/sandbox/domain/lifecycle.ts), not settings.

export const settingsInput = z
  .object({
    autoAcceptDelay: isoDuration.optional(),
    fundingDelay: isoDuration.optional(),
    cancellationDecisionDelay: isoDuration.optional(),
  })
  .strict();

export type SandboxSettings = { readonly [K in keyof typeof DEFAULT_SETTINGS]: string };

/** The merchant's settings, the defaults filling what it never set (or stored badly). */
export function effectiveSettings(stored: unknown): SandboxSettings {
  const parsed = settingsInput.safeParse(stored ?? {});
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}
