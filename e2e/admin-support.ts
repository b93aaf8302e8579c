/**
 * What the back-office journeys share: the merchant's sign-in and screens
 * (by their labels), orders made by a shopper through the storefront and the
 * bank's journey pages (the storefront's own helpers), and the sandbox's HTTP
 * controls for what only time or the lender decides (virtual clock, forced
 * transitions). Never the sandbox's code, never rows written by hand.
 */
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { parseEnv } from "../server/env";
import {
  addToCart,
  bankConfirmIdentity,
  bankFrenchCreditJourney,
  bankPayByCard,
  CARD_ACCEPTED,
  confirmCheckout,
  fillBirth,
  fillCheckout,
  MARIE,
  returnToken,
  type Buyer,
} from "./shop-support";

const CONTROLS = "/sandbox/baas/uatc/sandbox/v1";
const env = parseEnv({});
const consoleAuth = { Authorization: `Basic ${Buffer.from(`console:${env.SANDBOX_CONSOLE_PASSWORD}`).toString("base64")}` };

let counter = 0;

/** A buyer no other test uses, so that the orders list finds this test's order by email. */
export function uniqueBuyer(lastName: string): Buyer {
  const tag = `${Date.now().toString(36)}${++counter}${Math.random().toString(36).slice(2, 6)}`;
  return { ...MARIE, lastName, email: `marie.${tag}@example.com` };
}

export type AdminLocale = "fr" | "en" | "de";

/** The words of the sign-in page per language (the back office's dictionaries, as an admin reads them). */
const SIGN_IN: Record<AdminLocale, { email: string; password: string; submit: string; nav: string }> = {
  en: { email: "Email", password: "Password", submit: "Sign in", nav: "Back office" },
  fr: { email: "E-mail", password: "Mot de passe", submit: "Se connecter", nav: "Back-office" },
  de: { email: "E-Mail", password: "Passwort", submit: "Anmelden", nav: "Backoffice" },
};

/**
 * The admin's language choice, as the header's switch stores it. The browser
 * of these journeys says fr-FR (the shop's), so the journeys written with the
 * back office's English labels choose English first.
 */
export async function chooseAdminLocale(page: Page, locale: AdminLocale): Promise<void> {
  await page.context().addCookies([{ name: "admin_locale", value: locale, domain: "127.0.0.1", path: "/", sameSite: "Lax" }]);
}

export async function signInAsAdmin(page: Page, path = "/admin", locale: AdminLocale = "en"): Promise<void> {
  await chooseAdminLocale(page, locale);
  await page.goto(path);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  const words = SIGN_IN[locale];
  await page.getByLabel(words.email).fill(env.ADMIN_EMAIL);
  await page.getByLabel(words.password).fill(env.ADMIN_PASSWORD);
  await page.getByRole("button", { name: words.submit }).click();
  await expect(page.getByRole("navigation", { name: words.nav })).toContainText(env.ADMIN_EMAIL);
}

