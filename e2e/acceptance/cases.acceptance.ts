import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import type { AcceptanceReport } from "../../server/shop/go-live/acceptance-cases";
import { serverEnv } from "../../tests/support/server";
import { merchantSession, playSolution } from "./journeys";

/** The shop's own check-list of this app, as `npm run acceptance report` computes it (the shop's database and bank). */
function checklist(format: "json" | "text"): string {
  const port = Number(process.env.E2E_PORT);
  return execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/acceptance.ts", "report", ...(format === "json" ? ["--json"] : [])], {
    env: { ...process.env, ...serverEnv(port, process.env.E2E_DATA_DIR!), RECONCILE_INTERVAL_SECONDS: "0" },
    encoding: "utf8",
  });
}

const report = (): AcceptanceReport => JSON.parse(checklist("json")) as AcceptanceReport;

/** The demo merchant's contract, which the bank's eligibility answer must give. */
const CONTRACT = ["SCDELT-DXTS", "SCFRLT-TXPS", "SCFRSP-3XTS", "SCFRSP-4XPS"];

test.describe.configure({ mode: "serial" });

let admin: Page;

test.beforeAll(async ({ browser }) => {
  admin = await merchantSession(browser);
});

test("a fresh database has every case of the demo merchant's contract to do", () => {
  const before = report();
  expect(before.solutions).toEqual({ codes: CONTRACT, source: "eligibility" });
  expect(before.environments).toEqual({ test: "sandbox", production: "sandbox" });
  expect(before.total).toBe(12);
  expect(before.cases.filter((c) => c.passed)).toEqual([]);
});

for (const solutionCode of CONTRACT) {
  test(`${solutionCode}: its three cases played by a buyer, the merchant and the lender`, async ({ browser }) => {
    await playSolution({ browser, admin }, solutionCode);
    const cases = report().cases.filter((c) => c.solutionCode === solutionCode);
    expect(cases.filter((c) => !c.passed).map((c) => `${c.id}: ${c.todo?.text}`)).toEqual([]);
  });
}

test("every acceptance line is green, each with its order", () => {
  const after = report();
  expect(after.cases.filter((c) => !c.passed).map((c) => `${c.id}: ${c.todo?.text}`)).toEqual([]);
  expect(after.passed).toBe(12);
  // Each case names its order, the bank's subscription and its calls in the API log.
  for (const c of after.cases) {
    expect(c.evidence).toMatchObject({ environment: "sandbox", subscriptionId: expect.any(String), apiLogHref: `/admin/api-log?order=${c.evidence!.orderId}` });
  }
  const productionCase = after.cases.find((c) => c.id === "SCFRSP-3XTS/cancelled_after_24h")!;
  expect(productionCase.evidence!.cancelledAt! - productionCase.evidence!.acceptedAt!).toBeGreaterThanOrEqual(24 * 60 * 60_000);

  const text = checklist("text");
  expect(text).toContain("12/12 cases passed");
  if (process.env.ACCEPTANCE_CHECKLIST) writeFileSync(process.env.ACCEPTANCE_CHECKLIST, text);
});
