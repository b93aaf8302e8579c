import { expect, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { signInAsAdmin, splitPaymentOrder, uniqueBuyer } from "./admin-support";
import { seriousViolations } from "./shop-support";

test.describe.configure({ timeout: 180_000 });

/** The demo deployment: the embedded sandbox with its public keys and the demo ORIAS number. */
test("the go-live page checks the demo deployment line by line, and the PV de recette is filled from the orders", async ({ page }) => {
  // One accepted split payment: the acceptance case it passes shows its order on the page and in the PV.
  await splitPaymentOrder(page, "machine-espresso", uniqueBuyer("Recette"), { pay: true });
  await signInAsAdmin(page, "/admin/go-live", "fr");
  await page.goto("/admin/go-live");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check-list de mise en production");
  await expect(page.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: "Mise en production" })).toHaveAttribute("aria-current", "page");
  const line = (id: string) => page.locator(`[data-check="${id}"]`);
  await expect(line("environment")).toHaveAttribute("data-ok", "false");
  await expect(line("environment")).toContainText("sandbox intégrée");
  await expect(line("keys")).toHaveAttribute("data-ok", "false");
  await expect(line("keys")).toContainText("SCALEXPERT_CLIENT_ID, SCALEXPERT_CLIENT_SECRET, SCALEXPERT_WEBHOOK_SECRET");
  await expect(line("separation")).toHaveAttribute("data-ok", "true");
  await expect(line("webhooks")).toHaveAttribute("data-ok", "true");
  await expect(line("webhooks")).toContainText(/Dernier événement signé : SC_SUBSCRIPTION_[A-Z_]+, reçu /);
  await expect(line("legal")).toHaveAttribute("data-ok", "true");
  await expect(line("legal")).toContainText("NXWEB-MENTIONS-3X4X-AVECFRAIS.pdf, NXWEB-MENTIONS-3X4X-SANSFRAIS.pdf");
  await expect(line("orias")).toHaveAttribute("data-ok", "false");
  await expect(line("orias")).toContainText("00000000");
  await expect(line("acceptance")).toContainText(/\d+ cas passés sur \d+/);
  const accepted = page.locator('[data-case="SCFRSP-3XTS/accepted"]');
  await expect(accepted).toHaveAttribute("data-passed", "true");
  const reference = (await accepted.getByRole("link").first().textContent())!;
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("go-live-fr.png"), fullPage: true });

  await page.getByRole("link", { name: "PV de recette (imprimable)" }).click();
  const pv = page.getByTestId("pv");
  await expect(pv.getByRole("heading", { level: 1 })).toContainText("Procès-verbal de recette");
  await expect(pv).toContainText("Maison Crédit (boutique de démonstration)");
  await expect(pv.locator('[data-case="SCFRSP-3XTS/accepted"]')).toContainText(reference);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("pv-page.png"), fullPage: true });

  const pdf = await page.request.get("/admin/go-live/pv.pdf");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true });
  expect(text).toContain("Maison Crédit (boutique de démonstration)");
  expect(text).toContain(`Commande : ${reference}`);
});

test("the go-live page and the PV speak the back office's languages, on a phone too; the PV download is for admins only", async ({ page, request }) => {
  await signInAsAdmin(page, "/admin/go-live", "de");
  await page.goto("/admin/go-live");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Go-live-Checkliste");
  await expect(page.locator('[data-check="orias"]')).toContainText("ORIAS-Nummer");
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("go-live-de-phone.png"), fullPage: true });
  await page.getByRole("link", { name: "Abnahmeprotokoll (druckbar)" }).click();
  await expect(page.getByTestId("pv")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const anonymous = await request.get("/admin/go-live/pv.pdf", { headers: { cookie: "" } });
  expect(anonymous.status()).toBe(401);
});
