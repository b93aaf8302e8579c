import AxeBuilder from "@axe-core/playwright";
import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";
import { parseEnv } from "../server/env";
import { SHOPPER_ERROR_MESSAGES } from "../server/shop/bank/messages";
import { longCreditOrder, openOrderOf, signInAsAdmin, splitPaymentOrder, stateBadge, uniqueBuyer } from "./admin-support";
import { confirmCheckout, startCheckout } from "./shop-support";

// A shopper's whole journey through the shop and the bank, then the back office.
test.describe.configure({ timeout: 180_000 });

const env = parseEnv({});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

/** No serious axe violation, and nothing wider than the screen (no sideways scrolling of the page). */
async function checkPage(page: Page, testInfo: TestInfo, name: string) {
  expect(await seriousViolations(page), name).toEqual([]);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${name}: page width`).toBeLessThanOrEqual(innerWidth);
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/** Amounts are written one way in French and German ("989,00 €"), never the English way ("€989.00"). */
async function expectContinentalAmounts(page: Page) {
  // innerText: table cells apart, as they read (textContent would glue "449,00 €" to the next cell's "1").
  const text = await page.getByRole("main").innerText();
  expect(text).toMatch(/\d,\d\d\s€/);
  expect(text).not.toMatch(/€[ \u00a0\u202f]?\d/);
}

test("in French: orders, an order and its full cancellation, the API log, all in French with French amounts", async ({ page }, testInfo) => {
  const buyer = uniqueBuyer("Francaise");
  await splitPaymentOrder(page, "robot-patissier", buyer, { pay: true });

  await signInAsAdmin(page, "/admin", "fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1, name: "Commandes" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Commandes par état" })).toContainText("Acceptée, à expédier");
  await checkPage(page, testInfo, "fr-orders");

  await openOrderOf(page, buyer.email);
  await expect(stateBadge(page)).toHaveText("Acceptée, à expédier");
  await expect(page.getByTestId("delivery-unavailable")).toContainText("Un paiement fractionné ne demande pas de confirmation de livraison");
  await expect(page.getByTestId("bank-status")).toContainText("Approuvée par le prêteur");
  await expectContinentalAmounts(page);

  const form = page.getByRole("form", { name: "Annuler le financement" });
  await expect(form.getByTestId("cancel-window")).toContainText("annulable jusqu'au");
  await expect(form.getByText("Annulation totale.")).toBeVisible();
  // The reason is checked first: no "are you sure?" for a request the server would refuse.
  await form.getByRole("button", { name: "Annuler le financement…" }).click();
  await expect(form.getByText("Indiquez pourquoi le financement est annulé.")).toBeVisible();
  await expect(form.getByTestId("cancel-errors")).toHaveText("1 champ à corriger avant d'envoyer l'annulation.");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  // An amount the admin types the French way, above what is financed: said before anything is sent.
  const amount = form.getByLabel("Montant à annuler (€)");
  const remaining = await amount.inputValue();
  expect(remaining).toMatch(/^\d+,\d\d$/);
  await amount.fill("99999");
  await expect(form.getByText(/^Plus que les [\d\s\u202f]+,\d\d\s€ encore financés\.$/)).toBeVisible();
  await amount.fill(remaining);
  await form.getByLabel("Motif").fill("Commande annulée par l'acheteur");
  await form.getByRole("button", { name: "Annuler le financement…" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Annuler tout le financement");
  await checkPage(page, testInfo, "fr-order-confirm");
  await dialog.getByRole("button", { name: /^Oui, annuler [\d\s\u202f]+,\d\d\s€$/ }).click();

  const result = page.getByRole("region", { name: "Actions" }).getByTestId("action-result");
  await expect(result).toContainText("Annulation totale acceptée");
  await expect(stateBadge(page)).toHaveText("Annulée");
  // The bank says "cancel by customer"; the merchant did it.
  await expect(page.getByTestId("bank-status")).toContainText("Annulée par le marchand");
  await expect(page.getByRole("main")).not.toContainText(/cancel by customer|payment have been/i);
  await expect(page.getByTestId("cancel-unavailable")).toHaveText("Ce financement est déjà annulé.");
  await expect(page.getByTestId("history")).toContainText("Back-office");
  await expectContinentalAmounts(page);
  await checkPage(page, testInfo, "fr-order-cancelled");

  await page.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: "Journal API" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Journal API" })).toBeVisible();
  await page.getByLabel("Opération").selectOption({ label: "Annulation" });
  await page.getByRole("button", { name: "Appliquer" }).click();
  await expect(page.getByTestId("api-calls").locator("tbody tr[data-operation]").first()).toHaveAttribute("data-operation", "cancelCreditSubscription");
  await checkPage(page, testInfo, "fr-api-log");
});

test("in French: an order the bank refused at checkout, its error said in French, not in the engine's English", async ({ page, shopBank }) => {
  const buyer = uniqueBuyer("Refusee");
  await startCheckout(page, "robot-patissier", /en 3x/, buyer);
  // The bank's rate limit on the placement itself, with a wait too long for the shop: the order fails.
  await shopBank.refuseNextCall("initiateCreditSubscription");
  try {
    await confirmCheckout(page);
    await expect(page.getByRole("alert").filter({ hasText: SHOPPER_ERROR_MESSAGES.bank_busy.fr })).toBeVisible();
  } finally {
    await shopBank.clearFaults();
  }

  await signInAsAdmin(page, "/admin", "fr");
  await openOrderOf(page, buyer.email);
  await expect(stateBadge(page)).toHaveText("Échouée");
  const note = page.getByRole("note").filter({ hasText: "Dernière erreur de la banque" });
  await expect(note).toContainText("initiateCreditSubscription : la limite de la banque (600 appels par minute) est atteinte (429). Réessayez dans une minute.");
  await expect(note).not.toContainText(/rate limit|Try again/);
  // Said in the page's language: no lang="en" on it.
  await expect(note.locator('[lang="en"]')).toHaveCount(0);
});

test.describe("on a phone, in German", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a long credit from pre-accepted to cancellable, with its 14-day limit, on a 390 px screen", async ({ page, shopBank }, testInfo) => {
    const buyer = uniqueBuyer("Deutsch");
    const subscriptionId = await longCreditOrder(page, "machine-espresso", buyer);

    await signInAsAdmin(page, "/admin", "de");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1, name: "Bestellungen" })).toBeVisible();
    await checkPage(page, testInfo, "de-phone-orders");

    await openOrderOf(page, buyer.email);
    await expect(stateBadge(page)).toHaveText("Vorläufig angenommen");
    await expect(page.getByTestId("delivery-unavailable")).toContainText("sobald der Kreditgeber den Kredit angenommen hat");
    await expect(page.getByTestId("cancel-unavailable")).toContainText("Nur eine angenommene Finanzierung kann storniert werden");
    await checkPage(page, testInfo, "de-phone-order-pre-accepted");

    await shopBank.force(subscriptionId, "accept");
    await page.getByRole("button", { name: "Bei der Bank neu lesen" }).click();
    await expect(stateBadge(page)).toHaveText("Angenommen, zu versenden");
    await expect(page.getByTestId("bank-status")).toContainText("Lieferbestätigung ausstehend");
    const form = page.getByRole("form", { name: "Finanzierung stornieren" });
    await expect(form.getByTestId("cancel-window")).toContainText("Die 14-tägige Widerrufsfrist des Käufers läuft bis");
    await expectContinentalAmounts(page);

    // The delivery form's own checks, in German.
    const delivery = page.getByRole("form", { name: "Lieferung bestätigen" });
    await delivery.getByRole("button", { name: "Lieferung bestätigen" }).click();
    await expect(delivery.getByText("Geben Sie die Sendungsnummer ein.")).toBeVisible();
    await expect(delivery.getByText("Wählen Sie den Versanddienst.")).toBeVisible();
    await checkPage(page, testInfo, "de-phone-order-accepted");

    // The bank refuses the cancellation (its rate limit, for this one call): what it means, said in German.
    await shopBank.refuseNextCall("cancelCreditSubscription");
    try {
      await form.getByLabel("Grund").fill("Bestellung vom Käufer storniert");
      await form.getByRole("button", { name: "Finanzierung stornieren…" }).click();
      await page.getByRole("alertdialog").getByRole("button", { name: /^Ja, [\d.\s\u202f]+,\d\d\s€ stornieren$/ }).click();
      const refused = page.getByRole("region", { name: "Aktionen" }).getByTestId("action-result");
      await expect(refused).toHaveAttribute("data-code", "bank_refused");
      await expect(refused).toContainText("Nicht ausgeführt. Die Bank hat die Anfrage abgelehnt.");
      await expect(refused).toContainText("cancelCreditSubscription: Das Limit der Bank (600 Aufrufe pro Minute) ist erreicht (429). Versuchen Sie es in einer Minute erneut.");
      await expect(refused).not.toContainText(/rate limit|Wortlaut/);
      await expect(stateBadge(page)).toHaveText("Angenommen, zu versenden");
      await checkPage(page, testInfo, "de-phone-order-bank-refused");
    } finally {
      await shopBank.clearFaults();
    }

    await page.getByRole("navigation", { name: "Backoffice" }).getByRole("link", { name: "API-Protokoll" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "API-Protokoll" })).toBeVisible();
    await checkPage(page, testInfo, "de-phone-api-log");
  });
});

test.describe("the language's default and the switch", () => {
  test.use({ locale: "de-DE" });

  test("the login page follows the browser; the header's switch changes the language and keeps it", async ({ page }, testInfo) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await expect(page.getByRole("heading", { level: 1, name: "Händler-Backoffice" })).toBeVisible();
    await page.getByLabel("E-Mail").fill(env.ADMIN_EMAIL);
    await page.getByLabel("Passwort").fill("falsch");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.locator("form [role=alert]")).toHaveText("E-Mail oder Passwort falsch.");
    await checkPage(page, testInfo, "de-login");

    // The admin's choice wins over the browser's language, on the login page too.
    await page.getByRole("group", { name: "Sprache des Backoffice" }).getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Merchant back office" })).toBeVisible();
    await page.getByLabel("Email").fill(env.ADMIN_EMAIL);
    await page.getByLabel("Password").fill(env.ADMIN_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();

    const languages = page.getByRole("group", { name: "Language of the back office" });
    await expect(languages.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await languages.getByRole("button", { name: "Français" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Commandes" })).toBeVisible();
    await page.goto("/admin/api-log");
    await expect(page.getByRole("heading", { level: 1, name: "Journal API" })).toBeVisible();
    await page.getByRole("group", { name: "Langue du back-office" }).getByRole("button", { name: "Deutsch" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "API-Protokoll" })).toBeVisible();
  });
});
