/**
 * The bank's journey pages, walked by a buyer in a real browser with nothing
 * but the sandbox: each subscription is created over the API (as a merchant
 * would), the browser opens `redirect.value` (or shows the `page` HTML and
 * follows its link), acts as the buyer, and the outcome is read back over
 * the API.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { advanceClock, createSubscription, statusOf, testBank, type Bank, type Created } from "./sandbox-helpers";


let bank: Bank;

// The machine running the suite is shared: give each journey room.
test.describe.configure({ timeout: 120_000 });

test.beforeAll(async ({ baseURL }) => {
  // The German journey through the bank's HTML page, the path a merchant must still handle (the default is a URL).
  bank = await testBank(baseURL!, ["SCFRSP-3XTS", "SCFRSP-4XPS", "SCFRLT-TXPS", "SCDELT-DXTS"], { germanRedirect: "page" });
});

/** Into the bank's journey the way the shop does it: follow the URL, or show the page and click through. */
async function openJourney(page: Page, created: Created): Promise<void> {
  if (created.redirect.type === "url") {
    await page.goto(created.redirect.value);
    return;
  }
  await page.setContent(created.redirect.value);
  await page.getByRole("link", { name: "Weiter zur Finanzierung" }).click();
  await expect(page).toHaveURL(/\/sandbox\/journey\//);
}

/** The bank's own alert (Next adds a route announcer with the same role). */
const bankAlert = (page: Page) => page.locator(".bank [role=alert]");

async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** The journey is over for the buyer: back on the merchant's confirmation URL, the subscription as the API reads it. */
async function expectBackAtMerchant(page: Page, created: Created, expected: { status: string; subStatus: string }): Promise<void> {
  await expect(page).toHaveURL(created.confirmation);
  expect(await statusOf(bank, created.id)).toEqual(expected);
}

async function confirmIdentity(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Confirmez votre identité" })).toBeVisible();
  // Prefilled from the subscription's buyer.
  await expect(page.getByLabel("Prénom")).toHaveValue("Paul");
  await expect(page.getByLabel("Nom", { exact: true })).toHaveValue("Dupont");
  await page.getByLabel("Je certifie l'exactitude de ces informations.").check();
  await page.getByRole("button", { name: "Continuer" }).click();
}

async function payByCard(page: Page, cardNumber: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Payez la première échéance par carte" })).toBeVisible();
  await page.getByLabel("Numéro de carte").fill(cardNumber);
  await page.getByLabel("Date d'expiration").fill("12/30");
  await page.getByLabel("Cryptogramme visuel").fill("123");
  await page.getByLabel("Titulaire de la carte").fill("Paul Dupont");
  await page.getByRole("button", { name: /^Payer / }).click();
}

test("split payment 3x with an accepted test card: ACCEPTED, back to the merchant", async ({ page }) => {
  const created = await createSubscription(bank, "SCFRSP-3XTS", 299.99);
  await openJourney(page, created);
  await expect(page.getByText("FRANFINANCE", { exact: true })).toBeVisible();
  await expect(page.locator("[lang=fr]").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await confirmIdentity(page);
  // The schedule: 3 installments summing to the amount (rounding cents on the first).
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText("100,01");
  await expect(page.getByRole("table").locator("tfoot")).toContainText("299,99");
  await expectNoSeriousA11yViolations(page);
  await payByCard(page, "5017 6791 1038 0400");
  await expectBackAtMerchant(page, created, { status: "ACCEPTED", subStatus: "SUBSCRIPTION_APPROVED_BY_PRODUCER" });
  // The journey is over: the link now shows the outcome, not a form.
  await page.goto(created.redirect.value);
  await expect(page.getByRole("heading", { name: "Cette demande est terminée" })).toBeVisible();
  await expect(page.getByText("acceptée")).toBeVisible();
});

test("a refused identity screen keeps what the buyer typed and the box they ticked", async ({ page }) => {
  const created = await createSubscription(bank, "SCFRSP-3XTS", 120);
  await openJourney(page, created);
  await expect(page.getByRole("heading", { level: 1, name: "Confirmez votre identité" })).toBeVisible();
  await page.getByLabel("E-mail").fill("paul.dupont@example.org");
  await page.getByLabel("Date de naissance").fill(`${new Date().getFullYear() - 10}-01-01`);
  const consent = page.getByLabel("Je certifie l'exactitude de ces informations.");
  await consent.check();
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(bankAlert(page)).toContainText("Vous devez être majeur");
  await expect(page.getByLabel("Date de naissance")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("E-mail")).toHaveValue("paul.dupont@example.org");
  await expect(consent).toBeChecked();
  // Only the faulty field to mend: the box need not be ticked again.
  await page.getByLabel("Date de naissance").fill("1980-05-04");
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Payez la première échéance par carte" })).toBeVisible();
});

test("split payment 4x with a refused test card: REJECTED", async ({ page }) => {
  const created = await createSubscription(bank, "SCFRSP-4XPS", 480);
  await openJourney(page, created);
  await confirmIdentity(page);
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(4);
  await payByCard(page, "5017 6792 1000 0200");
  await expectBackAtMerchant(page, created, { status: "REJECTED", subStatus: "SUBSCRIPTION_REJECTED_BY_PRODUCER" });
});

test("an unknown card is refused: only test cards work, nothing changes", async ({ page }) => {
  const created = await createSubscription(bank, "SCFRSP-3XTS", 150);
  await openJourney(page, created);
  await confirmIdentity(page);
  await payByCard(page, "4970 1012 3456 7890");
  await expect(bankAlert(page)).toContainText("seules les cartes de test");
  // Card fields are never written back into the page.
  await expect(page.getByLabel("Numéro de carte")).toHaveValue("");
  expect(await statusOf(bank, created.id)).toEqual({ status: "INITIALIZED", subStatus: "SUBSCRIPTION_IN_PROGRESS" });
  // A bad format is pointed at the field.
  await page.getByLabel("Numéro de carte").fill("5017");
  await page.getByLabel("Date d'expiration").fill("13/30");
  await page.getByRole("button", { name: /^Payer / }).click();
  await expect(page.getByLabel("Numéro de carte")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Date d'expiration")).toHaveAttribute("aria-invalid", "true");
  // The buyer can still pay with a test card.
  await payByCard(page, "5017679410000500");
  await expect(page).toHaveURL(created.confirmation);
  expect((await statusOf(bank, created.id)).status).toBe("ACCEPTED");
});

test("cancel and return to the merchant, with the keyboard only: ABORTED / ABORTED_BY_CUSTOMER", async ({ page }) => {
  const created = await createSubscription(bank, "SCFRSP-3XTS", 90);
  await openJourney(page, created);
  const cancel = page.getByRole("button", { name: "Annuler et retourner chez le marchand" });
  await expect(cancel).toBeVisible();
  for (let i = 0; i < 40 && !(await cancel.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(cancel).toBeFocused();
  await page.keyboard.press("Enter");
  await expectBackAtMerchant(page, created, { status: "ABORTED", subStatus: "ABORTED_BY_CUSTOMER" });
});

async function frenchApplication(page: Page, amountText: RegExp, document: "simulated" | "upload"): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Votre demande de crédit" })).toBeVisible();
  await expect(page.getByText(amountText).first()).toBeVisible();
  await page.getByRole("radio", { name: /^12 mois/ }).check();
  // An IBAN whose ISO 13616 check digits are wrong is refused in the form.
  await page.getByLabel("IBAN du compte de prélèvement").fill("FR76 3000 6000 0112 3456 7890 188");
  await page.getByLabel("Revenus nets mensuels (€)").fill("2 800");
  await page.getByLabel("Utiliser une pièce d'identité simulée (bac à sable)").check();
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(bankAlert(page)).toContainText("clé de contrôle");
  await expect(page.getByLabel("IBAN du compte de prélèvement")).toHaveAttribute("aria-invalid", "true");
  // What the buyer typed and ticked comes back with the error.
  await expect(page.getByLabel("Revenus nets mensuels (€)")).toHaveValue("2 800");
  await expect(page.getByLabel("Utiliser une pièce d'identité simulée (bac à sable)")).toBeChecked();
  await page.getByLabel("IBAN du compte de prélèvement").fill("FR76 3000 6000 0112 3456 7890 189");
  if (document === "simulated") await page.getByLabel("Utiliser une pièce d'identité simulée (bac à sable)").check();
  else {
    await page.getByLabel("Utiliser une pièce d'identité simulée (bac à sable)").uncheck();
    await page.getByLabel("Pièce d'identité (PDF, JPEG ou PNG, 5 Mo max.)").setInputFiles({
      name: "carte-identite.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n% a stand-in identity card\n%%EOF\n"),
    });
  }
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Signez votre contrat de crédit" })).toBeVisible();
  const contract = page.getByRole("table");
  await expect(contract).toContainText("FR76 **** **** **** **** ***0 189");
  await expect(contract).toContainText("12 mois");
  await expect(contract).toContainText(document === "simulated" ? "pièce simulée (bac à sable)" : "carte-identite.pdf");
}

async function sign(page: Page): Promise<void> {
  await page.getByLabel("J'ai lu l'offre de contrat de crédit et je l'accepte.").check();
  await page.getByRole("button", { name: "Signer électroniquement" }).click();
}

/** Back on the merchant's page once signed: PRE_ACCEPTED until the bank's delay has passed on its clock, then ACCEPTED. */
async function expectSignedThenAccepted(page: Page, created: Created): Promise<void> {
  await expectBackAtMerchant(page, created, { status: "PRE_ACCEPTED", subStatus: "CONTRACT_SIGNED_BY_CUSTOMER" });
  await advanceClock(bank, "PT5M");
  expect(await statusOf(bank, created.id)).toEqual({ status: "ACCEPTED", subStatus: "WAITING_FOR_THE_DELIVERY_CONFIRMATION" });
}

test("French long credit below 3,000 €: PRE_ACCEPTED (signed), then ACCEPTED after the delay on the sandbox clock", async ({ page }) => {
  const created = await createSubscription(bank, "SCFRLT-TXPS", 1500);
  await openJourney(page, created);
  await expectNoSeriousA11yViolations(page);
  await frenchApplication(page, /1\s500,00/, "simulated");
  await expectNoSeriousA11yViolations(page);
  await sign(page);
  await expectSignedThenAccepted(page, created);
});

test("French long credit at or above 3,000 €: stays PRE_ACCEPTED for a manual decision", async ({ page }) => {
  const created = await createSubscription(bank, "SCFRLT-TXPS", 3500);
  await openJourney(page, created);
  await frenchApplication(page, /3\s500,00/, "upload");
  await expect(page.getByText("étudié par un conseiller")).toBeVisible();
  await sign(page);
  await expect(page).toHaveURL(created.confirmation);
  await advanceClock(bank, "P1D");
  expect(await statusOf(bank, created.id)).toEqual({ status: "PRE_ACCEPTED", subStatus: "CONTRACT_SIGNED_BY_CUSTOMER" });
});

async function germanApplication(page: Page, income = "3100"): Promise<void> {
  await expect(page.getByText("HANSEATIC BANK", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Ihr Finanzierungsantrag" })).toBeVisible();
  await expect(page.getByLabel("IBAN für die Lastschrift")).toHaveValue("DE95 1000 0000 0012 3056 78");
  await page.getByRole("radio", { name: /^24 Monate/ }).check();
  await page.getByLabel("Monatliches Nettoeinkommen (€)").fill(income);
  await page.getByRole("button", { name: "Antrag absenden" }).click();
}

/** The bank's German credit: the application is answered at once (PRE_ACCEPTED), the bank's page offers the way back, the KYC follows. */
async function expectPreApproved(page: Page, created: Created): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Identifizierung und Unterschrift" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("vorläufig genehmigt");
  await expect(page.getByRole("link", { name: "Jetzt zurück zum Händler" })).toHaveAttribute("href", created.confirmation);
}

async function kyc(page: Page, pin: string): Promise<void> {
  await page.getByLabel("PIN", { exact: true }).fill(pin);
  await page.getByLabel("Ich habe den Kreditvertrag gelesen und nehme ihn an.").check();
  await page.getByRole("button", { name: "Identifizieren und unterschreiben" }).click();
}

test("German long credit with KYC pin 123456: PRE_ACCEPTED, then ACCEPTED after the delay", async ({ page }) => {
  const created = await createSubscription(bank, "SCDELT-DXTS", 1200);
  expect(created.redirect.type).toBe("page");
  await openJourney(page, created);
  await expect(page.locator("[lang=de]").first()).toBeVisible();
  await germanApplication(page);
  await expectPreApproved(page, created);
  expect(await statusOf(bank, created.id)).toEqual({ status: "PRE_ACCEPTED", subStatus: "PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE" });
  await expectNoSeriousA11yViolations(page);
  // Back to the merchant first, as the buyer is with the pre-approval; the journey URL leads on to the KYC.
  await page.getByRole("link", { name: "Jetzt zurück zum Händler" }).click();
  await expect(page).toHaveURL(created.confirmation);
  await openJourney(page, created);
  await expect(page.getByRole("heading", { level: 1, name: "Identifizierung und Unterschrift" })).toBeVisible();
  await kyc(page, "111111");
  await expect(bankAlert(page)).toContainText("Falsche PIN");
  // The PIN is typed again; the contract's consent stays ticked.
  await expect(page.getByLabel("PIN", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Ich habe den Kreditvertrag gelesen und nehme ihn an.")).toBeChecked();
  expect((await statusOf(bank, created.id)).status).toBe("PRE_ACCEPTED");
  await kyc(page, "123456");
  await expectSignedThenAccepted(page, created);
});

test("German long credit with KYC pin 654321: REJECTED", async ({ page }) => {
  const created = await createSubscription(bank, "SCDELT-DXTS", 800);
  await openJourney(page, created);
  await germanApplication(page);
  await expectPreApproved(page, created);
  await kyc(page, "654321");
  await expectBackAtMerchant(page, created, { status: "REJECTED", subStatus: "SUBSCRIPTION_REJECTED_BY_PRODUCER" });
});

test("German long credit whose income does not cover the installment: REJECTED at the application, back to the merchant", async ({ page }) => {
  const created = await createSubscription(bank, "SCDELT-DXTS", 1200);
  await openJourney(page, created);
  await germanApplication(page, "40");
  await expectBackAtMerchant(page, created, { status: "REJECTED", subStatus: "SUBSCRIPTION_REJECTED_BY_PRODUCER" });
});

test("a journey left untouched for 3 months of sandbox time expires: ABORTED / EXPIRED", async ({ page }) => {
  const created = await createSubscription(bank, "SCFRSP-3XTS", 75);
  await openJourney(page, created);
  await expect(page.getByRole("heading", { level: 1, name: "Confirmez votre identité" })).toBeVisible();
  await advanceClock(bank, "P3M");
  expect(await statusOf(bank, created.id)).toEqual({ status: "ABORTED", subStatus: "EXPIRED" });
  await page.reload();
  await expect(page.getByRole("heading", { name: "Cette demande est terminée" })).toBeVisible();
  await expect(page.getByText("abandonnée")).toBeVisible();
});

test("steps cannot be skipped or replayed, and the token is checked on every step", async ({ page }) => {
  const created = await createSubscription(bank, "SCFRSP-3XTS", 60);
  const url = new URL(created.redirect.value);
  const token = url.searchParams.get("t")!;
  const submit = `${url.origin}${url.pathname}/submit`;
  // Skipping the identity step: the card is not even looked at.
  const skip = await page.request.post(submit, { form: { t: token, step: "card", cardNumber: "5017679110380400", cardExpiry: "12/30", cardCvc: "123", cardHolder: "X" }, maxRedirects: 0 });
  expect(skip.status()).toBe(303);
  expect((await statusOf(bank, created.id)).status).toBe("INITIALIZED");
  await openJourney(page, created);
  await expect(page.getByText("ne correspond pas à l'étape en cours")).toBeVisible();
  // A wrong token opens nothing and changes nothing.
  const forged = await page.request.post(`${url.origin}${url.pathname}/cancel`, { form: { t: "not-the-token" }, maxRedirects: 0 });
  expect(forged.status()).toBe(404);
  const wrongLink = await page.goto(`${url.origin}${url.pathname}?t=not-the-token`);
  expect(wrongLink?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Lien invalide ou expiré" })).toBeVisible();
  // Posting the identity step twice: the second post is refused, the buyer stays at the card step.
  await openJourney(page, created);
  await confirmIdentity(page);
  const replay = await page.request.post(submit, { form: { t: token, step: "identity", confirm: "on" }, maxRedirects: 0 });
  expect(replay.status()).toBe(303);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Payez la première échéance par carte" })).toBeVisible();
  expect((await statusOf(bank, created.id)).status).toBe("INITIALIZED");
});
