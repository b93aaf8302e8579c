import "server-only";
import type { ShopDb } from "@/db/shop/client";
import { countAttempt, type DelayPolicy, type Door } from "@/server/lib/growing-delays";
import { sqliteLimiter } from "./limiter-store";

/**
 * Password guessing, throttled per client address and per account with
 * growing delays (server/lib/growing-delays.ts) in the shop's database, so
 * the counts survive a restart. The refused attempts never reach bcrypt (the
 * CPU cost of a login burst). A success forgets the account's failures.
 */
export interface ThrottlePolicy extends DelayPolicy {
  /** Failures are forgotten this long after the first one. */
  windowSeconds: number;
}

export const LOGIN_POLICY = {
  /** A shared address (an office behind one NAT) gets more room than one account. */
  address: { free: 20, baseSeconds: 1, maxSeconds: 15 * 60, windowSeconds: 3600 },
  account: { free: 5, baseSeconds: 1, maxSeconds: 15 * 60, windowSeconds: 3600 },
} as const satisfies Record<string, ThrottlePolicy>;

export type Attempt = { ok: true; succeeded(): Promise<void> } | { ok: false; retryAfterSeconds: number };

export class Throttle {
  private readonly dims: Record<"address" | "account", Door>;

  constructor(db: ShopDb, name: string, policies: Record<"address" | "account", ThrottlePolicy>) {
    const dim = (which: "address" | "account"): Door => ({
      policy: policies[which],
      failures: sqliteLimiter(db, { keyPrefix: `${name}:fail:${which}`, points: Number.MAX_SAFE_INTEGER, duration: policies[which].windowSeconds }),
      // One attempt through at a time once past the free ones, then closed for the delay (block()).
      gate: sqliteLimiter(db, { keyPrefix: `${name}:gate:${which}`, points: 1, duration: 1 }),
    });
    this.dims = { address: dim("address"), account: dim("account") };
  }

  /** Counts one attempt, or refuses it with the seconds to wait. */
  async attempt(keys: { address: string; account: string }): Promise<Attempt> {
    const wait = await countAttempt([
      { door: this.dims.address, key: keys.address },
      { door: this.dims.account, key: keys.account },
    ]);
    if (wait > 0) return { ok: false, retryAfterSeconds: wait };
    return {
      ok: true,
      succeeded: async () => {
        await this.dims.account.failures.delete(keys.account);
        await this.dims.account.gate.delete(keys.account);
        await this.dims.address.failures.reward(keys.address, 1);
      },
    };
  }
}
