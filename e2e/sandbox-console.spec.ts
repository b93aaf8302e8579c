/**
 * The tester's console at /sandbox: its own password, then everything over
 * the sandbox's HTTP controls: subscriptions with their history, forced
 * transitions, the clock, fault injection, webhook deliveries and replays.
 */
import { expect, test, type Page } from "@playwright/test";
import { bankCall, createSubscription, statusOf, testBank, type Bank } from "./sandbox-helpers";

test.describe.configure({ timeout: 120_000 });

const PASSWORD = process.env.SANDBOX_CONSOLE_PASSWORD || "sandbox";
let bank: Bank;

test.beforeAll(async ({ baseURL }) => {
  bank = await testBank(baseURL!, ["SCFRSP-3XTS", "SCFRLT-TXPS"]);
});

async function signIn(page: Page): Promise<void> {
  await page.goto("/sandbox");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Open the console" }).click();
  await expect(page.getByRole("heading", { name: "Scalexpert sandbox · console" })).toBeVisible();
}

async function openMerchant(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Merchants" }).getByRole("link", { name: bank.merchantName }).click();
  await expect(page.getByRole("heading", { level: 2, name: bank.merchantName })).toBeVisible();
}

test("the console has its own password", async ({ page }) => {
  await page.goto("/sandbox");
  await expect(page.getByRole("heading", { name: "Sandbox console" })).toBeVisible();
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Open the console" }).click();
  await expect(page.locator(".console [role=alert]")).toContainText("Wrong console password");
  await signIn(page);
  // The seeded merchants are listed.
  await expect(page.getByRole("navigation", { name: "Merchants" })).toContainText("Maison Démo");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sandbox console" })).toBeVisible();
});

