import { expect, test } from "@playwright/test";
import { addToCart } from "./shop-support";

test.describe("cart", () => {
  test.describe.configure({ timeout: 120_000 });

  test("is kept on the server: quantities, totals and the offers follow the total; products without financing show none", async ({ page, context }) => {
    await page.goto("/products/moulin-a-cafe-manuel");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // 29,90 €: no solution is eligible, so no offer and no error, only what each financing starts at.
    await expect(page.getByTestId("offer-teaser")).toHaveCount(0);
    await expect(page.getByTestId("financing-gaps")).toBeVisible();
    await expect(page.getByText("indisponibles")).toHaveCount(0);

    await addToCart(page, "machine-espresso");
    const cookies = await context.cookies();
    const cart = cookies.find((c) => c.name === "shop_cart");
    expect(cart).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(cart!.value).toMatch(/^[A-Za-z0-9_-]{32}$/);

    await page.goto("/cart");
    await expect(page.getByTestId("cart-total")).toHaveText(/^989,00\s€$/);
    const offers = page.getByTestId("offer-teaser");
    await expect(offers).toHaveText(/^ou 3 × 329,6\d\s€ sans frais · dès [\d\s,]+\s€\/mois$/);

    await page.getByLabel("Quantité de Machine espresso à levier").selectOption("2");
    await expect(page.getByTestId("cart-total")).toHaveText(/^1\s978,00\s€$/);
    await expect(page.getByTestId("cart-count")).toHaveText("2");
    await expect(offers).toHaveText(/^ou 3 × 659,3\d\s€ sans frais/);

    // Another browser tab sees the same server-side cart.
    const other = await context.newPage();
    await other.goto("/cart");
    await expect(other.getByTestId("cart-total")).toHaveText(/^1\s978,00\s€$/);
    await other.close();

    await page.getByRole("button", { name: "Retirer Machine espresso à levier du panier" }).click();
    await expect(page.getByText("Votre panier est vide.")).toBeVisible();
    await expect(page.getByTestId("cart-count")).toHaveText("0");
  });
});
