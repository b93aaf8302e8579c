import type { RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Password guessing slowed by growing delays, over rate-limiter-flexible
 * limiters in whichever database the caller keeps them (the shop's login and
 * the sandbox's console each have their own). Each attempt is counted as a
 * failure before the password is checked, so that a burst of concurrent
 * guesses cannot all slip through before the first one fails.
 */
export interface DelayPolicy {
  /** Failures that cost nothing. */
  free: number;
  /** The first delay after them, doubled at each further failure... */
  baseSeconds: number;
  /** ...up to this. */
  maxSeconds: number;
}

/** One dimension (an address, an account): its failure count and a door closed for the delay. */
export interface Door {
  policy: DelayPolicy;
  failures: RateLimiterAbstract;
  /** One attempt through at a time once past the free ones, then closed for the delay (block()). */
  gate: RateLimiterAbstract;
}

/**
 * Growing delays: the first `free` failures cost nothing, then each one
 * closes the door for `baseSeconds × 2^(extra failures − 1)`, up to `maxSeconds`.
 */
export function delayAfter(failures: number, policy: DelayPolicy): number {
  const extra = failures - policy.free;
  if (extra <= 0) return 0;
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** Math.min(30, extra - 1));
}

/**
 * The library's refusal (a RateLimiterRes, not an Error), told apart from a store error. By its shape, not
 * instanceof: separate bundles (a server action, a route) each have their own copy of the library's classes,
 * and they may share limiters kept on globalThis.
 */
export function isRefusal(error: unknown): error is RateLimiterRes {
  return typeof error === "object" && error !== null && !(error instanceof Error) && typeof (error as RateLimiterRes).msBeforeNext === "number";
}

export const secondsBefore = (refusal: RateLimiterRes): number => Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));

/** 0 when the attempt may go on (it is then counted), or the seconds to wait (nothing counted). */
async function pass(door: Door, key: string): Promise<number> {
  const counted = await door.failures.consume(key, 1);
  const delay = delayAfter(counted.consumedPoints, door.policy);
  if (delay === 0) return 0;
  try {
    await door.gate.consume(key, 1);
  } catch (error) {
    if (!isRefusal(error)) throw error;
    await door.failures.reward(key, 1);
    return secondsBefore(error);
  }
  await door.gate.block(key, delay);
  return 0;
}

/**
 * Counts one attempt through every door in order, or refuses it with the
 * seconds to wait; a refused attempt is taken back from the doors it had passed.
 */
export async function countAttempt(doors: readonly { door: Door; key: string }[]): Promise<number> {
  const passed: { door: Door; key: string }[] = [];
  for (const entry of doors) {
    const wait = await pass(entry.door, entry.key);
    if (wait > 0) {
      for (const done of passed) await done.door.failures.reward(done.key, 1);
      return wait;
    }
    passed.push(entry);
  }
  return 0;
}
