import { expect, test } from "./fixtures";
import { longCreditOrder, openOrderOf, signInAsAdmin, stateBadge, uniqueBuyer } from "./admin-support";

// A shopper's whole journey through the shop and the bank, then the back office: longer than one page's test.
test.describe.configure({ timeout: 180_000 });

test("the merchant confirms delivery of an accepted long credit; the lender pays once the bank's clock has moved", async ({ page, shopBank }) => {
  const buyer = uniqueBuyer("Livraison");
  const subscriptionId = await longCreditOrder(page, "machine-espresso", buyer);

  await signInAsAdmin(page);
  await openOrderOf(page, buyer.email);
  await expect(stateBadge(page)).toHaveText("Pre-accepted");
  // Not before the lender has decided.
  await expect(page.getByTestId("delivery-unavailable")).toContainText("once the lender has accepted the credit");

  // The lender accepts (at the bank); the webhook or a refresh brings it to the shop.
  await shopBank.force(subscriptionId, "accept");
  await page.getByRole("button", { name: "Refresh from the bank" }).click();
  await expect(stateBadge(page)).toHaveText("Accepted, to ship");
  await expect(page.getByTestId("bank-status")).toContainText("Waiting for the delivery confirmation");

  const delivery = page.getByRole("form", { name: "Confirm delivery" });
  // The bank's limits, checked before it is asked.
  await delivery.getByRole("button", { name: "Confirm delivery" }).click();
  await expect(delivery.getByText("Enter the tracking number.")).toBeVisible();
  await expect(delivery.getByText("Choose the carrier.")).toBeVisible();
  await delivery.getByLabel("Tracking number").fill("1Z999AA10123456784");
  await delivery.getByLabel("Carrier").selectOption({ label: "Chronopost" });
  await delivery.getByRole("button", { name: "Confirm delivery" }).click();

  await expect(page.getByTestId("delivery-done")).toContainText("Chronopost, tracking 1Z999AA10123456784");
  await expect(stateBadge(page)).toHaveText("Delivered, awaiting funding");
  await expect(page.getByTestId("bank-status")).toContainText("Awaiting payment to the merchant");
  await expect(page.getByTestId("history")).toContainText("delivery confirmed: CHRONOPOST 1Z999AA10123456784");
  await expect(page.getByTestId("api-calls").locator('tr[data-operation="doConfirmDelivery"]')).toHaveCount(1);

  // "Within 2 to 8 days": the sandbox's clock jumps by the merchant's funding delay.
  await shopBank.advanceClockBy("fundingDelay");
  await expect(async () => {
    await page.getByRole("button", { name: "Refresh from the bank" }).click();
    await expect(stateBadge(page)).toHaveText("Funded", { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  // In words, not the bank's raw phrase.
  await expect(page.getByTestId("bank-status")).toContainText("Paid to the merchant");
  await expect(page.getByRole("main")).not.toContainText(/payment have been issued/i);
  // Funded is final: nothing is left to confirm, and the list counts it.
  await expect(page.getByTestId("delivery-done")).toBeVisible();
  await page.getByRole("link", { name: "Orders", exact: true }).first().click();
  await expect(page.locator('[data-state-tab="funded"] .count')).not.toHaveText("0");
});
