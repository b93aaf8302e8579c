import { expect, type Locator, type Page, test } from "@playwright/test";
import { addToCart, chooseGerman, onEachScreen, seriousViolations } from "./shop-support";

/** The demo's ORIAS number (MERCHANT_ORIAS), which the shop writes into the French lender's texts. */
const DEMO_ORIAS = "00000000";

const FRENCH_LEGAL = '.legal[lang="fr"]';

/** Every French legal text in this part of the page carries the merchant's number, and none the kit's placeholder. */
async function expectOriasInEveryFrenchLegalText(scope: Locator, atLeast: number, texts = scope.locator(FRENCH_LEGAL)) {
  await expect(texts.first()).toBeVisible();
  const all = await texts.allTextContents();
  expect(all.length).toBeGreaterThanOrEqual(atLeast);
  for (const text of all) {
    expect(text).toContain(`immatriculé à l'ORIAS sous le numéro ${DEMO_ORIAS}.`);
    expect(text).not.toMatch(/X{3,}/);
  }
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

onEachScreen("the lender's legal texts and the terms page", 120_000, (viewport) => {
  test("every kit shows its legal text with the ORIAS number: product insert and dialog, cart, checkout", async ({ page }) => {
    await page.goto("/products/machine-espresso");
    const insert = page.getByTestId("offer-insert");
    // The insert's own legal texts (one per distinct kit), outside the dialog.
    await expectOriasInEveryFrenchLegalText(insert, 1, insert.locator(`:scope > ${FRENCH_LEGAL}`));
    await expect(insert.getByRole("link", { name: "Conditions du financement" })).toBeVisible();
    await insert.getByRole("button", { name: "Voir les offres" }).click();
    const dialog = page.getByRole("dialog", { name: "Payer en plusieurs fois" });
    // One legal text per solution in the dialog, on screen without a click: 3x and the credit (the seeded financing
    // settings keep 4x off the product pages, db/shop/seed.ts); the checkout below offers all three.
    await expectOriasInEveryFrenchLegalText(dialog, 2);
    await page.keyboard.press("Escape");

    await addToCart(page, "machine-espresso");
    await page.goto("/cart");
    const cartInsert = page.getByTestId("offer-insert");
    await expectOriasInEveryFrenchLegalText(cartInsert, 1, cartInsert.locator(`:scope > ${FRENCH_LEGAL}`));
    await shot(page, `cart-legal-${viewport.name}`);

    await page.goto("/checkout");
    const solutions = page.getByRole("group", { name: "Financement" });
    // Before any choice, every option already shows its legal text.
    await expect(solutions.getByRole("radio")).toHaveCount(3);
    await expectOriasInEveryFrenchLegalText(solutions, 3);
    await solutions.getByRole("radio").first().check();
    await expectOriasInEveryFrenchLegalText(solutions, 3);
    await expect(solutions.getByRole("link", { name: "Conditions du financement" })).toBeVisible();
    await shot(page, `checkout-legal-${viewport.name}`);
  });

  test("the terms page, linked from the footer, links the legal mentions of the contract's fee models", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Conditions du financement" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conditions du financement");
    await expect(page.getByTestId("terms-intermediary")).toContainText(`ORIAS sous le numéro ${DEMO_ORIAS}`);
    const mentions = page.getByTestId("legal-mentions");
    await expect(mentions).toHaveCount(2);
    await expect(mentions.first()).toHaveAttribute("href", /NXWEB-MENTIONS-3X4X-AVECFRAIS\.pdf$/);
    await expect(mentions.last()).toHaveAttribute("href", /NXWEB-MENTIONS-3X4X-SANSFRAIS\.pdf$/);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, `terms-fr-${viewport.name}`);
  });

  test("in German: the German lender's texts carry no ORIAS mention, and the terms page speaks German", async ({ page }) => {
    await chooseGerman(page);
    await page.goto("/products/machine-espresso");
    const insert = page.getByTestId("offer-insert");
    await expect(insert.locator(".legal").first()).toContainText("HANSEATIC BANK");
    await expect(insert).not.toContainText("ORIAS");
    await insert.getByRole("link", { name: "Finanzierungsbedingungen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Finanzierungsbedingungen");
    await expect(page.getByRole("heading", { name: "Ratenkredit — HANSEATIC BANK" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, `terms-de-${viewport.name}`);
  });
});
