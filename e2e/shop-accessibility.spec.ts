import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { splitPaymentOrder } from "./admin-support";
import { messagesFor } from "../server/shop/i18n/messages";
import { addToCart, chooseGerman, MARIE, VIEWPORTS } from "./shop-support";

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
    // The duration picked here is an example: the shopper chooses it at the bank.
    await expect(page.getByText(messagesFor("fr").checkout.durationNote)).toBeVisible();
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

  /** The French shopper on a desktop, the German one on a phone: an unknown address, product and order. */
  for (const run of [
    { locale: "fr", screen: VIEWPORTS[0] },
    { locale: "de", screen: VIEWPORTS[1] },
  ] as const) {
    test(`the 404 pages: an unknown address, product and order (in ${run.locale === "fr" ? "French, on a desktop" : "German, on a phone"})`, async ({ page }) => {
      await page.setViewportSize(run.screen.size);
      if (run.locale === "de") await chooseGerman(page);
      const t = messagesFor(run.locale);
      // The route for every unmatched address, and the shop's and the catalogue's own not-found pages.
      for (const path of ["/no-such-page", "/products/no-such-product", "/orders/no-such-order"]) {
        const answer = await page.goto(path);
        // The order page has streamed its 200 before it knows the token is unknown (its not-found comes inside it).
        if (!path.startsWith("/orders/")) expect(answer?.status(), path).toBe(404);
        await expect(page.locator("html"), path).toHaveAttribute("lang", run.locale);
        await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(t.notFound.title);
        expect(await seriousViolations(page), path).toEqual([]);
      }
    });
  }

  test("return page after the bank, and the order page it links to", async ({ page }) => {
    await splitPaymentOrder(page, "machine-espresso", MARIE, { pay: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Suivre ma commande" }).click();
    await expect(page.getByTestId("order-state")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
