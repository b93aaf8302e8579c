import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { parseEnv } from "../server/env";
import { chooseAdminLocale, openOrderOf, signInAsAdmin, splitPaymentOrder, uniqueBuyer } from "./admin-support";

test.describe.configure({ timeout: 180_000 });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

const PAGES = ["/admin", "/admin?state=funded&q=marie", "/admin/api-log?outcome=failed", "/admin/orders/3f2a9c1b-7d4e-4a5b-9c6d-0e1f2a3b4c5d"];

test("logged out, every back-office page sends to the login page", async ({ page }) => {
  await chooseAdminLocale(page, "en");
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/login\?callbackUrl=%2Fadmin/);
    await expect(page.getByRole("heading", { name: "Merchant back office" })).toBeVisible();
  }
  // And the procedures behind them refuse the browser too (the full list is checked in tests/integration/admin-auth.test.ts).
  const list = await page.request.get("/api/trpc/admin.orders.list");
  expect(list.status()).toBe(401);
  const cancel = await page.request.post("/api/trpc/admin.orders.cancel", { data: {} });
  expect(cancel.status()).toBe(401);

  await signInAsAdmin(page, "/admin/api-log");
  await page.getByRole("link", { name: "API log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API log" })).toBeVisible();
});

test("orders, an order and the API log: dense, accessible, and without personal data in the log", async ({ page }) => {
  const buyer = uniqueBuyer("Accessible");
  await splitPaymentOrder(page, "bouilloire-col-de-cygne", buyer, { pay: true });

  await signInAsAdmin(page);
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Sync all: one background run over the unfinished orders, its progress reported.
  await page.getByRole("button", { name: "Sync all unfinished orders" }).click();
  await expect(page.getByTestId("sync-status")).toContainText(/Last sync: \d+ of \d+ orders read/, { timeout: 30_000 });

  const orderId = await openOrderOf(page, buyer.email);
  // The shopper's reference finds the order as well.
  const reference = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Order", "").trim();
  await page.goto(`/admin?q=${reference}`);
  await expect(page.locator("tbody tr[data-order-id]")).toHaveCount(1);
  await expect(page.locator(`tr[data-order-id="${orderId}"]`)).toContainText(buyer.email);

  await page.goto(`/admin/orders/${orderId}`);
  await expect(page.getByTestId("live-subscription")).toContainText("ACCEPTED");
  await expect(page.getByTestId("buyer-name")).toContainText(`${buyer.firstName} ${buyer.lastName}`);
  expect(await seriousViolations(page)).toEqual([]);

  // The API log, filtered to one operation and one order.
  await page.goto("/admin/api-log");
  await page.getByLabel("Operation").selectOption({ label: "Read subscription" });
  await page.getByLabel("Order id").fill(orderId);
  await page.getByRole("button", { name: "Apply" }).click();
  const rows = page.getByTestId("api-calls").locator("tbody tr[data-operation]");
  await expect(rows.first()).toBeVisible();
  for (const operation of await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-operation")))) expect(operation).toBe("retrieveCreditSubscription");
  await expect(rows.first()).toContainText("200");
  await expect(rows.first()).toContainText(/\d+ ms/);
  expect(await seriousViolations(page)).toEqual([]);

  // Nothing personal and no secret in the whole log (textContent: the folded request and answer bodies included).
  await page.goto("/admin/api-log");
  const text = (await page.getByTestId("api-calls").textContent())!;
  // The bodies are there (so the check below reads them)...
  expect(text).toContain('"merchantGlobalOrderId"');
  // ...without the buyer's name, email, phone or address, or the shop's secret.
  const { SCALEXPERT_CLIENT_SECRET } = parseEnv({});
  for (const secret of [buyer.email, buyer.lastName, "+33612345678", "rue de la Paix", SCALEXPERT_CLIENT_SECRET]) expect(text).not.toContain(secret);
});
