import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/server/env";

/**
 * The console credential (SANDBOX_CONSOLE_PASSWORD), checked by the console's
 * login form and by the controls API alike, both of which count failures in
 * console-throttle.ts beside it.
 */
export function isConsolePassword(password: string): boolean {
  // Hash both sides so the comparison does not depend on the lengths.
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(password), digest(env().SANDBOX_CONSOLE_PASSWORD));
}
