import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { RateLimiterRes, RateLimiterSQLite } from "rate-limiter-flexible";
import { sandboxDb } from "@/db/sandbox/client";
import { env } from "@/server/env";

/**
 * The console's login: the tester types SANDBOX_CONSOLE_PASSWORD once and
 * gets a signed, httpOnly cookie valid for a working day. The cookie's key
 * derives from that password (and AUTH_SECRET), so changing the password
 * signs everyone out.
 */
export const CONSOLE_COOKIE = "sandbox_console";
export const SESSION_SECONDS = 8 * 3600;

function key(): Buffer {
  const { SANDBOX_CONSOLE_PASSWORD, AUTH_SECRET } = env();
  return createHash("sha256").update(`sandbox-console\u0000${SANDBOX_CONSOLE_PASSWORD}\u0000${AUTH_SECRET}`).digest();
}

function sign(expiresAt: number): string {
  return createHmac("sha256", key()).update(`console:${expiresAt}`).digest("base64url");
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function isConsolePassword(password: string): boolean {
  // Hash both sides so the comparison does not depend on the lengths.
  const digest = (s: string) => createHash("sha256").update(s).digest("hex");
  return same(digest(password), digest(env().SANDBOX_CONSOLE_PASSWORD));
}

/** A new session cookie value: "<expiry epoch ms>.<signature>". */
export function newSessionValue(now = Date.now()): string {
  const expiresAt = now + SESSION_SECONDS * 1000;
  return `${expiresAt}.${sign(expiresAt)}`;
}

export function isValidSession(value: string | undefined, now = Date.now()): boolean {
  const match = /^(\d{13})\.([\w-]{43})$/.exec(value ?? "");
  if (!match) return false;
  const expiresAt = Number(match[1]);
  return expiresAt > now && same(match[2]!, sign(expiresAt));
}

/**
 * Guessing the console password, throttled per client address and for the
 * console as a whole (its one account) with growing delays, by
 * rate-limiter-flexible in the sandbox's own database (its table
 * `console_throttle`, made by the library), so that it holds across restarts.
 * The shop has its own throttle for its login (server/shop/auth/throttle.ts):
 * the two sides share no code. Each attempt counts as a failure before the
 * password is compared; a success forgets the console's failures.
 */
export const CONSOLE_THROTTLE = {
  address: { free: 10, baseSeconds: 1, maxSeconds: 15 * 60, windowSeconds: 3600 },
  console: { free: 30, baseSeconds: 1, maxSeconds: 5 * 60, windowSeconds: 3600 },
} as const;

type Which = keyof typeof CONSOLE_THROTTLE;
interface Dim {
  failures: RateLimiterSQLite;
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

function delayAfter(failures: number, policy: { free: number; baseSeconds: number; maxSeconds: number }): number {
  const extra = failures - policy.free;
  return extra <= 0 ? 0 : Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** Math.min(30, extra - 1));
}

/** 0: the attempt goes on (counted); otherwise the seconds to wait. */
async function pass(dim: Dim, which: Which, key: string): Promise<number> {
  const counted = await dim.failures.consume(key, 1);
  const delay = delayAfter(counted.consumedPoints, CONSOLE_THROTTLE[which]);
  if (delay === 0) return 0;
  try {
    await dim.gate.consume(key, 1);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    await dim.failures.reward(key, 1);
    return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
  }
  await dim.gate.block(key, delay);
  return 0;
}

/** The last X-Forwarded-For hop: Next sets it to the peer's address, a reverse proxy appends to it. */
export function consoleClientAddress(forwardedFor: string | null): string {
  const hops = (forwardedFor ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  return (hops.at(-1) ?? "unknown").replace(/^::ffff:/, "").slice(0, 64);
}

export type ConsoleLogin = { ok: true } | { ok: false; retryAfterSeconds: number | null };

/** Checks a console password through the throttle: a refused attempt never reaches the comparison. */
export async function consoleLogin(password: string, address: string): Promise<ConsoleLogin> {
  const d = dims();
  const keys: Record<Which, string> = { address, console: "console" };
  const passed: Which[] = [];
  for (const which of ["address", "console"] as const) {
    const wait = await pass(d[which], which, keys[which]);
    if (wait > 0) {
      for (const done of passed) await d[done].failures.reward(keys[done], 1);
      return { ok: false, retryAfterSeconds: wait };
    }
    passed.push(which);
  }
  if (!isConsolePassword(password)) return { ok: false, retryAfterSeconds: null };
  await d.console.failures.delete(keys.console);
  await d.console.gate.delete(keys.console);
  await d.address.failures.reward(keys.address, 1);
  return { ok: true };
}
