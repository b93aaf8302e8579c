/** What the Playwright configs share: Debian's Chromium and a free port chosen at load time. */
import { execFileSync } from "node:child_process";
import { devices } from "@playwright/test";

/** A port free on loopback now (synchronous: a config is evaluated synchronously). */
export function freePort(): string {
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return execFileSync(process.execPath, ["-e", script]).toString().trim();
}

export const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  },
};

/** How both suites run: one at a time per worker, no retry (a flaky journey is a bug), and no `test.only` in CI. */
export const suiteDefaults = {
  fullyParallel: false,
  // A `test.only` left in a commit would silently skip the rest of the suite in CI.
  forbidOnly: !!process.env.CI,
  retries: 0,
  expect: { timeout: 10_000 },
} as const;
