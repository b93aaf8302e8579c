import { expect, type Page, test } from "@playwright/test";
import {
  addToCart,
  confirmCheckout,
  expectOrderMatchesBank,
  fillBirth,
  fillCheckout,
  germanJourneyWithGoodPin,
  MARIE,
  returnToken,
  setDemoMerchantSettings,
  startGermanCheckout,
} from "./shop-support";

test.describe("long credit, as a shopper", () => {
  // Whole journeys through the bank\'s pages; the machine running them may be busy.
  test.describe.configure({ timeout: 120_000 });

  test("French credit below 3,000 € comes back pre-accepted", async ({ page }) => {
    await addToCart(page, "ordinateur-portable-creatif");
    await page.goto("/checkout");
    await fillCheckout(page, MARIE);
    // Birth data is asked only once a credit is chosen.
    await expect(page.getByLabel("Date de naissance")).toHaveCount(0);
    await page.getByRole("radio", { name: /mois/ }).first().check();
    await fillBirth(page);
    await confirmCheckout(page);

    await expect(page).toHaveURL(/\/sandbox\/journey\//);
    await expect(page.getByRole("heading", { name: "Votre demande de crédit" })).toBeVisible();
    await page.getByLabel("IBAN du compte de prélèvement").fill("FR76 3000 6000 0112 3456 7890 189");
    await page.getByLabel("Revenus nets mensuels (€)").fill("2500");
    await page.getByLabel("Utiliser une pièce d'identité simulée (bac à sable)").check();
    await page.getByRole("button", { name: "Envoyer ma demande" }).click();
    await expect(page.getByRole("heading", { name: "Signez votre contrat de crédit" })).toBeVisible();
    await page.getByLabel("J'ai lu l'offre de contrat de crédit et je l'accepte.").check();
    await page.getByRole("button", { name: "Signer électroniquement" }).click();

    const token = await returnToken(page);
    await expect(page.getByRole("heading", { level: 1, name: "Votre demande de crédit est en cours d'étude" })).toBeVisible();
    const order = await expectOrderMatchesBank(token, "PRE_ACCEPTED");
    expect(order.total_cents).toBe(219900);
    expect(order.solution_code).toMatch(/^SCFRLT-/);
  });

  test("German credit through the bank's HTML page (redirect type 'page') and the good PIN", async ({ page }) => {
    // The bank sends German credit as a URL by default; the page stays possible, and the shop must show it safely.
    const previous = await setDemoMerchantSettings({ germanRedirect: "page" });
    try {
      await germanCreditThroughPage(page);
    } finally {
      await setDemoMerchantSettings(previous);
    }
  });

  test("German credit through the bank's URL (redirect type 'url', the default)", async ({ page }) => {
    await startGermanCheckout(page);
    await germanJourneyWithGoodPin(page);
    const token = await returnToken(page);
    const order = await expectOrderMatchesBank(token, "PRE_ACCEPTED");
    expect(order.redirect_type).toBe("url");
  });
});

async function germanCreditThroughPage(page: Page) {
  await startGermanCheckout(page);
  // The bank answered with an HTML page: shown in a sandboxed frame, never in the shop's origin.
  await expect(page).toHaveURL(/\/checkout\/bank\/[A-Za-z0-9_-]+$/);
  const token = new URL(page.url()).pathname.split("/").pop()!;
  const frameElement = page.locator("iframe.bank-frame");
  await expect(frameElement).toHaveAttribute("sandbox", "allow-forms allow-scripts allow-top-navigation-by-user-activation allow-popups");
  const frameResponse = await page.request.get(`/checkout/bank/${token}/frame`);
  expect(frameResponse.headers()["content-security-policy"]).toMatch(/^sandbox allow-forms allow-scripts allow-top-navigation-by-user-activation allow-popups;/);
  expect(frameResponse.headers()["content-security-policy"]).not.toContain("allow-same-origin");
  const frame = page.frameLocator("iframe.bank-frame");
  await frame.getByRole("link", { name: "Weiter zur Finanzierung" }).click();

  await germanJourneyWithGoodPin(page);

  expect(await returnToken(page)).toBe(token);
  await expect(page.getByRole("heading", { level: 1, name: "Votre demande de crédit est en cours d'étude" })).toBeVisible();
  const order = await expectOrderMatchesBank(token, "PRE_ACCEPTED");
  expect(order.redirect_type).toBe("page");
  expect(order.solution_code).toMatch(/^SCDELT-/);
}
