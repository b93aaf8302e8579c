/**
 * What the back-office journeys share: the merchant's sign-in and screens
 * (by their labels), orders made by a shopper through the storefront and the
 * bank's journey pages (the storefront's own helpers), and the sandbox's HTTP
 * controls for what only time or the lender decides (virtual clock, forced
 * transitions). Never the sandbox's code, never rows written by hand.
 */
import { expect, type Page } from "@playwright/test";
import { parseEnv } from "../server/env";
import {
  bankConfirmIdentity,
  bankFrenchCreditJourney,
  bankPayByCard,
  type Buyer,
  CARD_ACCEPTED,
  confirmCheckout,
  MARIE,
  returnToken,
  startCheckout,
} from "./shop-support";

const env = parseEnv({});

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

/** The return page's headings as the shopper reads them, in the languages the journeys here shop in. */
const RETURN_HEADINGS: Record<"fr" | "de", { accepted: string; preAccepted: string }> = {
  fr: { accepted: "Merci, votre commande est confirmée !", preAccepted: "Votre demande de crédit est en cours d'étude" },
  de: { accepted: "Vielen Dank, Ihre Bestellung ist bestätigt!", preAccepted: "Ihr Kreditantrag wird geprüft" },
};

/** The shopper (billed in France, reading the shop in `locale`) buys `slug` in 3x and either pays (accepted) or stops on the bank's first page. */
export async function splitPaymentOrder(page: Page, slug: string, buyer: Buyer, options: { pay: boolean; locale?: "fr" | "de" }): Promise<string> {
  const locale = options.locale ?? "fr";
  await startCheckout(page, slug, /en 3x/, buyer, { locale });
  await confirmCheckout(page, locale);
  await expect(page).toHaveURL(/\/sandbox\/journey\//);
  const subscriptionId = new URL(page.url()).pathname.split("/")[3]!;
  if (options.pay) {
    await bankConfirmIdentity(page);
    await bankPayByCard(page, CARD_ACCEPTED);
    await returnToken(page);
    await expect(page.getByRole("heading", { level: 1, name: RETURN_HEADINGS[locale].accepted })).toBeVisible();
  }
  return subscriptionId;
}

/** A split payment the shopper paid, then opened by the admin in the back office (English), accepted and to ship. */
export async function paidSplitPaymentInBackOffice(page: Page, slug: string, buyer: Buyer): Promise<void> {
  await splitPaymentOrder(page, slug, buyer, { pay: true });
  await signInAsAdmin(page);
  await openOrderOf(page, buyer.email);
  await expect(stateBadge(page)).toHaveText("Accepted, to ship");
}

/** The shopper (reading the shop in `locale`) applies for a French long credit and signs: the bank answers PRE_ACCEPTED. */
export async function longCreditOrder(page: Page, slug: string, buyer: Buyer, locale: "fr" | "de" = "fr"): Promise<string> {
  await startCheckout(page, slug, locale === "fr" ? /mois/ : /Monate/, buyer, { birth: true, locale });
  await confirmCheckout(page, locale);
  await expect(page).toHaveURL(/\/sandbox\/journey\//);
  const subscriptionId = new URL(page.url()).pathname.split("/")[3]!;
  await bankFrenchCreditJourney(page);
  await returnToken(page);
  await expect(page.getByRole("heading", { level: 1, name: RETURN_HEADINGS[locale].preAccepted })).toBeVisible();
  return subscriptionId;
}
