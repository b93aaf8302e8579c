/**
 * What the storefront journeys share: shopping as a shopper would (by the
 * labels on screen), reading the shop's database the harness created, and
 * asking the bank (over HTTP, with the demo merchant's credentials) what it
 * holds, so that each test can check that both agree.
 */
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import { parseEnv } from "../server/env";
import type { FaultsInput, SettingsInput } from "../server/sandbox/console/controls-client";
import { accessToken } from "../tests/support/bank-fixtures";
import { shopBank } from "./shop-bank";
import type { Country, Locale } from "../server/shop/i18n/locales";
import { messagesFor } from "../server/shop/i18n/messages";

export const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

export interface ShopOrderRow {
  id: string;
  reference: string;
  state: string;
  bank_status: string | null;
  subscription_id: string | null;
  total_cents: number;
  financed_cents: number;
  solution_code: string;
  redirect_type: string | null;
  created_at: number;
}

/** The order behind a public token, as the shop stored it ($E2E_DATA_DIR/shop.db). */
export function orderByToken(token: string): ShopOrderRow {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set (playwright.config.ts sets it)");
  const db = new Database(join(dataDir, "shop.db"), { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        "select id, reference, state, bank_status, subscription_id, total_cents, financed_cents, solution_code, redirect_type, created_at from orders where public_token = ?",
      )
      .get(token) as ShopOrderRow | undefined;
    if (!row) throw new Error(`no order with token ${token}`);
    return row;
  } finally {
    db.close();
  }
}

const bank = `${baseURL}/sandbox/baas/uatc`;

function bankToken(): Promise<string> {
  const { SCALEXPERT_CLIENT_ID, SCALEXPERT_CLIENT_SECRET } = parseEnv({});
  return accessToken(baseURL, SCALEXPERT_CLIENT_ID, SCALEXPERT_CLIENT_SECRET);
}

/**
 * The demo merchant's sandbox settings (the merchant the storefront speaks as):
 * e.g. `{germanRedirect: "page"}` for the bank's HTML page instead of its URL.
 * Its token reads them; changing them is the console's (its credential).
 * Returns the settings before the change, to put back afterwards.
 */
export function setDemoMerchantSettings(settings: SettingsInput): Promise<SettingsInput> {
  return shopBank(baseURL).setSettings(settings);
}

/** The subscription as the bank holds it, read over its API like any merchant would. */
export async function bankSubscription(subscriptionId: string): Promise<{ consolidatedStatus: string; financedAmount: number; solutionCode: string }> {
  const response = await fetch(`${bank}/e-financing/api/v1/subscriptions/${subscriptionId}`, { headers: { Authorization: `Bearer ${await bankToken()}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as { consolidatedStatus: string; financedAmount: number; solutionCode: string };
}

/** The subscriptions the bank holds for one of the shop's orders (merchantGlobalOrderId). */
export async function bankSubscriptionsOfOrder(orderId: string): Promise<unknown[]> {
  const response = await fetch(`${bank}/e-financing/api/v1/subscriptions?merchantGlobalOrderId=${orderId}`, { headers: { Authorization: `Bearer ${await bankToken()}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { subscriptions: unknown[] }).subscriptions;
}

/** The merchant state the engine must hold for each consolidated status the bank reports at the end of a journey. */
export const EXPECTED_STATE: Record<string, string> = {
  ACCEPTED: "accepted_to_ship",
  PRE_ACCEPTED: "pre_accepted",
  REJECTED: "rejected",
  ABORTED: "aborted",
};

/** The shop's order and the bank's subscription agree, and are in `bankStatus`. */
export async function expectOrderMatchesBank(token: string, bankStatus: keyof typeof EXPECTED_STATE): Promise<ShopOrderRow> {
  const order = orderByToken(token);
  expect(order.subscription_id).toBeTruthy();
  const subscription = await bankSubscription(order.subscription_id!);
  expect(subscription.consolidatedStatus).toBe(bankStatus);
  expect(order.bank_status).toBe(bankStatus);
  expect(order.state).toBe(EXPECTED_STATE[bankStatus]);
  expect(Math.round(subscription.financedAmount * 100)).toBe(order.financed_cents);
  return order;
}

/**
 * The helpers find the shop's fields and buttons by the labels the shop shows
 * in the shopper's language (its own dictionaries); what a journey checks on
 * screen (headings, amounts, dates) each spec spells out itself.
 */
const labels = (locale: Locale) => messagesFor(locale);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export async function addToCart(page: Page, slug: string, quantity = 1, locale: Locale = "fr"): Promise<void> {
  const t = labels(locale);
  await page.goto(`/products/${slug}`);
  if (quantity > 1) await page.getByLabel(t.product.quantity).selectOption(String(quantity));
  await page.getByRole("button", { name: t.product.addToCart }).click();
  await expect(page.getByRole("status").filter({ hasText: t.product.added })).toBeVisible();
}

export interface Buyer {
  commonTitle?: "MR" | "MRS";
  firstName: string;
  lastName: string;
  email: string;
  mobile: string;
  streetNumber: string;
  street: string;
  zip: string;
  city: string;
  region: string;
}

export const MARIE: Buyer = {
  commonTitle: "MRS",
  firstName: "Marie",
  lastName: "Dupont",
  email: "marie.dupont@example.com",
  mobile: "06 12 34 56 78",
  streetNumber: "12 bis",
  street: "rue de la Paix",
  zip: "75002",
  city: "Paris",
  region: "Île-de-France",
};

export const KLAUS: Buyer = {
  commonTitle: "MR",
  firstName: "Klaus",
  lastName: "Müller",
  email: "klaus.mueller@example.de",
  mobile: "0151 23456789",
  streetNumber: "5",
  street: "Hauptstraße",
  zip: "10115",
  city: "Berlin",
  region: "Berlin",
};

/** A checkout field by its label, whose visible text may end with the required mark " *". */
export function field(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));
}

