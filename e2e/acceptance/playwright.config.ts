import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { chromium, freePort, suiteDefaults } from "../browser";

// `npm run acceptance` on the embedded sandbox: one app of its own with fresh databases, so that the
// cases are found only from the orders this run places (no other spec's orders count).
process.env.E2E_PORT ??= freePort();
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), "scalexpert-acceptance-"));
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: ".",
  testMatch: /\.acceptance\.ts$/,
  ...suiteDefaults,
  workers: 1,
  // Per solution: three orders through the shop and the bank's pages; a busy machine may take minutes.
  timeout: 240_000,
  reporter: [["list"]],
  use: { baseURL, trace: "retain-on-failure", locale: "fr-FR", ...chromium },
  webServer: {
    command: "node --import tsx tests/support/serve.ts",
    cwd: join(__dirname, "../.."),
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
