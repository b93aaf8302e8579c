import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/server/env";
import { isConsolePassword } from "../store/console-credential";
import { countConsoleFailure, forgetConsoleFailure } from "../store/console-throttle";

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

export type ConsoleLogin = { ok: true } | { ok: false; retryAfterSeconds: number | null };

/**
 * Checks a console password through the console's throttle (shared with the
 * controls API's credential, store/console-throttle.ts): each attempt counts
 * as a failure before the comparison, a refused one never reaches it, and a
 * success forgets the console's failures.
 */
export async function consoleLogin(password: string, address: string): Promise<ConsoleLogin> {
  const wait = await countConsoleFailure(address);
  if (wait > 0) return { ok: false, retryAfterSeconds: wait };
  if (!isConsolePassword(password)) return { ok: false, retryAfterSeconds: null };
  await forgetConsoleFailure(address);
  return { ok: true };
}
