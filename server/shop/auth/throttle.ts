import "server-only";
import type { RateLimiterSQLite } from "rate-limiter-flexible";
import type { ShopDb } from "@/db/shop/client";
import { delayAfter, isRefusal, sqliteLimiter } from "./limiter-store";

/**
 * Password guessing, throttled per client address and per account with
 * growing delays (rate-limiter-flexible, SQLite store: the counts survive a
 * restart). Each attempt is counted as a failure before the password is
 * checked, so a burst of concurrent guesses cannot all slip through before
 * the first one fails, and the refused ones never reach bcrypt (the CPU cost
 * of a login burst). A success forgets the account's failures.
 */
export interface ThrottlePolicy {
  /** Failures that cost nothing. */
  free: number;
  /** The first delay after them, doubled at each further failure... */
  baseSeconds: number;
  /** ...up to this. */
  maxSeconds: number;
  /** Failures are forgotten this long after the first one. */
  windowSeconds: number;
}

export const LOGIN_POLICY = {
  /** A shared address (an office behind one NAT) gets more room than one account. */
  address: { free: 20, baseSeconds: 1, maxSeconds: 15 * 60, windowSeconds: 3600 },
  account: { free: 5, baseSeconds: 1, maxSeconds: 15 * 60, windowSeconds: 3600 },
} as const satisfies Record<string, ThrottlePolicy>;

export type Attempt = { ok: true; succeeded(): Promise<void> } | { ok: false; retryAfterSeconds: number };

interface Dimension {
  policy: ThrottlePolicy;
  failures: RateLimiterSQLite;
  gate: RateLimiterSQLite;
}

export class Throttle {
  private readonly dims: Record<"address" | "account", Dimension>;

  constructor(db: ShopDb, name: string, policies: Record<"address" | "account", ThrottlePolicy>) {
    const dim = (which: "address" | "account"): Dimension => ({
      policy: policies[which],
      failures: sqliteLimiter(db, { keyPrefix: `${name}:fail:${which}`, points: Number.MAX_SAFE_INTEGER, duration: policies[which].windowSeconds }),
      // One attempt through at a time once past the free ones, then closed for the delay (block()).
      gate: sqliteLimiter(db, { keyPrefix: `${name}:gate:${which}`, points: 1, duration: 1 }),
    });
    this.dims = { address: dim("address"), account: dim("account") };
  }

  /** Counts one attempt, or refuses it with the seconds to wait. */
  async attempt(keys: { address: string; account: string }): Promise<Attempt> {
    const passed: ("address" | "account")[] = [];
    for (const which of ["address", "account"] as const) {
      const wait = await this.pass(this.dims[which], keys[which]);
      if (wait > 0) {
        for (const done of passed) await this.dims[done].failures.reward(keys[done], 1);
        return { ok: false, retryAfterSeconds: wait };
      }
      passed.push(which);
    }
    return {
      ok: true,
      succeeded: async () => {
        await this.dims.account.failures.delete(keys.account);
        await this.dims.account.gate.delete(keys.account);
        await this.dims.address.failures.reward(keys.address, 1);
      },
    };
  }

  /** 0 when the attempt may go on (it is then counted), or the seconds to wait. */
  private async pass(dim: Dimension, key: string): Promise<number> {
    const counted = await dim.failures.consume(key, 1);
    const delay = delayAfter(counted.consumedPoints, dim.policy);
    if (delay === 0) return 0;
    try {
      await dim.gate.consume(key, 1);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      await dim.failures.reward(key, 1);
      return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    }
    await dim.gate.block(key, delay);
    return 0;
  }
}
