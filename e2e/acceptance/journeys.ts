/**
 * The lender's acceptance cases played on the embedded sandbox as the people involved would play them:
 * a buyer through the shop's checkout and the bank's journey pages (the sandbox's test cards, IBAN and
 * PINs), the merchant in the back office, and the sandbox's controls (console credential) for what only
 * time or the lender decides: the virtual clock for "24 hours later", forced decisions.
 */
import { expect, type Browser, type Page } from "@playwright/test";
import { needsBirthData } from "../../server/shop/financing/solution-kind";
import { signInAsAdmin, uniqueBuyer } from "../admin-support";
import { shopBank } from "../shop-bank";
import {
  addToCart,
  bankConfirmIdentity,
  bankFrenchCreditJourney,
  bankPayByCard,
  CARD_ACCEPTED,
  CARD_REFUSED,
  chooseSolution,
  confirmCheckout,
  fillBirth,
  fillCheckout,
  germanJourneyWithPin,
  KLAUS,
  orderByToken,
  returnToken,
  startGermanCheckout,
} from "../shop-support";

/** A product whose price every solution of its kind finances (split: 50 € to 3,000 €; credit: 200 € to 5,000 €, below the French 3,000 € of automatic acceptance). */
const SPLIT_PRODUCT = "machine-espresso";
const FRENCH_CREDIT_PRODUCT = "ordinateur-portable-creatif";

export interface PlacedOrder {
  orderId: string;
  token: string;
  subscriptionId: string;
}

/** Waits until the shop holds this bank status for the order (from the return page, the webhook or a refresh). */
export async function shopSees(order: PlacedOrder, status: string): Promise<void> {
  await expect.poll(() => orderByToken(order.token).bank_status, { timeout: 20_000, message: `order ${order.orderId} never reached ${status} in the shop` }).toBe(status);
}

async function asBuyer<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  // A shopper of their own: a fresh cart for every order.
  const context = await browser.newContext();
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

async function journeyStarted(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/sandbox\/journey\//);
  return new URL(page.url()).pathname.split("/")[3]!;
}

async function placed(page: Page, subscriptionId: string): Promise<PlacedOrder> {
  const token = await returnToken(page);
  return { orderId: orderByToken(token).id, token, subscriptionId };
}

/** A French buyer of their own checks out `product` with this solution, and reaches the bank's journey. */
async function frenchCheckout(page: Page, product: string, solutionCode: string): Promise<string> {
  await addToCart(page, product);
  await page.goto("/checkout");
  await fillCheckout(page, uniqueBuyer("Recette"));
  await chooseSolution(page, solutionCode);
  if (needsBirthData(solutionCode)) await fillBirth(page);
  await confirmCheckout(page);
  return journeyStarted(page);
}

/** A French split payment paid with this test card. */
export function splitPayment(browser: Browser, solutionCode: string, card: string): Promise<PlacedOrder> {
  return asBuyer(browser, async (page) => {
    const subscriptionId = await frenchCheckout(page, SPLIT_PRODUCT, solutionCode);
    await bankConfirmIdentity(page);
    await bankPayByCard(page, card);
    return placed(page, subscriptionId);
  });
}

/** A French long credit applied for and signed: the bank pre-accepts it. */
export function frenchCredit(browser: Browser, solutionCode: string): Promise<PlacedOrder> {
  return asBuyer(browser, async (page) => {
    const subscriptionId = await frenchCheckout(page, FRENCH_CREDIT_PRODUCT, solutionCode);
    await bankFrenchCreditJourney(page);
    return placed(page, subscriptionId);
  });
}

/** A German long credit with this identification PIN (123456 signs, 654321 fails the identification). */
export function germanCredit(browser: Browser, solutionCode: string, pin: string): Promise<PlacedOrder> {
  return asBuyer(browser, async (page) => {
    const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    await startGermanCheckout(page, { ...KLAUS, lastName: "Abnahme", email: `klaus.${tag}@example.de` }, solutionCode);
    const subscriptionId = await journeyStarted(page);
    await germanJourneyWithPin(page, pin);
    return placed(page, subscriptionId);
  });
}

/** The merchant cancels the whole financing from the order's page in the back office. */
export async function cancelInBackOffice(admin: Page, order: PlacedOrder): Promise<void> {
  await admin.goto(`/admin/orders/${order.orderId}`);
  const form = admin.getByRole("form", { name: "Cancel the financing" });
  await expect(form.getByText("Full cancellation.")).toBeVisible();
  await form.getByLabel("Reason").fill("Acceptance test: cancellation");
  await form.getByRole("button", { name: "Cancel financing…" }).click();
  await admin.getByRole("alertdialog").getByRole("button", { name: /^Yes, cancel €\d/ }).click();
  await expect(admin.getByRole("region", { name: "Actions" }).getByTestId("action-result")).toContainText(/Full cancellation accepted|Cancellation requested/);
}

export interface Actors {
  browser: Browser;
  /** The merchant, signed in to the back office. */
  admin: Page;
}

/** Opens the merchant's back-office session the cancellations are made in. */
export async function merchantSession(browser: Browser): Promise<Page> {
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdmin(admin);
  return admin;
}

/**
 * Plays the three cases of one solution with as few orders as the cases allow: an order that was
 * accepted (or pre-accepted) and then cancelled passes both of its cases.
 */
export async function playSolution({ browser, admin }: Actors, solutionCode: string): Promise<void> {
  const bank = shopBank(new URL(admin.url()).origin);
  if (/^SCFRSP-/.test(solutionCode)) {
    const accepted = await splitPayment(browser, solutionCode, CARD_ACCEPTED);
    await shopSees(accepted, "ACCEPTED");
    await shopSees(await splitPayment(browser, solutionCode, CARD_REFUSED), "REJECTED");
    // The production case, rehearsed: a day later on the bank's clock, cancelled in full.
    await bank.advanceClock("P1D");
    await cancelInBackOffice(admin, accepted);
    await shopSees(accepted, "CANCELLED");
    return;
  }
  const german = /^SCDELT-/.test(solutionCode);
  if (!german && !/^SCFRLT-/.test(solutionCode)) throw new Error(`no acceptance journey for ${solutionCode}`);
  const signed = () => (german ? germanCredit(browser, solutionCode, "123456") : frenchCredit(browser, solutionCode));

  const preAccepted = await signed();
  await shopSees(preAccepted, "PRE_ACCEPTED");
  if (german) {
    await shopSees(await germanCredit(browser, solutionCode, "654321"), "REJECTED");
  } else {
    // Franfinance decides a French credit later: the lender's refusal is the console's.
    const toReject = await signed();
    await shopSees(toReject, "PRE_ACCEPTED");
    await bank.force(toReject.subscriptionId, "reject");
    await shopSees(toReject, "REJECTED");
  }
  await bank.advanceClockBy("autoAcceptDelay");
  await shopSees(preAccepted, "ACCEPTED");
  await cancelInBackOffice(admin, preAccepted);
  // Hanseatic decides a cancellation later: the lender's decision is the console's.
  if (german) await bank.force(preAccepted.subscriptionId, "accept-cancellation");
  await shopSees(preAccepted, "CANCELLED");
}