/** Fills the checkout's contact and billing address (delivery: same as billing). */
export async function fillCheckout(page: Page, buyer: Buyer, locale: Locale = "fr"): Promise<void> {
  const t = labels(locale).checkout;
  if (buyer.commonTitle) await field(page, t.commonTitle).selectOption({ label: t.titles[buyer.commonTitle] });
  await field(page, t.firstName).fill(buyer.firstName);
  await field(page, t.lastName).fill(buyer.lastName);
  await field(page, t.email).fill(buyer.email);
  await field(page, t.mobile).fill(buyer.mobile);
  await field(page, t.streetNumber).fill(buyer.streetNumber);
  await field(page, t.streetName).fill(buyer.street);
  await field(page, t.zipCode).fill(buyer.zip);
  await field(page, t.city).fill(buyer.city);
  // A French address's région comes from its postcode: the field is then optional, and left empty as a shopper would.
  const region = field(page, t.region);
  if ((await region.count()) > 0) await region.fill(buyer.region);
}

/** `country`: the country of birth's name as the list shows it in the shopper's language. */
export async function fillBirth(page: Page, birth = { date: "1985-06-15", city: "Lyon", country: "France" }, locale: Locale = "fr"): Promise<void> {
  const t = labels(locale).checkout;
  await field(page, t.birthDate).fill(birth.date);
  await field(page, t.birthCity).fill(birth.city);
  await field(page, t.birthCountry).selectOption({ label: birth.country });
}

/**
 * The shopper, billed in France and reading the shop in `options.locale` (French unless told), buys one `slug`,
 * fills the checkout as `buyer` and picks the offer whose radio's name matches (plus the birth data a credit
 * asks for): everything up to the confirm button, which the journey presses.
 */
export async function startCheckout(page: Page, slug: string, offer: RegExp, buyer: Buyer = MARIE, options: { birth?: boolean; locale?: Locale } = {}): Promise<void> {
  const locale = options.locale ?? "fr";
  if (locale !== "fr") await chooseLanguageAndCountry(page, locale, "FR");
  await addToCart(page, slug, 1, locale);
  await page.goto("/checkout");
  await fillCheckout(page, buyer, locale);
  await page.getByRole("radio", { name: offer }).first().check();
  if (options.birth) await fillBirth(page, { date: "1985-06-15", city: "Lyon", country: labels(locale).countries.FR }, locale);
}

