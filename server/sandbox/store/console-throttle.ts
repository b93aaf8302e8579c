import "server-only";
import { RateLimiterSQLite, type RateLimiterRes } from "rate-limiter-flexible";
import { sandboxDb } from "@/db/sandbox/client";

/**
 * Guessing the console password, throttled per client address and for the
 * console as a whole (its one account) with growing delays, by
 * rate-limiter-flexible in the sandbox's own database (its table
 * `console_throttle`, made by the library), so that it holds across restarts.
 * The console's login form and the controls API's HTTP Basic credential guess
 * the same password, so they share these counts. The shop has its own
 * throttle for its login (server/shop/auth/throttle.ts): the two sides share
 * no code.
 */
export const CONSOLE_THROTTLE = {
  address: { free: 10, baseSeconds: 1, maxSeconds: 15 * 60, windowSeconds: 3600 },
  console: { free: 30, baseSeconds: 1, maxSeconds: 5 * 60, windowSeconds: 3600 },
} as const;

type Which = keyof typeof CONSOLE_THROTTLE;
const DIMENSIONS: readonly Which[] = ["address", "console"];

interface Dim {
  failures: RateLimiterSQLite;
  /** One attempt through at a time once past the free ones, then closed for the delay (block()). */
  gate: RateLimiterSQLite;
}

const limiterHolder = globalThis as unknown as { __consoleThrottle?: Record<Which, Dim> };

function dims(): Record<Which, Dim> {
  if (limiterHolder.__consoleThrottle) return limiterHolder.__consoleThrottle;
  const client = (sandboxDb() as unknown as { $client: { prepare(sql: string): { run(): unknown } } }).$client;
  // The library's layout, made here at once (the library would make it asynchronously, after a first attempt may come).
  client.prepare("CREATE TABLE IF NOT EXISTS console_throttle (key TEXT PRIMARY KEY, points INTEGER NOT NULL DEFAULT 0, expire INTEGER)").run();
  const make = (which: Which): Dim => {
    const base = { storeClient: client, storeType: "better-sqlite3", tableName: "console_throttle", tableCreated: true, clearExpiredByTimeout: false };
    return {
      failures: new RateLimiterSQLite({ ...base, keyPrefix: `fail:${which}`, points: Number.MAX_SAFE_INTEGER, duration: CONSOLE_THROTTLE[which].windowSeconds }),
      gate: new RateLimiterSQLite({ ...base, keyPrefix: `gate:${which}`, points: 1, duration: 1 }),
    };
  };
  limiterHolder.__consoleThrottle = { address: make("address"), console: make("console") };
  return limiterHolder.__consoleThrottle;
}

const keysOf = (address: string): Record<Which, string> => ({ address, console: "console" });

/** Growing delays: the first `free` failures cost nothing, then each one closes the door for base × 2^(extra − 1), up to max. */
export function delayAfter(failures: number, policy: { free: number; baseSeconds: number; maxSeconds: number }): number {
  const extra = failures - policy.free;
  return extra <= 0 ? 0 : Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** Math.min(30, extra - 1));
}

const secondsOf = (refusal: RateLimiterRes) => Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));

/**
 * The library's refusal (a RateLimiterRes, not an Error), told apart from a store error. By its shape, not
 * instanceof: the login form's server action and the API's route are separate bundles, each with its own copy
 * of the library's classes, and they share the limiters kept on globalThis.
 */
function isRefusal(error: unknown): error is RateLimiterRes {
  return typeof error === "object" && error !== null && !(error instanceof Error) && typeof (error as RateLimiterRes).msBeforeNext === "number";
}

/** 0: the failure is counted and the attempt goes on; otherwise the seconds to wait (nothing counted). */
async function pass(dim: Dim, which: Which, key: string): Promise<number> {
  const counted = await dim.failures.consume(key, 1);
  const delay = delayAfter(counted.consumedPoints, CONSOLE_THROTTLE[which]);
  if (delay === 0) return 0;
  try {
    await dim.gate.consume(key, 1);
  } catch (error) {
    if (!isRefusal(error)) throw error;
    await dim.failures.reward(key, 1);
    return secondsOf(error);
  }
  await dim.gate.block(key, delay);
  return 0;
}

/**
 * Counts one failed attempt from `address`, or refuses it with the seconds to
 * wait while the door is closed (the attempt must then not be checked at all).
 * Counted before the password is compared, a burst of concurrent guesses
 * cannot all slip through before the first one fails.
 */
export async function countConsoleFailure(address: string): Promise<number> {
  const d = dims();
  const keys = keysOf(address);
  const passed: Which[] = [];
  for (const which of DIMENSIONS) {
    const wait = await pass(d[which], which, keys[which]);
    if (wait > 0) {
      for (const done of passed) await d[done].failures.reward(keys[done], 1);
      return wait;
    }
    passed.push(which);
  }
  return 0;
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
    if (gate && gate.consumedPoints >= 1) wait = Math.max(wait, secondsOf(gate));
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
