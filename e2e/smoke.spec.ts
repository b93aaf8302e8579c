import { expect, test } from "@playwright/test";
import { chooseAdminLocale } from "./admin-support";

test("home page shows the catalogue with a link to every product", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Catalogue" })).toBeVisible();
  const links = page.getByRole("list", { name: "Produits" }).getByRole("link");
  await expect(links).toHaveCount(14);
  await links.first().click();
  await expect(page).toHaveURL(/\/products\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("anonymous visitors of /admin are sent to the login page", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin/);
});

test("the demo admin can sign in and out", async ({ page }) => {
  // The browser speaks French; the words below are the English back office's.
  await chooseAdminLocale(page, "en");
  await page.goto("/admin");
  await page.getByLabel("Email").fill("admin@demo.shop");
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await page.getByLabel("Password").fill("scalexpert-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("navigation", { name: "Back office" })).toContainText("admin@demo.shop");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
});