/** Presses the checkout's confirm button. */
export async function confirmCheckout(page: Page, locale: Locale = "fr"): Promise<void> {
  const t = labels(locale).checkout;
  // "Confirmer et payer", or with the chosen solution's name ("Bestätigen und mit … bezahlen").
  const starts = [t.confirmGeneric, t.confirm("\u0000").split("\u0000")[0]!].map(escapeRegExp);
  await page.getByRole("button", { name: new RegExp(`^(${starts.join("|")})`) }).click();
}

/** A shopper who chose the shop's language and billing country with the header's switches. */
export async function chooseLanguageAndCountry(page: Page, locale: Locale, country: Country): Promise<void> {
  await page.goto("/");
  // Exact: a German page's "Deutschland" would match "Deutsch" too.
  await page.getByRole("button", { name: labels("fr").languages[locale], exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  const countryButton = page.getByRole("button", { name: labels(locale).countries[country], exact: true });
  await countryButton.click();
  await expect(countryButton).toHaveAttribute("aria-pressed", "true");
}

/** The public token of the return page the bank sent the shopper back to. */
export async function returnToken(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/checkout\/return\/[A-Za-z0-9_-]+$/, { timeout: 20_000 });
  return new URL(page.url()).pathname.split("/").pop()!;
}

// The bank's journey pages (French: Franfinance; German: Hanseatic Bank), by their labels.

/** The shopper, on the bank's first page, cancels and goes back to the shop: answers the return's order token. */
export async function bankAbort(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/sandbox\/journey\//);
  await page.getByRole("button", { name: "Annuler et retourner chez le marchand" }).click();
  return returnToken(page);
}

export async function bankConfirmIdentity(page: Page, birthDate = "1985-06-15"): Promise<void> {
  await expect(page.getByRole("heading", { name: "Confirmez votre identité" })).toBeVisible();
  await page.getByLabel("Date de naissance").fill(birthDate);
  await page.getByLabel("Je certifie l'exactitude de ces informations.").check();
  await page.getByRole("button", { name: "Continuer" }).click();
}

export async function bankPayByCard(page: Page, cardNumber: string): Promise<void> {
  await expect(page.getByRole("heading", { name: "Payez la première échéance par carte" })).toBeVisible();
  await page.getByLabel("Numéro de carte").fill(cardNumber);
  await page.getByLabel("Date d'expiration").fill("12/34");
  await page.getByLabel("Cryptogramme visuel").fill("123");
  await page.getByLabel("Titulaire de la carte").fill("Marie Dupont");
  await page.getByRole("button", { name: /^Payer / }).click();
}

/** The bank's French credit journey: the application (IBAN, income, the simulated identity document), then the e-signature. */
export async function bankFrenchCreditJourney(page: Page): Promise<void> {
  await page.getByLabel("IBAN du compte de prélèvement").fill("FR76 3000 6000 0112 3456 7890 189");
  await page.getByLabel("Revenus nets mensuels (€)").fill("2500");
  await page.getByLabel("Utiliser une pièce d'identité simulée (bac à sable)").check();
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await page.getByLabel("J'ai lu l'offre de contrat de crédit et je l'accepte.").check();
  await page.getByRole("button", { name: "Signer électroniquement" }).click();
}

export const CARD_ACCEPTED = "5017 6791 1038 0400";
export const CARD_REFUSED = "5017 6792 1000 0200";

/** Picks the checkout's offer of this solution code, or the first offer. */
export async function chooseSolution(page: Page, solutionCode?: string): Promise<void> {
  await (solutionCode ? page.getByRole("radio").and(page.locator(`[value="${solutionCode}"]`)) : page.getByRole("radio").first()).check();
}

/**
 * A shopper billed in Germany (KLAUS unless told; the shop in French unless
 * told) at the checkout with a Hanseatic credit (the first offered unless
 * told), confirmed: the bank answers next.
 */
export async function startGermanCheckout(page: Page, buyer: Buyer = KLAUS, solutionCode?: string, locale: Locale = "fr") {
  await chooseLanguageAndCountry(page, locale, "DE");
  await addToCart(page, "televiseur-oled-65", 1, locale);
  await page.goto("/checkout");
  await expect(field(page, labels(locale).checkout.country)).toHaveValue("DE");
  await fillCheckout(page, buyer, locale);
  await chooseSolution(page, solutionCode);
  await fillBirth(page, { date: "1979-03-02", city: "Hamburg", country: labels(locale).countries.DE }, locale);
  await confirmCheckout(page, locale);
}

/** The bank's German journey: application, then KYC and e-signature with the PIN that succeeds. */
export async function germanJourneyWithGoodPin(page: Page) {
  await germanJourneyWithPin(page, "123456");
}

/** The bank's German journey with this KYC PIN (123456 succeeds, 654321 fails). */
export async function germanJourneyWithPin(page: Page, pin: string) {
  await expect(page).toHaveURL(/\/sandbox\/journey\//);
  await expect(page.getByRole("heading", { name: "Ihr Finanzierungsantrag" })).toBeVisible();
  await page.getByLabel("Monatliches Nettoeinkommen (€)").fill("3200");
  await page.getByRole("button", { name: "Antrag absenden" }).click();
  await expect(page.getByRole("heading", { name: "Identifizierung und Unterschrift" })).toBeVisible();
  await page.getByLabel("PIN", { exact: true }).fill(pin);
  await page.getByLabel("Ich habe den Kreditvertrag gelesen und nehme ihn an.").check();
  await page.getByRole("button", { name: "Identifizieren und unterschreiben" }).click();
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.1 A/AA and best practice). */
export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

/** A German shopper: the shop in German, billed in Germany. */
export async function chooseGerman(page: Page): Promise<void> {
  await page.goto("/");
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.getByRole("button", { name: "Deutschland" }).click();
  await expect(page.getByRole("button", { name: "Deutschland" })).toHaveAttribute("aria-pressed", "true");
}

/** The two screens every shop journey is run on: a desktop and a 390×844 phone. */
export const VIEWPORTS = [
  { name: "desktop", size: { width: 1280, height: 900 } },
  { name: "phone", size: { width: 390, height: 844 } },
] as const;

export type Screen = (typeof VIEWPORTS)[number];

/**
 * A group of tests run once on each of VIEWPORTS, its title naming the screen.
 * `timeout`: whole journeys, on a machine that may be busy.
 */
export function onEachScreen(title: string, timeout: number, tests: (screen: Screen) => void): void {
  for (const screen of VIEWPORTS) {
    test.describe(`${title} (${screen.name})`, () => {
      test.use({ viewport: screen.size });
      test.describe.configure({ timeout });
      tests(screen);
    });
  }
}

const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { fr: "French", en: "English", de: "German" };

/** One run of a journey, as a shopper reading the shop in `locale` on one of VIEWPORTS; its name says both. */
export function shopperReading<L extends Locale>(locale: L, screen: Screen["name"]) {
  return { name: `in ${LANGUAGE_NAMES[locale]}, on a ${screen}`, locale, viewport: VIEWPORTS.find((v) => v.name === screen)!.size };
}

/**
 * Sets (or, with null, clears) the sandbox's fault injection for the demo
 * merchant the shop at `appURL` speaks as, with the console's credential
 * (docs/SANDBOX.md, "Fault injection").
 */
export function setDemoMerchantFaults(appURL: string, faults: FaultsInput | null): Promise<void> {
  return shopBank(appURL).setFaults(faults);
}

/** The shop's log of its calls to the bank ($dataDir/shop.db), for one operation since a time. */
export function bankCallsSince(dataDir: string, operation: string, sinceMs: number): { httpStatus: number | null; attempt: number }[] {
  const db = new Database(join(dataDir, "shop.db"), { readonly: true, fileMustExist: true });
  try {
    return db.prepare("select http_status as httpStatus, attempt from bank_api_calls where operation = ? and at >= ? order by id").all(operation, sinceMs) as { httpStatus: number | null; attempt: number }[];
  } finally {
    db.close();
  }
}

/** A time of day ("09:05") as a clock in the shop's country reads it: Paris for France, Berlin for Germany. */
export function shopClock(ms: number, country: Country): string {
  const timeZone = country === "DE" ? "Europe/Berlin" : "Europe/Paris";
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(ms);
}

/** Nothing wider than the screen: the page never scrolls sideways (a phone's 390 px included). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}
