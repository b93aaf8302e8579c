import { expect, test } from "@playwright/test";
import {
  addToCart,
  bankSubscription,
  bankSubscriptionsOfOrder,
  confirmCheckout,
  field,
  fillCheckout,
  MARIE,
  orderByToken,
  startCheckout,
} from "./shop-support";

// Mutations travel one per request (the server refuses batched ones): `input` in, `{ result }` out.
type PlaceAnswer = { result?: { data?: { token?: string } } };

test.describe("what the browser sends is not trusted", () => {
  // Whole journeys through the bank\'s pages; the machine running them may be busy.
  test.describe.configure({ timeout: 120_000 });

  test("an amount slipped into the checkout request is ignored: the order and the bank finance the cart's catalogue total", async ({ page }) => {
    await startCheckout(page, "smartphone-pro", /en 3x/);

    // Rewrite the tRPC call the way a tampering shopper would, and keep the answer.
    let placed: { token?: string } = {};
    await page.route("**/api/trpc/checkout.place**", async (route) => {
      const body = JSON.parse(route.request().postData() ?? "{}") as Record<string, unknown>;
      Object.assign(body, { financedAmount: 1, totalCents: 100, amountCents: 100, priceCents: 100 });
      const response = await route.fetch({ postData: JSON.stringify(body) });
      placed = ((await response.json()) as PlaceAnswer).result?.data ?? {};
      await route.fulfill({ response });
    });
    await confirmCheckout(page);
    await expect(page).toHaveURL(/\/sandbox\/journey\//);
    expect(placed.token).toBeTruthy();

    const order = orderByToken(placed.token!);
    expect(order.total_cents).toBe(129900);
    expect(order.financed_cents).toBe(129900);
    const subscription = await bankSubscription(order.subscription_id!);
    expect(subscription.financedAmount).toBe(1299);
  });

  test("a double click on confirm opens one order and one subscription", async ({ page }) => {
    await startCheckout(page, "robot-patissier", /en 3x/);
    const tokens: string[] = [];
    await page.route("**/api/trpc/checkout.place**", async (route) => {
      const response = await route.fetch();
      // Both submits may travel in one batched request: read every answer.
      const answer = (await response.json()) as PlaceAnswer;
      if (answer.result?.data?.token) tokens.push(answer.result.data.token);
      await route.fulfill({ response });
    });
    // Two submits of the same attempt, as fast as the browser allows.
    await page.evaluate(() => {
      const form = document.querySelector("form.checkout-form") as HTMLFormElement;
      form.requestSubmit();
      form.requestSubmit();
    });
    await expect(page).toHaveURL(/\/sandbox\/journey\//);
    expect(tokens.length).toBeGreaterThanOrEqual(1);
    expect(new Set(tokens).size).toBe(1);
    const order = orderByToken(tokens[0]!);
    expect(await bankSubscriptionsOfOrder(order.id)).toHaveLength(1);
  });

  test("the checkout refuses bad details with messages next to the fields, on the client and on the server", async ({ page }) => {
    await addToCart(page, "robot-patissier");
    await page.goto("/checkout");
    await confirmCheckout(page);
    await expect(page.getByRole("alert").filter({ hasText: "informations sont à corriger" })).toBeVisible();
    await expect(page.getByLabel("Prénom")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Prénom")).toBeFocused();

    await fillCheckout(page, { ...MARIE, mobile: "01 23 45 67 89", email: "marie@", zip: "750" });
    // Each message is tied to its field (and repeated, as a link, in the summary above the form).
    await expect(field(page, "Téléphone mobile")).toHaveAccessibleDescription(/Saisissez un numéro de mobile \(pas un fixe\)\./);
    await expect(field(page, "E-mail")).toHaveAccessibleDescription(/Saisissez une adresse e-mail valide/);
    await expect(field(page, "Code postal")).toHaveAccessibleDescription(/Un code postal français compte 5 chiffres\./);

    // The server says the same when the browser's check is bypassed.
    const response = await page.request.post("/api/trpc/checkout.place", {
      data: { email: "marie@", mobilePhone: "+49 151 23456789", billingCountry: "FR", idempotencyKey: crypto.randomUUID() },
    });
    const error = (await response.json()) as { error: { data: { zodError: { fieldErrors: Record<string, string[]> } } } };
    expect(error.error.data.zodError.fieldErrors.email).toEqual(["email"]);
    expect(error.error.data.zodError.fieldErrors.mobilePhone).toEqual(["phone_country_FR"]);
  });

  test("a solution the bank refuses for this cart gets a message the shopper can act on, and the cart is kept", async ({ page }) => {
    await startCheckout(page, "canape-modulable", /mois/, MARIE, { birth: true });
    // A split payment the bank does not offer above 3,000 €, slipped in instead of the credit.
    await page.route("**/api/trpc/checkout.place**", async (route) => {
      const body = JSON.parse(route.request().postData() ?? "{}") as Record<string, unknown>;
      body.solutionCode = "SCFRSP-3XTS";
      await route.fulfill({ response: await route.fetch({ postData: JSON.stringify(body) }) });
    });
    await confirmCheckout(page);
    await expect(page.getByRole("alert").filter({ hasText: "Cette solution de financement n'est pas disponible pour ce panier." })).toBeVisible();
    await expect(page).toHaveURL(/\/checkout$/);
    await expect(page.getByTestId("cart-count")).toHaveText("1");
    await expect(page.getByRole("button", { name: /^Confirmer et payer/ })).toBeEnabled();
  });
});
