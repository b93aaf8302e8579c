/**
 * `npm run acceptance`: the lender's acceptance cases (README, "Acceptance tests").
 *
 * - The shop's bank is the embedded sandbox (no SCALEXPERT_BASE_URL, the default): plays every case
 *   in Chromium against a fresh app and fresh databases (e2e/acceptance), then prints the check-list.
 * - UATC (SCALEXPERT_BASE_URL and the test keys in the environment or .env): refreshes the orders still
 *   at the bank, cancels the accepted credit of the "cancelled" case, prints the check-list of the
 *   shop's database (DATABASE_PATH) and, per case left, what the tester does on the bank's pages.
 * - PROD: only reads and prints; it changes nothing.
 *
 * `report [--json]`: the check-list of the configured shop and bank as they are (the e2e spec reads it).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEnvConfig } from "@next/env";
import { env } from "../server/env";
import { acceptanceCases, type AcceptanceReport } from "../server/shop/go-live/acceptance-cases";
import { engineDeps } from "../server/shop/orders/default-deps";
import { cancelOrder, refreshOrderFromBank } from "../server/shop/orders/merchant-actions";
import { renderChecklist } from "./acceptance/checklist";
import { testerSteps } from "./acceptance/tester-steps";

async function report(json: boolean): Promise<void> {
  const result = await acceptanceCases(engineDeps());
  console.log(json ? JSON.stringify(result) : renderChecklist(result, env().APP_URL));
}

function onSandbox(): number {
  if (!existsSync(".next/BUILD_ID")) {
    console.log("--- no production build yet: npm run build");
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
    if (build.status !== 0) return build.status ?? 1;
  }
  const dataDir = mkdtempSync(join(tmpdir(), "scalexpert-acceptance-"));
  console.log(`--- playing every case on the embedded sandbox in Chromium (fresh databases in ${dataDir})`);
  // The spec leaves the check-list it checked there, for this command to print after Playwright's report.
  const checklist = join(dataDir, "acceptance-checklist.txt");
  const run = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", "--config", "e2e/acceptance/playwright.config.ts"], {
    env: { ...process.env, E2E_DATA_DIR: dataDir, ACCEPTANCE_CHECKLIST: checklist },
    stdio: "inherit",
  });
  if (existsSync(checklist)) console.log(`\n${readFileSync(checklist, "utf8")}`);
  return run.status ?? 1;
}

/** What needs no person: re-read the orders still at the bank, cancel the accepted credits the "cancelled" case waits for. */
async function advanceOnLender(result: AcceptanceReport): Promise<boolean> {
  const deps = engineDeps();
  let changed = false;
  for (const c of result.cases) {
    if (c.passed || !c.evidence || c.environment !== "uatc") continue;
    if (c.todo?.code === "await_bank") {
      const refreshed = await refreshOrderFromBank(deps, c.evidence.orderId);
      console.log(`refreshed order ${c.evidence.reference}: ${refreshed.message}`);
      changed = true;
    } else if (c.todo?.code === "cancel_order" && c.kind === "cancelled") {
      const cancelled = await cancelOrder(deps, c.evidence.orderId, { amountCents: c.evidence.financedCents, reason: "Lender acceptance test: cancellation" });
      console.log(`cancelled order ${c.evidence.reference}: ${cancelled.message}`);
      changed = true;
    }
  }
  return changed;
}

async function onLender(): Promise<number> {
  const { BANK_ENVIRONMENT, APP_URL } = env();
  let result = await acceptanceCases(engineDeps());
  if (BANK_ENVIRONMENT === "uatc" && (await advanceOnLender(result))) result = await acceptanceCases(engineDeps());
  console.log(renderChecklist(result, APP_URL));
  const left = result.cases.filter((c) => !c.passed);
  const leftHere = left.filter((c) => c.environment === BANK_ENVIRONMENT);
  if (left.length > 0) {
    console.log("\nWhat the tester does for each case left:");
    for (const c of left) {
      console.log(`\n${c.id}`);
      for (const step of testerSteps(c, APP_URL)) console.log(`  - ${step}`);
    }
  }
  // Done here when this deployment's cases are: the production one is played on the production deployment.
  return leftHere.length === 0 ? 0 : 1;
}

async function main(): Promise<number> {
  loadEnvConfig(process.cwd());
  const [command, flag] = process.argv.slice(2);
  if (command === "report") {
    await report(flag === "--json");
    return 0;
  }
  return env().BANK_ENVIRONMENT === "sandbox" ? onSandbox() : onLender();
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
