import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { longCreditOrder, openOrderOf, signInAsAdmin, splitPaymentOrder, stateBadge, uniqueBuyer } from "./admin-support";
import { shopperReading } from "./shop-support";

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

/**
 * The shopper's words on the order page, in French on a desktop and in German on a phone (billed in France
 * both, the merchant in the English back office): each journey is long, and English phone runs exist elsewhere.
 */
const RUNS = [
  {
    ...shopperReading("fr", "desktop"),
    preparing: "Nous préparons votre colis",
    shippingPreparing: "En préparation",
    delivered: "Livrée",
    shipped: "Expédiée",
    tracking: "Chronopost, n° 1Z999AA10123456784",
    shippedNote: "Votre commande a été expédiée.",
    funded: "Livrée et financée",
    initialTotal: /Total initial989,00\s€/,
    cancelledAmount: /Montant annulé−100,00\s€/,
    remaining: /Reste financé889,00\s€/,
    cancelled: "Annulée",
    zeroTotal: /Total0,00\s€/,
    nothingDue: "Rien ne vous sera prélevé pour cette commande.",
  },
  {
    ...shopperReading("de", "phone"),
    preparing: "Wir bereiten Ihr Paket vor",
    shippingPreparing: "In Vorbereitung",
    delivered: "Geliefert",
    shipped: "Versandt",
    tracking: "Chronopost, Nr. 1Z999AA10123456784",
    shippedNote: "Ihre Bestellung wurde versandt.",
    funded: "Geliefert und finanziert",
    initialTotal: /Ursprünglicher Betrag989,00\s€/,
    cancelledAmount: /Stornierter Betrag−100,00\s€/,
    remaining: /Weiterhin finanziert889,00\s€/,
    cancelled: "Storniert",
    zeroTotal: /Summe0,00\s€/,
    nothingDue: "Für diese Bestellung wird nichts abgebucht.",
  },
] as const;

for (const run of RUNS) {
  test.describe(run.name, () => {
    test.use({ viewport: run.viewport });

    test("a shipped credit shows its carrier and tracking number, and never 'we are preparing your parcel' once delivered or funded", async ({ page, shopBank }) => {
      const buyer = uniqueBuyer("Suivi");
      const subscriptionId = await longCreditOrder(page, "machine-espresso", buyer, run.locale);
      const token = tokenOf(page);
      await shopBank.force(subscriptionId, "accept");
      // The shop hears of the acceptance by the bank's webhook, which may land after the first view.
      await expect(async () => {
        await page.goto(`/orders/${token}`);
        await expect(page.getByText(run.preparing)).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 20_000 });
      await expect(page.getByTestId("order-shipping")).toHaveText(run.shippingPreparing);

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
      await expect(page.getByTestId("order-state")).toHaveText(run.delivered);
      await expect(page.getByTestId("order-shipping")).toHaveText(run.shipped);
      await expect(page.getByTestId("order-tracking")).toHaveText(run.tracking);
      await expect(page.getByText(run.preparing)).toHaveCount(0);
      await expect(page.getByText(run.shippedNote)).toBeVisible();

      await shopBank.advanceClockBy("fundingDelay");
      await expect(async () => {
        await page.goto(`/orders/${token}`);
        await expect(page.getByTestId("order-state")).toHaveText(run.funded, { timeout: 2_000 });
      }).toPass({ timeout: 20_000 });
      await expect(page.getByText(run.preparing)).toHaveCount(0);
      await expect(page.getByTestId("order-tracking")).toBeVisible();
    });

    test("a partly cancelled order shows what stays financed; a cancelled one does not show its full total", async ({ page }) => {
      const partly = uniqueBuyer("Reste");
      await splitPaymentOrder(page, "machine-espresso", partly, { pay: true, locale: run.locale });
      const partlyToken = tokenOf(page);
      const whole = uniqueBuyer("Annule");
      await splitPaymentOrder(page, "robot-patissier", whole, { pay: true, locale: run.locale });
      const wholeToken = tokenOf(page);

      await signInAsAdmin(page);
      await openOrderOf(page, partly.email);
      await cancelFromBackOffice(page, "100");
      await openOrderOf(page, whole.email);
      await cancelFromBackOffice(page, null);

      await page.goto(`/orders/${partlyToken}`);
      const totals = page.getByTestId("order-totals");
      await expect(totals).toContainText(run.initialTotal);
      await expect(totals).toContainText(run.cancelledAmount);
      await expect(totals).toContainText(run.remaining);
      await expect(page.getByTestId("order-financed")).toHaveText(/^889,00\s€$/);

      await page.goto(`/orders/${wholeToken}`);
      await expect(page.getByTestId("order-state")).toHaveText(run.cancelled);
      const cancelledTotals = page.getByTestId("order-totals");
      await expect(cancelledTotals).toContainText(run.zeroTotal);
      await expect(page.getByText(run.nothingDue)).toBeVisible();
      await expect(page.getByTestId("order-shipping")).toHaveCount(0);
    });
  });
}
