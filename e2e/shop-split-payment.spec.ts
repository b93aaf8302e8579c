import { expect, test } from "@playwright/test";
import {
  addToCart,
  bankAbort,
  bankConfirmIdentity,
  bankPayByCard,
  CARD_ACCEPTED,
  CARD_REFUSED,
  chooseLanguageAndCountry,
  confirmCheckout,
  expectNoSidewaysScroll,
  expectOrderMatchesBank,
  fillCheckout,
  MARIE,
  orderByToken,
  returnToken,
  shopClock,
  shopperReading,
  startCheckout,
} from "./shop-support";

test.describe("split payment, as a shopper", () => {
  // Whole journeys through the bank\'s pages; the machine running them may be busy.
  test.describe.configure({ timeout: 120_000 });

  /** The accepted journey as a French shopper on a desktop and an English one on a phone: the shop's words, amounts and times in each. */
  const ACCEPTED_RUNS = [
    {
      ...shopperReading("fr", "desktop"),
      thirdInstalment: "3e échéance",
      heading: "Merci, votre commande est confirmée !",
      orderNumber: (reference: string) => `Commande n° ${reference}`,
      total: /^989,00\s€$/,
      follow: "Suivre ma commande",
      state: "Financement accepté, en préparation",
      // Paris in December, as French writes it.
      zone: "UTC+1",
    },
    {
      ...shopperReading("en", "phone"),
      thirdInstalment: "Instalment 3",
      heading: "Thank you, your order is confirmed!",
      orderNumber: (reference: string) => `Order no. ${reference}`,
      total: /^€989\.00$/,
      follow: "Follow my order",
      state: "Financing accepted, being prepared",
      zone: "CET",
    },
  ] as const;

  for (const run of ACCEPTED_RUNS) {
    test(`3x with an accepted card ends on the thank-you page, the order accepted like at the bank (${run.name})`, async ({ page }) => {
      await page.setViewportSize(run.viewport);
      if (run.locale !== "fr") await chooseLanguageAndCountry(page, run.locale, "FR");
      await addToCart(page, "machine-espresso", 1, run.locale);
      await expect(page.getByTestId("cart-count")).toHaveText("1");
      await page.goto("/checkout");
      await fillCheckout(page, MARIE, run.locale);
      await page.getByRole("radio", { name: /en 3x/ }).check();
      // The chosen solution shows its simulation: the schedule of three instalments.
      await expect(page.getByText(run.thirdInstalment)).toBeVisible();
      await confirmCheckout(page, run.locale);

      await expect(page).toHaveURL(/\/sandbox\/journey\//);
      // The bank names the order by the shop's short number, the one the shop's pages show.
      const bankReference = (await page.locator(".bank-summary dt", { hasText: "Référence de commande" }).locator("xpath=following-sibling::dd[1]").innerText()).trim();
      expect(bankReference).toMatch(/^[0-9A-F]{10}$/);
      await bankConfirmIdentity(page);
      await bankPayByCard(page, CARD_ACCEPTED);

      const token = await returnToken(page);
      await expect(page.getByRole("heading", { level: 1, name: run.heading })).toBeVisible();
      await expect(page.getByText(run.orderNumber(bankReference))).toBeVisible();
      const order = await expectOrderMatchesBank(token, "ACCEPTED");
      expect(order.reference).toBe(bankReference);
      expect(order.total_cents).toBe(98900);
      expect(order.solution_code).toMatch(/^SCFRSP-3X/);
      await expect(page.getByRole("main").locator(".totals .grand").last()).toHaveText(run.total);
      // Paid for: the cart is emptied.
      await expect(page.getByTestId("cart-count")).toHaveText("0");

      // Editing the return URL changes nothing: the outcome comes from the bank.
      await page.goto(`/checkout/return/${token}?consolidatedStatus=REJECTED&status=REJECTED&state=rejected&financedAmount=1`);
      await expect(page.getByRole("heading", { level: 1, name: run.heading })).toBeVisible();
      expect(orderByToken(token).state).toBe("accepted_to_ship");

      // The order status page, linked from the return page: its time in the shop's zone, Paris.
      await page.getByRole("link", { name: run.follow }).click();
      await expect(page).toHaveURL(new RegExp(`/orders/${token}$`));
      await expect(page.getByTestId("order-state")).toHaveText(run.state);
      await expect(page.getByText(`${shopClock(orderByToken(token).created_at, "FR")} ${run.zone}`).first()).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
  }

  test("4x with a refused card ends on the refusal page, the cart kept", async ({ page }) => {
    await startCheckout(page, "aspirateur-balai", /en 4x/);
    await confirmCheckout(page);

    await bankConfirmIdentity(page);
    await bankPayByCard(page, CARD_REFUSED);

    const token = await returnToken(page);
    await expect(page.getByRole("heading", { level: 1, name: "Votre demande de financement n'a pas été acceptée" })).toBeVisible();
    await expectOrderMatchesBank(token, "REJECTED");
    await expect(page.getByTestId("cart-count")).toHaveText("1");
    // The shopper is offered another solution, with the cart as it was.
    await page.getByRole("link", { name: "Choisir une autre solution" }).click();
    await expect(page).toHaveURL(/\/checkout$/);
    await expect(page.getByTestId("checkout-total")).toHaveText("649,00 €");
  });

  test("aborting from the bank's page ends on the 'interrupted' page, the cart kept; the URL can't turn it into a success", async ({ page }) => {
    await startCheckout(page, "robot-patissier", /en 3x/);
    await confirmCheckout(page);

    const token = await bankAbort(page);
    await expect(page.getByRole("heading", { level: 1, name: "Le financement a été interrompu" })).toBeVisible();
    await expectOrderMatchesBank(token, "ABORTED");
    await expect(page.getByTestId("cart-count")).toHaveText("1");

    await page.goto(`/checkout/return/${token}?consolidatedStatus=ACCEPTED&status=ACCEPTED`);
    await expect(page.getByRole("heading", { level: 1, name: "Le financement a été interrompu" })).toBeVisible();
    await expectOrderMatchesBank(token, "ABORTED");
  });
});
