import { expect, test } from "./fixtures";
import { longCreditOrder, openOrderOf, signInAsAdmin, stateBadge, uniqueBuyer } from "./admin-support";

// Run by the "chromium-1.7.1" project, against an app whose bank and shop speak 1.7.1 (playwright.config.ts):
// only that version has the return confirmation.
test.describe.configure({ timeout: 180_000 });

test.describe("returns (E-financing 1.7.1)", () => {
  test("a delivered long credit asks for its return, then cancels", async ({ page, shopBank }) => {
    const buyer = uniqueBuyer("Retour");
    const subscriptionId = await longCreditOrder(page, "ordinateur-portable-creatif", buyer);
    await shopBank.force(subscriptionId, "accept");
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
