import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { chromium, freePort, suiteDefaults } from "./e2e/browser";

// Workers re-read this file, so the port and data dir are chosen once and
// handed down through the environment.
process.env.E2E_PORT ??= freePort();
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), "scalexpert-e2e-"));
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;
// A second app whose bank (the demo merchant) and shop speak E-financing 1.7.1, the real bank's version
// today, for the journeys only that version has (`*.v171.spec.ts`); everything else runs on 1.4.0.
// It also runs the journeys that inject faults into its demo merchant's bank (`*.faults.spec.ts`), which
// would disturb every journey running beside them on the first app; its journeys run one at a time.
process.env.E2E_PORT_V171 ??= freePort();
process.env.E2E_DATA_DIR_V171 ??= mkdtempSync(join(tmpdir(), "scalexpert-e2e-v171-"));
const baseURLV171 = `http://127.0.0.1:${process.env.E2E_PORT_V171}`;
const V171_SPECS = /\.(v171|faults)\.spec\.ts$/;

/** The environment of `tests/support/serve.ts` for one of the two apps. */
function serveEnv(extra: Record<string, string>): Record<string, string> {
  const inherited = Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { ...Object.fromEntries(inherited), ...extra };
}

export default defineConfig({
  testDir: "e2e",
  ...suiteDefaults,
  workers: 2,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    locale: "fr-FR",
  },
  projects: [
    { name: "chromium", testIgnore: V171_SPECS, use: chromium },
    { name: "chromium-1.7.1", testMatch: V171_SPECS, workers: 1, use: { ...chromium, baseURL: baseURLV171 } },
  ],
  webServer: [
    {
      command: "node --import tsx tests/support/serve.ts",
      url: `${baseURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "node --import tsx tests/support/serve.ts",
      url: `${baseURLV171}/api/health`,
      // Offers kept 4 s, and their last good answer 40 s past that: the stale-if-error journey reaches its bound.
      env: serveEnv({ E2E_PORT: process.env.E2E_PORT_V171, E2E_DATA_DIR: process.env.E2E_DATA_DIR_V171, SANDBOX_DEMO_API_VERSION: "1.7.1", OFFERS_CACHE_SECONDS: "4", OFFERS_STALE_IF_ERROR_SECONDS: "40" }),
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
