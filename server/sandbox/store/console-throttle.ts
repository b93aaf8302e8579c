import "server-only";
import { RateLimiterSQLite } from "rate-limiter-flexible";
import { sandboxDb } from "@/db/sandbox/client";
import { countAttempt, type Door, secondsBefore } from "@/server/lib/growing-delays";

/**
 * Guessing the console password, throttled per client address and for the
 * console as a whole (its one account) with growing delays, by
 * rate-limiter-flexible in the sandbox's own database (its table
 * `console_throttle`, made by the library), so that it holds across restarts.
 * The console's login form and the controls API's HTTP Basic credential guess
 * the same password, so they share these counts. The shop has its own
 * throttle for its login (server/shop/auth/throttle.ts), in its own database:
 * the two share only the neutral growing delays (server/lib/growing-delays.ts).
 */
export const CONSOLE_THROTTLE = {
  address: { free: 10, baseSeconds: 1, maxSeconds: 15 * 60, windowSeconds: 3600 },
  console: { free: 30, baseSeconds: 1, maxSeconds: 5 * 60, windowSeconds: 3600 },
} as const;

type Which = keyof typeof CONSOLE_THROTTLE;
const DIMENSIONS: readonly Which[] = ["address", "console"];

const limiterHolder = globalThis as unknown as { __consoleThrottle?: Record<Which, Door> };

function dims(): Record<Which, Door> {
  if (limiterHolder.__consoleThrottle) return limiterHolder.__consoleThrottle;
  const client = (sandboxDb() as unknown as { $client: { prepare(sql: string): { run(): unknown } } }).$client;
  // The library's layout, made here at once (the library would make it asynchronously, after a first attempt may come).
  client.prepare("CREATE TABLE IF NOT EXISTS console_throttle (key TEXT PRIMARY KEY, points INTEGER NOT NULL DEFAULT 0, expire INTEGER)").run();
  const make = (which: Which): Door => {
    const base = { storeClient: client, storeType: "better-sqlite3", tableName: "console_throttle", tableCreated: true, clearExpiredByTimeout: false };
    return {
      policy: CONSOLE_THROTTLE[which],
      failures: new RateLimiterSQLite({ ...base, keyPrefix: `fail:${which}`, points: Number.MAX_SAFE_INTEGER, duration: CONSOLE_THROTTLE[which].windowSeconds }),
      gate: new RateLimiterSQLite({ ...base, keyPrefix: `gate:${which}`, points: 1, duration: 1 }),
    };
  };
  limiterHolder.__consoleThrottle = { address: make("address"), console: make("console") };
  return limiterHolder.__consoleThrottle;
}

const keysOf = (address: string): Record<Which, string> => ({ address, console: "console" });

/**
 * Counts one failed attempt from `address`, or refuses it with the seconds to
 * wait while the door is closed (the attempt must then not be checked at all).
 * Counted before the password is compared, a burst of concurrent guesses
 * cannot all slip through before the first one fails.
 */
export async function countConsoleFailure(address: string): Promise<number> {
  const d = dims();
  const keys = keysOf(address);
  return countAttempt(DIMENSIONS.map((which) => ({ door: d[which], key: keys[which] })));
}

/**
 * The seconds a correct password from `address` must still wait (0: none),
 * without counting anything: honest callers, however many at once, never
 * close the door themselves, and a closed door hides whether a guess was right.
 */
export async function consoleDoorClosedFor(address: string): Promise<number> {
  const d = dims();
  const keys = keysOf(address);
  let wait = 0;
  for (const which of DIMENSIONS) {
    const gate = await d[which].gate.get(keys[which]);
    if (gate && gate.consumedPoints >= 1) wait = Math.max(wait, secondsBefore(gate));
  }
  return wait;
}

/** A successful sign-in: the console's failures are forgotten, and this attempt no longer counts against its address. */
export async function forgetConsoleFailure(address: string): Promise<void> {
  const d = dims();
  const keys = keysOf(address);
  await d.console.failures.delete(keys.console);
  await d.console.gate.delete(keys.console);
  await d.address.failures.reward(keys.address, 1);
}

/** The last X-Forwarded-For hop: Next sets it to the peer's address, a reverse proxy appends to it (README). */
export function consoleClientAddress(forwardedFor: string | null): string {
  const hops = (forwardedFor ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  return (hops.at(-1) ?? "unknown").replace(/^::ffff:/, "").slice(0, 64);
}
