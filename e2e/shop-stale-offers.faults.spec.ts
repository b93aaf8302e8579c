/**
 * Stale-if-error, in the browser (issue 13, point 6): when the bank answers
 * 429 or fails, the product page keeps showing the last good offers for a
 * bounded time, then says they are unavailable. Runs on the second app
 * (playwright.config.ts), whose demo merchant no other journey uses while the
 * faults are on, and whose offers are kept 4 s and their last good answer
 * 40 s past that, so that the bound is reached within the test.
 */
import { expect, type Page, test } from "@playwright/test";
import { bankCallsSince, chooseGerman, setDemoMerchantFaults, VIEWPORTS } from "./shop-support";

const ELIGIBILITY = "getEligibleProductServices";
const STALE_MS = 40_000;
const UNAVAILABLE = "Les offres de financement sont momentanément indisponibles.";
const UNAVAILABLE_DE = "Die Finanzierungsangebote sind gerade nicht verfügbar.";

test.describe.configure({ timeout: 180_000 });

test.afterEach(async ({ baseURL }) => setDemoMerchantFaults(baseURL!, null));

/**
 * Reloads until `check` passes (given the time of that reload): each view asks the shop again, which asks the
 * bank once its offers are older than 4 s.
 */
const onReload = (page: Page, check: (reloadedAt: number) => Promise<void>, timeout: number) =>
  expect(async () => {
    const reloadedAt = Date.now();
    await page.reload();
    await check(reloadedAt);
  }).toPass({ timeout });

// A German shopper on a phone reads the same page beside the French one on a desktop, in the same wait: the
// offers for Germany are another answer of the bank (the credit), kept and bounded on their own.
test("the product page keeps its last offers while eligibility answers 429 then 500, and says they are unavailable past the bound (in French on a desktop, in German on a phone beside it)", async ({ page, baseURL, browser }) => {
  const dataDir = process.env.E2E_DATA_DIR_V171!;
  await setDemoMerchantFaults(baseURL!, null);
  const viewedAt = Date.now();
  await page.goto("/products/machine-espresso");
  const teaser = page.getByTestId("offer-teaser");
  await expect(teaser).toHaveText(/^ou 3 × /);
  const offers = (await teaser.innerText()).trim();

  const germanContext = await browser.newContext({ baseURL, viewport: VIEWPORTS[1].size });
  const german = await germanContext.newPage();
  await chooseGerman(german);
  const germanViewedAt = Date.now();
  await german.goto("/products/machine-espresso");
  const germanTeaser = german.getByTestId("offer-teaser");
  await expect(germanTeaser).toHaveText(/^ab [\d.,]+\s€\/Monat$/);
  const germanOffers = (await germanTeaser.innerText()).trim();

  // Rate-limited: the read is retried once after Retry-After, then the last good offers stand in.
  const limitedAt = Date.now();
  await setDemoMerchantFaults(baseURL!, { outcome: "429", retryAfterSeconds: 1, operations: [ELIGIBILITY] });
  await onReload(
    page,
    async () => {
      await expect(teaser).toHaveText(offers, { timeout: 1_000 });
      const calls = bankCallsSince(dataDir, ELIGIBILITY, limitedAt);
      expect(calls.slice(0, 2)).toEqual([
        { httpStatus: 429, attempt: 1 },
        { httpStatus: 429, attempt: 2 },
      ]);
    },
    30_000,
  );
  await expect(page.getByText(UNAVAILABLE)).toHaveCount(0);

  // Failing: the same offers, still within the bound.
  const failingAt = Date.now();
  await setDemoMerchantFaults(baseURL!, { outcome: "500", operations: [ELIGIBILITY] });
  await onReload(
    page,
    async () => {
      await expect(teaser).toHaveText(offers, { timeout: 1_000 });
      expect(bankCallsSince(dataDir, ELIGIBILITY, failingAt).map((c) => c.httpStatus)).toContain(500);
    },
    40_000,
  );
  // The German page's own offers stand in too: this view asked the bank (nothing else asks it now), which failed.
  await onReload(
    german,
    async (reloadedAt) => {
      await expect(germanTeaser).toHaveText(germanOffers, { timeout: 1_000 });
      expect(bankCallsSince(dataDir, ELIGIBILITY, reloadedAt).map((c) => c.httpStatus)).toContain(500);
    },
    30_000,
  );
  await expect(german.getByText(UNAVAILABLE_DE)).toHaveCount(0);

  // Past the bound the page says the offers are unavailable, never sooner.
  await onReload(page, () => expect(page.getByText(UNAVAILABLE)).toBeVisible({ timeout: 1_000 }), 90_000);
  expect(Date.now()).toBeGreaterThanOrEqual(viewedAt + STALE_MS);
  await expect(teaser).toHaveCount(0);
  await onReload(german, () => expect(german.getByText(UNAVAILABLE_DE)).toBeVisible({ timeout: 1_000 }), 30_000);
  expect(Date.now()).toBeGreaterThanOrEqual(germanViewedAt + STALE_MS);
  await expect(germanTeaser).toHaveCount(0);

  // The bank back: the offers come back.
  await setDemoMerchantFaults(baseURL!, null);
  await onReload(page, () => expect(teaser).toHaveText(offers, { timeout: 1_000 }), 40_000);
  await onReload(german, () => expect(germanTeaser).toHaveText(germanOffers, { timeout: 1_000 }), 40_000);
  await germanContext.close();
});
