import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openOrderOf, signInAsAdmin, stateBadge } from "./admin-support";
import { germanJourneyWithGoodPin, KLAUS, returnToken, startGermanCheckout } from "./shop-support";

// A shopper's whole journey through the shop and the bank, then the back office.
test.describe.configure({ timeout: 180_000 });

async function cancelFromForm(page: Page, amount: string, reason: string) {
  const form = page.getByRole("form", { name: "Cancel the financing" });
  await form.getByLabel("Amount to cancel (€)").fill(amount);
  await form.getByLabel("Reason").fill(reason);
  await form.getByRole("button", { name: "Cancel financing…" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: /^Yes, cancel €\d/ }).click();
}

test.describe("cancellations the lender decides later", () => {
  test("a Hanseatic partial cancellation is shown as requested, no second one is offered, and the order follows the lender's acceptance", async ({ page, shopBank }) => {
    const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const buyer = { ...KLAUS, lastName: "Storno", email: `klaus.${tag}@example.de` };
    await startGermanCheckout(page, buyer);
    await expect(page).toHaveURL(/\/sandbox\/journey\//);
    const subscriptionId = new URL(page.url()).pathname.split("/")[3]!;
    await germanJourneyWithGoodPin(page);
    await returnToken(page);

    await signInAsAdmin(page);
    await openOrderOf(page, buyer.email);
    await shopBank.force(subscriptionId, "accept");
    await page.getByRole("button", { name: "Refresh from the bank" }).click();
    await expect(stateBadge(page)).toHaveText("Accepted, to ship");

    await cancelFromForm(page, "100", "One item returned");
    // The refresh's result stays on screen beside it: the cancellation's is the one in the actions.
    await expect(page.getByRole("region", { name: "Actions" }).getByTestId("action-result")).toContainText("Cancellation requested");
    await expect(page.getByTestId("cancellation-requested")).toBeVisible();
    await expect(page.getByTestId("cancellation-pending")).toContainText("the lender has not decided yet");
    await expect(page.getByRole("form", { name: "Cancel the financing" })).toHaveCount(0);

    await shopBank.force(subscriptionId, "accept-cancellation");
    await page.getByRole("button", { name: "Refresh from the bank" }).click();
    await expect(stateBadge(page)).toHaveText("Partially cancelled");
    await expect(page.getByTestId("cancellation-requested")).toHaveCount(0);
    await expect(page.locator(".badge.hold")).toHaveCount(0);
  });
});
