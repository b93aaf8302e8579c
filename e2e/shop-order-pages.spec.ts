import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { longCreditOrder, openOrderOf, signInAsAdmin, splitPaymentOrder, stateBadge, uniqueBuyer } from "./admin-support";

/** The shopper's order page agrees with what the merchant did in the back office (issue 13, point 5). */
test.describe.configure({ timeout: 180_000 });

const tokenOf = (page: Page) => new URL(page.url()).pathname.split("/").pop()!;

async function cancelFromBackOffice(page: Page, amount: string | null) {
  const form = page.getByRole("form", { name: "Cancel the financing" });
  if (amount) await form.getByLabel("Amount to cancel (€)").fill(amount);
  await form.getByLabel("Reason").fill("Goods returned by the buyer");
  await form.getByRole("button", { name: "Cancel financing…" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: /^Yes, cancel / }).click();
  await expect(page.getByTestId("action-result")).toContainText("accepted");
}

test("a shipped credit shows its carrier and tracking number, and never 'Nous préparons votre colis' once delivered or funded", async ({ page, shopBank }) => {
  const buyer = uniqueBuyer("Suivi");
  const subscriptionId = await longCreditOrder(page, "machine-espresso", buyer);
  const token = tokenOf(page);
  await shopBank.force(subscriptionId, "accept");
  // The shop hears of the acceptance by the bank's webhook, which may land after the first view.
  await expect(async () => {
    await page.goto(`/orders/${token}`);
    await expect(page.getByText("Nous préparons votre colis")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByTestId("order-shipping")).toHaveText("En préparation");

  await signInAsAdmin(page);
  await openOrderOf(page, buyer.email);
  await page.getByRole("button", { name: "Refresh from the bank" }).click();
  await expect(stateBadge(page)).toHaveText("Accepted, to ship");
  const delivery = page.getByRole("form", { name: "Confirm delivery" });
  await delivery.getByLabel("Tracking number").fill("1Z999AA10123456784");
  await delivery.getByLabel("Carrier").selectOption({ label: "Chronopost" });
  await delivery.getByRole("button", { name: "Confirm delivery" }).click();
  await expect(page.getByTestId("delivery-done")).toBeVisible();

  await page.goto(`/orders/${token}`);
  await expect(page.getByTestId("order-state")).toHaveText("Livrée");
  await expect(page.getByTestId("order-shipping")).toHaveText("Expédiée");
  await expect(page.getByTestId("order-tracking")).toHaveText("Chronopost, n° 1Z999AA10123456784");
  await expect(page.getByText("Nous préparons votre colis")).toHaveCount(0);
  await expect(page.getByText("Votre commande a été expédiée.")).toBeVisible();

  await shopBank.advanceClockBy("fundingDelay");
  await expect(async () => {
    await page.goto(`/orders/${token}`);
    await expect(page.getByTestId("order-state")).toHaveText("Livrée et financée", { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByText("Nous préparons votre colis")).toHaveCount(0);
  await expect(page.getByTestId("order-tracking")).toBeVisible();
});

test("a partly cancelled order shows what stays financed; a cancelled one does not show its full total", async ({ page }) => {
  const partly = uniqueBuyer("Reste");
  await splitPaymentOrder(page, "machine-espresso", partly, { pay: true });
  const partlyToken = tokenOf(page);
  const whole = uniqueBuyer("Annule");
  await splitPaymentOrder(page, "robot-patissier", whole, { pay: true });
  const wholeToken = tokenOf(page);

  await signInAsAdmin(page);
  await openOrderOf(page, partly.email);
  await cancelFromBackOffice(page, "100");
  await openOrderOf(page, whole.email);
  await cancelFromBackOffice(page, null);

  await page.goto(`/orders/${partlyToken}`);
  const totals = page.getByTestId("order-totals");
  await expect(totals).toContainText(/Total initial989,00\s€/);
  await expect(totals).toContainText(/Montant annulé−100,00\s€/);
  await expect(totals).toContainText(/Reste financé889,00\s€/);
  await expect(page.getByTestId("order-financed")).toHaveText(/^889,00\s€$/);

  await page.goto(`/orders/${wholeToken}`);
  await expect(page.getByTestId("order-state")).toHaveText("Annulée");
  const cancelledTotals = page.getByTestId("order-totals");
  await expect(cancelledTotals).toContainText(/Total0,00\s€/);
  await expect(page.getByText("Rien ne vous sera prélevé pour cette commande.")).toBeVisible();
  await expect(page.getByTestId("order-shipping")).toHaveCount(0);
});
