import { expect, test } from "./fixtures";
import { openOrderOf, signInAsAdmin, splitPaymentOrder, stateBadge, uniqueBuyer } from "./admin-support";

// A shopper's whole journey through the shop and the bank, then the back office: longer than one page's test.
test.describe.configure({ timeout: 180_000 });

test("a change the bank announces by webhook shows on the order page once it is reloaded", async ({ page, shopBank }) => {
  const buyer = uniqueBuyer("Webhook");
  // The shopper opens the bank's journey and stops there: the shop knows only that it started.
  const subscriptionId = await splitPaymentOrder(page, "aspirateur-balai", buyer, { pay: false });

  await signInAsAdmin(page);
  await openOrderOf(page, buyer.email);
  await expect(stateBadge(page)).toHaveText("Awaiting financing");

  // The buyer pays at the bank; the bank calls the shop's webhook. Nobody clicks "Refresh".
  await shopBank.force(subscriptionId, "pay");
  await expect(async () => {
    await page.reload();
    await expect(stateBadge(page)).toHaveText("Accepted, to ship", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const change = page.getByTestId("history").locator('tr[data-source="webhook"]').filter({ hasText: "Accepted, to ship" });
  await expect(change).toContainText("Awaiting financing → Accepted, to ship");
  await expect(page.getByRole("table", { name: "Webhooks received" })).toContainText("SC_SUBSCRIPTION");
});
