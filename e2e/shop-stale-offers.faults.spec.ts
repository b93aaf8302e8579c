/**
 * Stale-if-error, in the browser (issue 13, point 6): when the bank answers
 * 429 or fails, the product page keeps showing the last good offers for a
 * bounded time, then says they are unavailable. Runs on the second app
 * (playwright.config.ts), whose demo merchant no other journey uses while the
 * faults are on, and whose offers are kept 4 s and their last good answer
 * 40 s past that, so that the bound is reached within the test.
 */
import { expect, test } from "@playwright/test";
import { bankCallsSince, setDemoMerchantFaults } from "./shop-support";

const ELIGIBILITY = "getEligibleProductServices";
const STALE_MS = 40_000;
const UNAVAILABLE = "Les offres de financement sont momentanément indisponibles.";

test.describe.configure({ timeout: 180_000 });

test.afterEach(async ({ baseURL }) => setDemoMerchantFaults(baseURL!, null));

test("the product page keeps its last offers while eligibility answers 429 then 500, and says they are unavailable past the bound", async ({ page, baseURL }) => {
  const dataDir = process.env.E2E_DATA_DIR_V171!;
  await setDemoMerchantFaults(baseURL!, null);
  const viewedAt = Date.now();
  await page.goto("/products/machine-espresso");
  const teaser = page.getByTestId("offer-teaser");
  await expect(teaser).toHaveText(/^ou 3 × /);
  const offers = (await teaser.innerText()).trim();

  // Rate-limited: the read is retried once after Retry-After, then the last good offers stand in.
  const limitedAt = Date.now();
  await setDemoMerchantFaults(baseURL!, { outcome: "429", retryAfterSeconds: 1, operations: [ELIGIBILITY] });
  await expect(async () => {
    await page.reload();
    await expect(teaser).toHaveText(offers, { timeout: 1_000 });
    const calls = bankCallsSince(dataDir, ELIGIBILITY, limitedAt);
    expect(calls.slice(0, 2)).toEqual([
      { httpStatus: 429, attempt: 1 },
      { httpStatus: 429, attempt: 2 },
    ]);
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText(UNAVAILABLE)).toHaveCount(0);

  // Failing: the same offers, still within the bound.
  const failingAt = Date.now();
  await setDemoMerchantFaults(baseURL!, { outcome: "500", operations: [ELIGIBILITY] });
  await expect(async () => {
    await page.reload();
    await expect(teaser).toHaveText(offers, { timeout: 1_000 });
    expect(bankCallsSince(dataDir, ELIGIBILITY, failingAt).map((c) => c.httpStatus)).toContain(500);
  }).toPass({ timeout: 40_000 });

  // Past the bound the page says the offers are unavailable, never sooner.
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(UNAVAILABLE)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 90_000 });
  expect(Date.now()).toBeGreaterThanOrEqual(viewedAt + STALE_MS);
  await expect(teaser).toHaveCount(0);

  // The bank back: the offers come back.
  await setDemoMerchantFaults(baseURL!, null);
  await expect(async () => {
    await page.reload();
    await expect(teaser).toHaveText(offers, { timeout: 1_000 });
  }).toPass({ timeout: 40_000 });
});
