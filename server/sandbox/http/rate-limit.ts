/**
 * The gateway's rate limit: 600 calls per minute per client application,
 * over a sliding window on real time. In memory: the sandbox is one process,
 * and a restart forgetting the window is harmless.
 */
import { env } from "@/server/env";

export const RATE_LIMIT_PER_MINUTE = 600;
const WINDOW_MS = 60_000;

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

export class SlidingWindowLimiter {
  // Per client, a ring of the times of its last `limit` accepted calls.
  private readonly calls = new Map<string, { times: number[]; next: number }>();

  constructor(
    readonly limit = RATE_LIMIT_PER_MINUTE,
    private readonly windowMs = WINDOW_MS,
  ) {}

  /** Counts a call by `client` at `nowMs` if the window has room. */
  take(client: string, nowMs = Date.now()): RateDecision {
    let entry = this.calls.get(client);
    if (!entry) {
      entry = { times: [], next: 0 };
      this.calls.set(client, entry);
    }
    if (entry.times.length < this.limit) {
      entry.times.push(nowMs);
      return { allowed: true };
    }
    // The oldest of the last `limit` calls sits where the next one goes.
    const oldest = entry.times[entry.next]!;
    if (nowMs - oldest < this.windowMs) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - nowMs) / 1000)) };
    }
    entry.times[entry.next] = nowMs;
    entry.next = (entry.next + 1) % this.limit;
    return { allowed: true };
  }

  /** Forgets a client's calls (merchant reset). */
  forget(client: string): void {
    this.calls.delete(client);
  }
}

const holder = globalThis as unknown as { __sandboxRateLimiter?: SlidingWindowLimiter };

export function rateLimiter(): SlidingWindowLimiter {
  holder.__sandboxRateLimiter ??= new SlidingWindowLimiter(env().SANDBOX_RATE_LIMIT_PER_MINUTE);
  return holder.__sandboxRateLimiter;
}