/** Finds the buyer's order with the list's search and opens it; answers the order id. */
export async function openOrderOf(page: Page, email: string): Promise<string> {
  // By the order list's query string: the same in every language.
  await page.goto(`/admin?q=${encodeURIComponent(email)}`);
  const rows = page.locator("tbody tr[data-order-id]");
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/admin\/orders\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** The order's state badge on its page. */
export const stateBadge = (page: Page) => page.getByRole("main").locator("h1 + p [data-state]");

/** The shopper buys `slug` in 3x and either pays (accepted) or stops on the bank's first page. */
export async function splitPaymentOrder(page: Page, slug: string, buyer: Buyer, options: { pay: boolean }): Promise<string> {
  await addToCart(page, slug);
  await page.goto("/checkout");
  await fillCheckout(page, buyer);
  await page.getByRole("radio", { name: /en 3x/ }).check();
  await confirmCheckout(page);
  await expect(page).toHaveURL(/\/sandbox\/journey\//);
  const subscriptionId = new URL(page.url()).pathname.split("/")[3]!;
  if (options.pay) {
    await bankConfirmIdentity(page);
    await bankPayByCard(page, CARD_ACCEPTED);
    await returnToken(page);
    await expect(page.getByRole("heading", { level: 1, name: "Merci, votre commande est confirmée !" })).toBeVisible();
  }
  return subscriptionId;
}

/** The shopper applies for a French long credit and signs: the bank answers PRE_ACCEPTED. */
export async function longCreditOrder(page: Page, slug: string, buyer: Buyer): Promise<string> {
  await addToCart(page, slug);
  await page.goto("/checkout");
  await fillCheckout(page, buyer);
  await page.getByRole("radio", { name: /mois/ }).first().check();
  await fillBirth(page);
  await confirmCheckout(page);
  await expect(page).toHaveURL(/\/sandbox\/journey\//);
  const subscriptionId = new URL(page.url()).pathname.split("/")[3]!;
  await bankFrenchCreditJourney(page);
  await returnToken(page);
  await expect(page.getByRole("heading", { level: 1, name: "Votre demande de crédit est en cours d'étude" })).toBeVisible();
  return subscriptionId;
}

/** The sandbox merchant the shop is configured with (SCALEXPERT_CLIENT_ID). */
async function shopMerchant(request: APIRequestContext): Promise<{ merchantId: string; settings: Record<string, string> }> {
  const answer = await request.get(`${CONTROLS}/merchants`, { headers: consoleAuth });
  expect(answer.status()).toBe(200);
  const { merchants } = (await answer.json()) as { merchants: { merchantId: string; clientId: string; settings: Record<string, string> }[] };
  const merchant = merchants.find((m) => m.clientId === env.SCALEXPERT_CLIENT_ID);
  if (!merchant) throw new Error("the shop's merchant is not in the sandbox");
  return merchant;
}

/** What the lender or the buyer does at the bank (the sandbox console's "force" button). */
export async function forceAtBank(request: APIRequestContext, subscriptionId: string, action: string): Promise<{ status: string; subStatus: string }> {
  const { merchantId } = await shopMerchant(request);
  const answer = await request.post(`${CONTROLS}/merchants/${merchantId}/subscriptions/${subscriptionId}/transitions`, { headers: consoleAuth, data: { action } });
  expect(answer.status(), await answer.text()).toBe(200);
  return (await answer.json()) as { status: string; subStatus: string };
}

/** Moves the shop merchant's virtual clock past one of its delays (a key of its settings, e.g. fundingDelay). */
export async function advanceBankClockBy(request: APIRequestContext, delay: "fundingDelay" | "autoAcceptDelay"): Promise<void> {
  const { settings } = await shopMerchant(request);
  await advanceBankClock(request, settings[delay]!);
}

/** Moves the shop merchant's virtual clock by an ISO 8601 duration (e.g. P1D), running what falls due. */
export async function advanceBankClock(request: APIRequestContext, by: string): Promise<void> {
  const { merchantId } = await shopMerchant(request);
  const answer = await request.post(`${CONTROLS}/merchants/${merchantId}/clock`, { headers: consoleAuth, data: { advanceBy: by } });
  expect(answer.status(), await answer.text()).toBe(200);
}

/**
 * The bank refuses the shop merchant's next call of `operation` with a 429 whose Retry-After is too long for the
 * shop to wait (the sandbox's fault injection, console credential): a refusal the back office must explain.
 * Undone by clearBankFaults, whatever the test's outcome.
 */
export async function refuseNextBankCall(request: APIRequestContext, operation: string): Promise<void> {
  const { merchantId } = await shopMerchant(request);
  const faults = { operations: [operation], retryAfterSeconds: 60, script: [{ outcome: "429", operation }] };
  const answer = await request.put(`${CONTROLS}/merchants/${merchantId}/faults`, { headers: consoleAuth, data: faults });
  expect(answer.status(), await answer.text()).toBe(200);
}

export async function clearBankFaults(request: APIRequestContext): Promise<void> {
  const { merchantId } = await shopMerchant(request);
  const answer = await request.delete(`${CONTROLS}/merchants/${merchantId}/faults`, { headers: consoleAuth });
  expect(answer.status(), await answer.text()).toBe(200);
}
