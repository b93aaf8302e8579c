import { expect, type Page, test } from "@playwright/test";
import { signInAsAdmin } from "./admin-support";
import { addToCart, field, seriousViolations, VIEWPORTS } from "./shop-support";

/**
 * The merchant's financing settings (/admin/financing): the form says the
 * bank's range and refuses amounts outside it, and a saved change is what the
 * shop's product page, cart and checkout follow at once. The change made here
 * is on a product no other journey buys (the washing machine), and is put back.
 */
const WASHER = "Lave-linge hublot 9 kg";

async function setWasherExcluded(page: Page, excluded: boolean) {
  await page.goto("/admin/financing");
  const products = page.getByRole("group", { name: "Products" });
  await products.getByLabel(new RegExp(`^${WASHER}`)).setChecked(excluded);
  await page.getByRole("button", { name: "Save the settings" }).click();
  await expect(page.getByTestId("financing-notice")).toHaveText(/^Settings saved|^Nothing to save/);
}

test.describe("financing settings", () => {
  test.describe.configure({ timeout: 150_000 });

  test("say the bank's range and refuse an amount outside it, in the admin's language", async ({ page }) => {
    await signInAsAdmin(page, "/admin/financing");
    await page.goto("/admin/financing");
    await expect(page.getByRole("navigation", { name: "Back office" }).getByRole("link", { name: "Financing" })).toHaveAttribute("aria-current", "page");
    const three = page.getByRole("group", { name: /^Split payment in 3/ });
    await expect(three).toContainText("The bank's range: €50.00 to €3,000.00");
    // The seeded demo: long credit narrowed to 5,000 €, 4x off the product pages, e-bikes not financed.
    await expect(page.getByRole("group", { name: /^Long credit \(FR\)/ }).getByLabel("Maximum (€)")).toHaveValue("5000.00");
    await expect(page.getByRole("group", { name: /^Split payment in 4/ }).getByLabel("Product pages")).not.toBeChecked();
    await expect(page.getByRole("group", { name: "Categories" }).getByLabel("Mobilité")).toBeChecked();

    await three.getByLabel("Minimum (€)").fill("49.99");
    await page.getByRole("group", { name: /^Long credit \(FR\)/ }).getByLabel("Maximum (€)").fill("7000");
    await page.getByRole("button", { name: "Save the settings" }).click();
    await expect(page.getByTestId("financing-notice")).toHaveText("2 amounts to correct.");
    await expect(three.getByLabel("Minimum (€)")).toHaveAccessibleDescription("Below the bank's minimum of €50.00.");
    await expect(page.getByRole("group", { name: /^Long credit \(FR\)/ }).getByLabel("Maximum (€)")).toHaveAccessibleDescription("Above the bank's maximum of €6,000.00.");
    expect(await seriousViolations(page)).toEqual([]);

    await page.context().addCookies([{ name: "admin_locale", value: "de", domain: "127.0.0.1", path: "/", sameSite: "Lax" }]);
    await page.goto("/admin/financing");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Finanzierungseinstellungen");
    await expect(page.getByRole("group", { name: /^Ratenzahlung in 3 Raten/ })).toContainText("Spanne der Bank: 50,00 € bis 3.000,00 €");
    await page.setViewportSize(VIEWPORTS[1].size);
    await page.screenshot({ path: test.info().outputPath("financing-settings-phone-de.png"), fullPage: true });
  });

  for (const viewport of VIEWPORTS) {
    test(`a product excluded by the merchant loses its financing on its page, in the cart and at the checkout, and gets it back (${viewport.name})`, async ({ page, browser }) => {
      await signInAsAdmin(page, "/admin/financing");
      const shopper = await browser.newPage({ viewport: viewport.size });
      try {
        await shopper.goto("/products/lave-linge-9kg");
        await expect(shopper.getByTestId("offer-teaser")).toHaveText(/^ou 3 × [\d\s,]+\s€ sans frais · dès/);

        await setWasherExcluded(page, true);
        await expect(page.getByTestId("financing-history").locator("tbody tr").first()).toContainText(`products not financed: + ${WASHER}`);

        await shopper.reload();
        const insert = shopper.getByTestId("offer-insert");
        await expect(insert.getByTestId("financing-excluded")).toHaveText("Financement non disponible pour ce produit");
        await expect(insert.getByTestId("offer-teaser")).toHaveCount(0);
        await addToCart(shopper, "lave-linge-9kg");
        await shopper.goto("/cart");
        await expect(shopper.getByTestId("financing-excluded")).toHaveText(`Financement non disponible pour ce panier, qui contient : ${WASHER}`);
        await shopper.goto("/checkout");
        await expect(field(shopper, "Prénom")).toBeVisible();
        await expect(shopper.getByRole("radio")).toHaveCount(0);
        await expect(shopper.getByRole("group", { name: "Mode de financement" })).toContainText("Financement non disponible pour ce panier");
        await shopper.screenshot({ path: test.info().outputPath(`checkout-excluded-${viewport.name}.png`), fullPage: true });

        await setWasherExcluded(page, false);
        await shopper.reload();
        await expect(shopper.getByRole("radio", { name: /en 3x/ })).toBeVisible();
        await shopper.goto("/cart");
        await expect(shopper.getByTestId("offer-teaser")).toHaveText(/^ou 3 × /);
      } finally {
        await setWasherExcluded(page, false);
        await shopper.close();
      }
    });
  }
});
