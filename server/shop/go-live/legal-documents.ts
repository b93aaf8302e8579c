import "server-only";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** How long the go-live page waits for a legal document served elsewhere than the shop. */
const FETCH_TIMEOUT_MS = 3000;

/**
 * Whether a legal document the terms page links is really served. On the
 * shop's own origin it is a file of public/ (read from disk: a server asking
 * its own public name often cannot reach it), except under /sandbox/, which a
 * production deployment does not serve; elsewhere it is asked for over HTTP.
 */
export async function documentServed(url: string, appUrl: string, mode: "demo" | "production"): Promise<boolean> {
  const target = new URL(url);
  if (target.origin === new URL(appUrl).origin) {
    if (mode === "production" && target.pathname.startsWith("/sandbox/")) return false;
    const path = decodeURIComponent(target.pathname);
    return !path.includes("..") && existsSync(join(process.cwd(), "public", path));
  }
  try {
    const res = await fetch(url, { method: "HEAD", signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: "follow" });
    return res.ok && (res.headers.get("content-type") ?? "").includes("pdf");
  } catch {
    return false;
  }
}

/** The sandbox's stand-ins (this app's /sandbox/assets/) are not the lender's documents. */
export function isSandboxStandIn(url: string, appUrl: string): boolean {
  const target = new URL(url);
  return target.origin === new URL(appUrl).origin && target.pathname.startsWith("/sandbox/");
}