test("the console opens on the demo shop's merchant; a subscription's detail comes above a paged list, within a 1,280 px screen", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // More than one page of the list (50 a page), as a merchant that has run the suites has.
  const made = [];
  for (let i = 0; i < 52; i++) made.push(await createSubscription(bank, "SCFRSP-3XTS", 120 + i));
  await signIn(page);
  // Not the last test merchant the suites created: the one the shop is configured with.
  await expect(page.getByRole("heading", { level: 2, name: "Maison Démo" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Merchants" }).getByRole("link", { name: /Maison Démo/ })).toHaveAttribute("aria-current", "page");

  await openMerchant(page);
  const list = page.getByRole("region", { name: /^Subscriptions \(\d+\)/ });
  await expect(list.getByRole("row")).toHaveCount(51);
  const pager = list.getByRole("navigation", { name: "Pages of subscriptions" });
  await expect(pager).toContainText("1–50 of 52 · page 1 of 2");
  await pager.getByRole("link", { name: "Older →" }).click();
  await expect(list.getByRole("row")).toHaveCount(3);
  // The oldest one (made first) is on page 2; its detail opens above the list, the page still on page 2.
  await list.getByRole("link", { name: made[0]!.id.slice(0, 8) }).click();
  const detail = page.getByRole("region", { name: /^Subscription [0-9a-f]/ });
  await expect(detail).toContainText(made[0]!.id);
  await expect(list.getByRole("row")).toHaveCount(3);
  const [detailBox, listBox] = [await detail.boundingBox(), await list.boundingBox()];
  expect(detailBox!.y).toBeLessThan(listBox!.y);
  await expect(detail).toBeInViewport();
  // Nothing wider than the screen.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(1280);
  await page.screenshot({ path: testInfo.outputPath("console-1280.png") });
});

test("a credit of 3,000 € or more waits for a decision that the console gives", async ({ page }) => {
  const created = await createSubscription(bank, "SCFRLT-TXPS", 4200);
  await signIn(page);
  await openMerchant(page);
  await page.getByRole("link", { name: created.id.slice(0, 8) }).click();
  const detail = page.getByRole("region", { name: /^Subscription [0-9a-f]/ });
  await expect(detail).toContainText("INITIALIZED");
  await detail.getByRole("button", { name: "Pre-accept" }).click();
  await expect(page.getByRole("status")).toContainText("now PRE_ACCEPTED / PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE");
  await page.getByRole("region", { name: /^Subscription [0-9a-f]/ }).getByRole("button", { name: "Sign" }).click();
  await expect(page.getByRole("status")).toContainText("CONTRACT_SIGNED_BY_CUSTOMER");
  // The producer may still ask for documents; the buyer's answer brings the file back to signed.
  await page.getByRole("region", { name: /^Subscription [0-9a-f]/ }).getByRole("button", { name: "Ask for documents" }).click();
  await expect(page.getByRole("status")).toContainText("now PRE_ACCEPTED / WAITING_CUSTOMER_FOR_ADDITIONAL_INFORMATION");
  await page.getByRole("region", { name: /^Subscription [0-9a-f]/ }).getByRole("button", { name: "Documents sent (buyer)" }).click();
  await expect(page.getByRole("status")).toContainText("now PRE_ACCEPTED / CONTRACT_SIGNED_BY_CUSTOMER");
  await page.getByRole("region", { name: /^Subscription [0-9a-f]/ }).getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("now ACCEPTED / WAITING_FOR_THE_DELIVERY_CONFIRMATION");
  expect(await statusOf(bank, created.id)).toEqual({ status: "ACCEPTED", subStatus: "WAITING_FOR_THE_DELIVERY_CONFIRMATION" });
  // The history names the console as the source of each forced move.
  const history = page.getByRole("region", { name: /^Subscription [0-9a-f]/ }).getByRole("table").first();
  await expect(history.getByRole("row")).toHaveCount(7);
  await expect(history).toContainText("producerRequestDocuments");
  await expect(history).toContainText("producerAccept");
  await expect(history).toContainText("console");
});

test("the clock advances from the console, and due work runs", async ({ page }) => {
  const created = await createSubscription(bank, "SCFRSP-3XTS", 200);
  await signIn(page);
  await openMerchant(page);
  await page.getByRole("link", { name: created.id.slice(0, 8) }).click();
  await page.getByLabel("Advance by").selectOption("P3M");
  await page.getByRole("button", { name: "Advance the clock" }).click();
  await expect(page.getByRole("status")).toContainText("Clock advanced by P3M");
  await expect(page.getByRole("status")).toContainText("expire (done)");
  expect(await statusOf(bank, created.id)).toEqual({ status: "ABORTED", subStatus: "EXPIRED" });
});

test("fault injection is set and removed from the console", async ({ page }) => {
  await signIn(page);
  await openMerchant(page);
  await page.getByLabel("Outcome").selectOption("503");
  await page.getByLabel("Retry-After (s)").fill("7");
  await page.getByRole("button", { name: "Save faults" }).click();
  await expect(page.getByRole("status")).toContainText("Fault injection saved");
  const failing = await bankCall(bank, "GET", "/e-financing/api/v1/subscriptions?page=1", { auth: `Bearer ${bank.token}` });
  expect(failing.status).toBe(503);
  expect(failing.headers.get("retry-after")).toBe("7");
  await page.getByRole("button", { name: "Remove faults" }).click();
  await expect(page.getByRole("status")).toContainText("Fault injection removed");
  const ok = await bankCall(bank, "GET", "/e-financing/api/v1/subscriptions?page=1", { auth: `Bearer ${bank.token}` });
  expect(ok.status).toBe(200);
});

test("the merchant's API version is chosen in the console", async ({ page }) => {
  await signIn(page);
  await openMerchant(page);
  await page.getByLabel("E-financing API version").selectOption("1.7.1");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Settings saved");
  await expect(page.getByRole("navigation", { name: "Merchants" }).getByRole("link", { name: bank.merchantName })).toContainText("API 1.7.1");
  // The service's errors of a 1.7.1 merchant carry errors[].
  const live = await bankCall<{ errors?: unknown[] }>(bank, "GET", "/e-financing/api/v1/subscriptions/not-a-uuid", { auth: `Bearer ${bank.token}` });
  expect(live.body.errors).toHaveLength(1);
  await page.getByLabel("E-financing API version").selectOption("1.4.0");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Settings saved");
  // The status still says "Settings saved" from the first save: the list shows when this one is stored.
  await expect(page.getByRole("navigation", { name: "Merchants" }).getByRole("link", { name: bank.merchantName })).toContainText("API 1.4.0");
  const old = await bankCall<{ errors?: unknown[] }>(bank, "GET", "/e-financing/api/v1/subscriptions/not-a-uuid", { auth: `Bearer ${bank.token}` });
  expect(old.body).not.toHaveProperty("errors");
});

test("webhook deliveries are shown and replayed from the console", async ({ page }) => {
  const untracked = await createSubscription(bank, "SCFRSP-3XTS", 130);
  await signIn(page);
  await openMerchant(page);
  const webhooks = () => page.getByRole("region", { name: "Webhooks" });
  const rowOf = (eventCode: string) => webhooks().getByRole("row", { name: new RegExp(eventCode) }).first();
  await expect(webhooks()).toContainText("No webhook configured");
  await page.getByRole("link", { name: untracked.id.slice(0, 8) }).click();
  await expect(rowOf("SC_SUBSCRIPTION_INITIALIZED")).toContainText("NO_CONFIG");

  // The merchant points its webhook at a URL that refuses POST: every delivery fails.
  const put = await bankCall(bank, "PUT", "/merchant-webhooks/api/v1/webhooks", {
    auth: `Bearer ${bank.token}`,
    json: { eventTypeCode: "ANY", active: true, url: `${bank.baseURL}/api/health`, authMethod: "NONE", keyForSignature: "console-test-key" },
  });
  expect(put.status, put.text).toBe(200);
  const created = await createSubscription(bank, "SCFRSP-3XTS", 140);
  await openMerchant(page);
  await page.getByRole("link", { name: created.id.slice(0, 8) }).click();
  await expect(webhooks()).toContainText("HMAC-SHA256");
  await expect(async () => {
    await page.reload();
    await expect(rowOf("SC_SUBSCRIPTION_INITIALIZED")).toContainText("405");
  }).toPass();
  await expect(rowOf("SC_SUBSCRIPTION_INITIALIZED")).toContainText("ERROR");

  await rowOf("SC_SUBSCRIPTION_INITIALIZED").getByRole("button", { name: /Replay/ }).click();
  await expect(page.getByRole("status")).toContainText("Event replayed: ERROR (HTTP 405)");
  // 10 minutes later on the merchant's clock, the bank replays it on its own.
  await page.getByLabel("Advance by").selectOption("PT10M");
  await page.getByRole("button", { name: "Advance the clock" }).click();
  await expect(page.getByRole("status")).toContainText("Clock advanced by PT10M");
  await rowOf("SC_SUBSCRIPTION_INITIALIZED").getByRole("link", { name: "SC_SUBSCRIPTION_INITIALIZED" }).click();
  const attempts = webhooks().getByRole("table").last();
  await expect(attempts.getByRole("row")).toHaveCount(4);
  await expect(attempts).toContainText("first");
  await expect(attempts).toContainText("manual");
  await expect(attempts).toContainText("replay");
});
