import { expect, test, type Page } from "@playwright/test";
import { paidSplitPaymentInBackOffice, stateBadge, uniqueBuyer } from "./admin-support";

// A shopper's whole journey through the shop and the bank, then the back office: longer than one page's test.
test.describe.configure({ timeout: 180_000 });

/** What the order page says once the bank has answered a cancellation: its outcome, what stays financed, the order's state. */
async function expectBankAnswered(page: Page, answer: { outcome: string; financed: string; state: string }): Promise<void> {
  const result = page.getByTestId("action-result");
  await expect(result).toContainText(answer.outcome);
  await expect(result.getByTestId("new-financed")).toHaveText(answer.financed);
  await expect(stateBadge(page)).toHaveText(answer.state);
}

test.describe("cancelling a split payment from the back office", () => {
  test("one partial cancellation, then a second one refused with the reason before the bank is asked", async ({ page }) => {
    const buyer = uniqueBuyer("Partielle");
    await paidSplitPaymentInBackOffice(page, "machine-espresso", buyer);
    // Split payment needs no delivery confirmation, and the page says why.
    await expect(page.getByTestId("delivery-unavailable")).toContainText("Split payment needs no delivery confirmation");

    const form = page.getByRole("form", { name: "Cancel the financing" });
    // The amount starts at what is still financed.
    await expect(form.getByLabel("Amount to cancel (€)")).toHaveValue("989.00");
    // The split payment's 90-day limit is said beside the form.
    await expect(form.getByTestId("cancel-window")).toContainText("Split payment: cancellable until");
    await expect(form.getByTestId("cancel-window")).toContainText("(90 days after acceptance)");
    await form.getByLabel("Amount to cancel (€)").fill("100");
    await expect(form.getByText("Partial cancellation: €889.00 stays financed.")).toBeVisible();
    // The required reason is checked before "are you sure?", not after.
    await form.getByRole("button", { name: "Cancel financing…" }).click();
    await expect(form.getByText("Say why the financing is cancelled.")).toBeVisible();
    await expect(form.getByLabel("Reason")).toBeFocused();
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
    await form.getByLabel("Reason").fill("Goods returned by the buyer");
    await form.getByRole("button", { name: "Cancel financing…" }).click();
    await form.getByRole("button", { name: "Yes, cancel €100.00" }).click();

    await expectBankAnswered(page, { outcome: "Partial cancellation accepted", financed: "€889.00", state: "Partially cancelled" });
    await expect(page.getByTestId("financed-bank")).toHaveText("€889.00");
    await expect(form.getByLabel("Amount to cancel (€)")).toHaveValue("889.00");
    await expect(form.getByTestId("partial-unavailable")).toContainText("A partial cancellation was already made");

    // A second partial: refused by the rules as it is typed, with the reason, before any confirmation; the bank is not called.
    await form.getByLabel("Amount to cancel (€)").fill("50");
    await form.getByLabel("Reason").fill("Second return");
    await form.getByRole("button", { name: "Cancel financing…" }).click();
    await expect(form.locator(".field-error")).toContainText("A partial cancellation was already made, and the bank allows only one.");
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
    await expect(page.getByTestId("financed-bank")).toHaveText("€889.00");
    await page.reload();
    await expect(page.getByTestId("api-calls").locator('tr[data-operation="cancelCreditSubscription"]')).toHaveCount(1);
    await expect(page.getByTestId("history")).toContainText("partial cancellation of €100.00");
  });

  test("a full cancellation leaves the order cancelled, with nothing financed", async ({ page }) => {
    const buyer = uniqueBuyer("Totale");
    await paidSplitPaymentInBackOffice(page, "robot-patissier", buyer);
    const form = page.getByRole("form", { name: "Cancel the financing" });
    await expect(form.getByText("Full cancellation.")).toBeVisible();
    await form.getByLabel("Reason").fill("Order cancelled by the buyer");
    // The contact defaults to the buyer; the merchant may change it.
    await expect(form.getByLabel("Email")).toHaveValue(buyer.email);
    await form.getByLabel("Phone").fill("01 23 45 67 89");
    await form.getByRole("button", { name: "Cancel financing…" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: /^Yes, cancel €\d/ }).click();

    await expectBankAnswered(page, { outcome: "Full cancellation accepted", financed: "€0.00", state: "Cancelled" });
    await expect(page.getByTestId("cancel-unavailable")).toHaveText("This financing is already cancelled.");
    await expect(page.getByTestId("bank-status")).toContainText("CANCELLED");
    // The bank calls it "cancel by customer"; the merchant did it, and the page says so.
    await expect(page.getByTestId("bank-status")).toContainText("Cancelled by the merchant");
    await expect(page.getByTestId("bank-status")).not.toContainText(/cancel by customer/i);
    // One way of writing amounts on the page: €0.00, never 0.00 €.
    expect(await page.getByRole("main").innerText()).not.toMatch(/\d[.,]\d\d[ \u00a0\u202f]?€/);
  });
});
