import { expect, test, type Page } from "@playwright/test";
import { parseEnv } from "../server/env";
import { forceAtBank, longCreditOrder, openOrderOf, signInAsAdmin, stateBadge, uniqueBuyer } from "./admin-support";
import { germanJourneyWithGoodPin, KLAUS, returnToken, startGermanCheckout } from "./shop-support";

// A shopper's whole journey through the shop and the bank, then the back office.
test.describe.configure({ timeout: 180_000 });

/** The version the e2e server speaks: its demo merchant's (SANDBOX_DEMO_API_VERSION), which the shop follows. */
const apiVersion = parseEnv(process.env).SCALEXPERT_API_VERSION;

async function cancelFromForm(page: Page, amount: string, reason: string) {
  const form = page.getByRole("form", { name: "Cancel the financing" });
  await form.getByLabel("Amount to cancel (€)").fill(amount);
  await form.getByLabel("Reason").fill(reason);
  await form.getByRole("button", { name: "Cancel financing…" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: /^Yes, cancel €\d/ }).click();
}

test.describe("cancellations the lender decides later", () => {
  test("a Hanseatic partial cancellation is shown as requested, no second one is offered, and the order follows the lender's acceptance", async ({ page }) => {
    const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const buyer = { ...KLAUS, lastName: "Storno", email: `klaus.${tag}@example.de` };
    await startGermanCheckout(page, buyer);
    await expect(page).toHaveURL(/\/sandbox\/journey\//);
    const subscriptionId = new URL(page.url()).pathname.split("/")[3]!;
    await germanJourneyWithGoodPin(page);
    await returnToken(page);

    await signInAsAdmin(page);
    await openOrderOf(page, buyer.email);
    await forceAtBank(page.request, subscriptionId, "accept");
    await page.getByRole("button", { name: "Refresh from the bank" }).click();
    await expect(stateBadge(page)).toHaveText("Accepted, to ship");

    await cancelFromForm(page, "100", "One item returned");
    // The refresh's result stays on screen beside it: the cancellation's is the one in the actions.
    await expect(page.getByRole("region", { name: "Actions" }).getByTestId("action-result")).toContainText("Cancellation requested");
    await expect(page.getByTestId("cancellation-requested")).toBeVisible();
    await expect(page.getByTestId("cancellation-pending")).toContainText("the lender has not decided yet");
    await expect(page.getByRole("form", { name: "Cancel the financing" })).toHaveCount(0);

    await forceAtBank(page.request, subscriptionId, "accept-cancellation");
    await page.getByRole("button", { name: "Refresh from the bank" }).click();
    await expect(stateBadge(page)).toHaveText("Partially cancelled");
    await expect(page.getByTestId("cancellation-requested")).toHaveCount(0);
    await expect(page.locator(".badge.hold")).toHaveCount(0);
  });
});

test.describe("returns (E-financing 1.7.1)", () => {
  test.skip(apiVersion !== "1.7.1", "only a bank speaking 1.7.1 takes a return confirmation");

  test("a delivered long credit asks for its return, then cancels", async ({ page }) => {
    const buyer = uniqueBuyer("Retour");
    const subscriptionId = await longCreditOrder(page, "ordinateur-portable-creatif", buyer);
    await forceAtBank(page.request, subscriptionId, "accept");
    await signInAsAdmin(page);
    await openOrderOf(page, buyer.email);
    const delivery = page.getByRole("form", { name: "Confirm delivery" });
    await delivery.getByLabel("Tracking number").fill("1Z999AA10123456784");
    await delivery.getByLabel("Carrier").selectOption({ label: "UPS" });
    await delivery.getByRole("button", { name: "Confirm delivery" }).click();
    await expect(stateBadge(page)).toHaveText("Delivered, awaiting funding");

    await expect(page.getByTestId("cancel-unavailable")).toContainText("confirm the return of the goods first");
    await page.getByRole("button", { name: "Confirm return" }).click();
    await expect(page.getByTestId("return-done")).toContainText("Return confirmed");
    await page.reload();
    const form = page.getByRole("form", { name: "Cancel the financing" });
    await expect(form.getByText("Full cancellation.")).toBeVisible();
    await form.getByLabel("Reason").fill("Goods returned");
    await form.getByRole("button", { name: "Cancel financing…" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: /^Yes, cancel €\d/ }).click();
    await expect(page.getByRole("region", { name: "Actions" }).getByTestId("action-result")).toContainText("Full cancellation accepted");
    await expect(stateBadge(page)).toHaveText("Cancelled");
  });
});
