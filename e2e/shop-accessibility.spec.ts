import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { splitPaymentOrder } from "./admin-support";
import { addToCart, MARIE } from "./shop-support";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

test.describe("accessibility (axe-core): no serious or critical violation", () => {
  // axe walks every node of a long form: give it room on a busy machine.
  test.describe.configure({ timeout: 120_000 });

  test("catalogue and product page with its financing offers", async ({ page }) => {
    await page.goto("/");
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto("/products/machine-espresso");
    await expect(page.getByTestId("offer-teaser")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Voir les offres" }).click();
    await expect(page.getByRole("dialog", { name: "Payer en plusieurs fois" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("cart with its offers", async ({ page }) => {
    await addToCart(page, "ordinateur-portable-creatif");
    await page.goto("/cart");
    await expect(page.getByTestId("offer-teaser")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("checkout, blank, with its error messages, and with a credit chosen", async ({ page }) => {
    await addToCart(page, "ordinateur-portable-creatif");
    await page.goto("/checkout");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: /^Confirmer et payer/ }).click();
    await expect(page.getByLabel("Prénom")).toHaveAttribute("aria-invalid", "true");
    await page.getByRole("radio", { name: /mois/ }).first().check();
    await expect(page.getByLabel("Date de naissance")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("the shop can be used in English and German", async ({ page }) => {
    await page.goto("/products/machine-espresso");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("button", { name: "Add to cart" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: "See the offers" })).toBeVisible();
    await page.getByRole("button", { name: "Deutsch" }).click();
    await expect(page.getByRole("button", { name: "In den Warenkorb" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("return page after the bank, and the order page it links to", async ({ page }) => {
    await splitPaymentOrder(page, "machine-espresso", MARIE, { pay: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Suivre ma commande" }).click();
    await expect(page.getByTestId("order-state")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
