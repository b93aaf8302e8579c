/**
 * The pages under their Content-Security-Policy in a real browser: the shop
 * (tRPC), the back office (next-auth), the sandbox console (server actions)
 * and a bank journey page run without a single CSP violation, and the login
 * page and the bank's pages refuse to be framed by another site.
 */
import { expect, test, type Page } from "@playwright/test";
import { signInAsAdmin } from "./admin-support";
import { createSubscription, testBank } from "./sandbox-helpers";
import { addToCart } from "./shop-support";

test.describe.configure({ timeout: 120_000 });

/** Console messages of the page that come from its policy (Chromium reports violations as console errors). */
function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) found.push(message.text());
  });
  page.on("pageerror", (error) => found.push(`page error: ${error.message}`));
  return found;
}

test("shop, back office, console and journey run under their policy", async ({ page, baseURL }) => {
  const violations = cspViolations(page);

  await addToCart(page, "machine-espresso");
  await expect(page.getByTestId("cart-count")).toHaveText("1");
  await page.goto("/cart");
  await page.goto("/checkout");
  await expect(page.getByRole("radio").first()).toBeVisible();

  await signInAsAdmin(page);
  await page.goto("/admin/api-log");
  await expect(page.getByRole("navigation", { name: "Back office" })).toBeVisible();

  await page.goto("/sandbox");
  await page.getByLabel("Password").fill(process.env.SANDBOX_CONSOLE_PASSWORD || "sandbox");
  await page.getByRole("button", { name: "Open the console" }).click();
  await expect(page.getByRole("heading", { name: "Scalexpert sandbox · console" })).toBeVisible();

  const bank = await testBank(baseURL!, ["SCFRSP-3XTS"]);
  const created = await createSubscription(bank, "SCFRSP-3XTS", 300);
  await page.goto(created.redirect.value);
  await expect(page.locator("form").first()).toBeVisible();

  expect(violations).toEqual([]);
});

test("another site cannot frame the login page or the bank's journey", async ({ page, baseURL }) => {
  const bank = await testBank(baseURL!, ["SCFRSP-3XTS"]);
  const created = await createSubscription(bank, "SCFRSP-3XTS", 300);
  await page.route("http://attacker.test/", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<iframe name="login" src="${baseURL}/login"></iframe><iframe name="journey" src="${created.redirect.value}"></iframe>`,
    }),
  );
  await page.goto("http://attacker.test/", { waitUntil: "load" });
  for (const name of ["login", "journey"]) {
    // A refused frame is left on Chromium's error page, with none of the app's markup.
    await expect.poll(() => page.frame({ name })?.url()).toBe("chrome-error://chromewebdata/");
    expect(await page.frame({ name })!.locator("form").count()).toBe(0);
  }
});

test("an unknown address answers a real 404 in the visitor's language, with nothing blocked by the policy", async ({ page, context, baseURL }) => {
  const violations = cspViolations(page);

  const shop = await page.goto("/no-such-page");
  expect(shop?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Retour à la boutique" })).toHaveAttribute("href", "/");

  await context.addCookies([{ name: "shop_locale", value: "de", url: baseURL! }]);
  expect((await page.goto("/a/deeper/unknown/page"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();

  await signInAsAdmin(page);
  await context.addCookies([{ name: "admin_locale", value: "en", url: baseURL! }]);
  expect((await page.goto("/admin/orders/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the orders" })).toHaveAttribute("href", "/admin");

  expect(violations).toEqual([]);
});
