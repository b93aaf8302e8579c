import { expect, type Page, test } from "@playwright/test";
import { catalog, catalogTranslations } from "../db/shop/catalog-data";
import { chooseGerman, onEachScreen, seriousViolations } from "./shop-support";

/** The first instalment of "ou 3 × 1 234,56 € sans frais · …", in euros. */
const firstInstalment = (text: string) => Number(text.split("×")[1]!.split("€")[0]!.replace(/[^\d,]/g, "").replace(",", "."));

/** The README's picture: the product page with its insert, and the same page with the dialog open, side by side. */
async function saveReadmeScreenshot(page: Page, closed: Buffer, open: Buffer) {
  const sheet = await page.context().newPage();
  await sheet.setViewportSize({ width: 1300, height: 470 });
  const img = (png: Buffer) => `<img alt="" width="640" height="450" src="data:image/png;base64,${png.toString("base64")}">`;
  await sheet.setContent(`<body style="margin:0;padding:10px;display:flex;gap:0 0;justify-content:space-between;background:#d4d4d8">${img(closed)}${img(open)}</body>`);
  await sheet.screenshot({ path: "docs/screenshot.png" });
  await sheet.close();
}

onEachScreen("the offer insert", 120_000, (viewport) => {
  test("sits next to the price, follows the quantity, and opens a dialog with every solution, the duration choice and the legal text", async ({ page }) => {
    await page.goto("/products/machine-espresso");
    const insert = page.getByTestId("offer-insert");
    const teaser = insert.getByTestId("offer-teaser");
    await expect(teaser).toHaveText(/^ou 3 × [\d\s,]+\s€ sans frais · dès [\d\s,]+\s€\/mois$/);
    await expect(insert.locator(".offer-insert-logo")).toHaveAttribute("src", /logo-franfinance/);
    await expect(insert.locator(".legal").first()).toContainText("Un crédit vous engage");
    // No solution code reaches the shopper.
    await expect(page.getByRole("main")).not.toContainText(/SC(FR|DE)(SP|LT)-/);

    const single = firstInstalment((await teaser.textContent())!);
    await page.getByLabel("Quantité").selectOption("2");
    await expect(page).toHaveURL(/\?quantity=2$/);
    await expect(async () => {
      const double = firstInstalment((await teaser.textContent())!);
      expect(Math.abs(double - 2 * single)).toBeLessThanOrEqual(0.02);
    }).toPass();

    const pageWithInsert = await page.screenshot();
    await insert.getByRole("button", { name: "Voir les offres" }).click();
    const dialog = page.getByRole("dialog", { name: "Payer en plusieurs fois" });
    await expect(dialog).toBeVisible();
    // 3x and the credit: the seeded financing settings keep 4x off the product pages (db/shop/seed.ts); the checkout still offers it (shop-split-payment.spec.ts pays in 4x).
    await expect(dialog.getByRole("heading", { level: 3 })).toHaveCount(2);
    await expect(dialog.getByText("TAEG fixe").first()).toBeVisible();
    await expect(dialog.getByText("Coût total du crédit").first()).toBeVisible();
    await expect(dialog.locator(".legal").first()).toBeVisible();
    await expect(dialog).toContainText("la durée de votre crédit se choisit sur le site de la banque");
    const duration = dialog.getByLabel("Durée");
    await duration.selectOption({ label: "24 mois" });
    await expect(dialog.locator(".offer-headline").last()).toContainText("pendant 24 mois");
    const box = await dialog.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(viewport.size.width);
    expect(await seriousViolations(page)).toEqual([]);
    if (viewport.name === "desktop") await saveReadmeScreenshot(page, pageWithInsert, await page.screenshot());
    else await page.screenshot({ path: test.info().outputPath("insert-dialog-phone-fr.png") });
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(insert.getByRole("button", { name: "Voir les offres" })).toBeFocused();
  });

  test("speaks German for a German shopper: product words, the credit's insert and its dialog", async ({ page }) => {
    await chooseGerman(page);
    await page.goto("/products/machine-espresso");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hebel-Espressomaschine");
    // The description in German, the catalogue's French one nowhere; no solution code in any shopper text.
    await expect(page.getByText(catalogTranslations.de["machine-espresso"]!.description)).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText(catalog.find((p) => p.slug === "machine-espresso")!.description);
    await expect(page.getByRole("main")).not.toContainText(/SC[A-Z]{4}-/);
    const insert = page.getByTestId("offer-insert");
    await expect(insert.getByTestId("offer-teaser")).toHaveText(/^ab [\d.,]+\s€\/Monat$/);
    await insert.getByRole("button", { name: "Angebote ansehen" }).click();
    const dialog = page.getByRole("dialog", { name: "In Raten zahlen" });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator(".legal").first()).toContainText("HANSEATIC BANK");
    await expect(page.getByRole("main")).not.toContainText(/SC[A-Z]{4}-/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`insert-dialog-${viewport.name}-de.png`) });
    await dialog.getByRole("button", { name: "Schließen" }).click();
    await expect(dialog).toBeHidden();
  });
});
