/**
 * When a failed call to the bank may be made again, and after how long.
 *
 * Two kinds of call:
 * - "idempotent" (every GET, the simulation, the delivery confirmation):
 *   repeating it cannot do anything twice, so timeouts, dropped connections,
 *   429 and 502/503/504 are retried.
 * - "unsafe" (POST /subscriptions, POST /_cancel): a timeout or a 5xx may
 *   hide a request the bank did carry out, so only a 429 (refused before any
 *   work) is retried here; the order engine looks the result up instead of
 *   sending the request again blindly.
 * 400/401/403/404/422 are answers, not accidents: never retried here (a 401
 * gets its one token refresh in the transport).
 */
import type { BankApiError } from "./errors";

export type CallSafety = "idempotent" | "unsafe";

export interface RetrySettings {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** First backoff ceiling; doubles at each attempt. */
  baseDelayMs: number;
  /** Ceiling of any backoff. */
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the error goes to the caller. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetrySettings = {
  maxAttempts: 3,
  baseDelayMs: 200,
  maxDelayMs: 2_000,
  maxRetryAfterMs: 10_000,
};

const TRANSIENT_STATUSES = new Set([502, 503, 504]);

export function isRetryable(error: BankApiError, safety: CallSafety): boolean {
  if (error.httpStatus === 429) return true;
  if (safety === "unsafe") return false;
  if (error.kind === "network" || error.kind === "timeout") return true;
  return error.httpStatus !== null && TRANSIENT_STATUSES.has(error.httpStatus);
}

/**
 * Capped exponential backoff with full jitter (a random wait between 0 and
 * the ceiling, so that many clients failing together do not retry together).
 * `attempt` is the number of the attempt that just failed, from 1.
 */
export function backoffMs(attempt: number, settings: RetrySettings, random: () => number = Math.random): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** The wait before the next attempt, or null to give up and hand the error to the caller. */
export function nextDelayMs(
  error: BankApiError,
  safety: CallSafety,
  attempt: number,
  settings: RetrySettings,
  random: () => number = Math.random,
): number | null {
  if (attempt >= settings.maxAttempts || !isRetryable(error, safety)) return null;
  if (error.retryAfterSeconds !== undefined) {
    // Past its rate limit the bank is waited for once, then the caller decides (the offers serve their last
    // good answer): waiting again would spend the quota the limit protects. A 503 says only when the
    // service may be back, so it keeps the usual number of attempts.
    if (error.httpStatus === 429 && attempt > 1) return null;
    const wait = error.retryAfterSeconds * 1000;
    return wait <= settings.maxRetryAfterMs ? wait : null;
  }
  return backoffMs(attempt, settings, random);
}
