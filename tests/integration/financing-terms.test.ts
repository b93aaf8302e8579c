/**
 * The merchant's compliance texts as the shopper receives them over HTTP: the
 * lender's legal texts with the merchant's ORIAS number in place of the kit's
 * placeholder, and the generated financing terms page, per language and per
 * fee model of the contract.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../support/server";
import { baseURL } from "./sandbox-support";

async function page(base: string, path: string, locale = "fr", country = "FR"): Promise<string> {
  const res = await fetch(`${base}${path}`, { headers: { cookie: `shop_locale=${locale}; shop_country=${country}` } });
  expect(res.status, path).toBe(200);
  // Apostrophes come escaped in React's HTML; the texts are compared as read.
  return (await res.text()).replace(/&#x27;/g, "'");
}

/** The hrefs of the terms page's legal-mentions links. */
const mentionLinks = (html: string) => [...html.matchAll(/<a href="([^"]+)"[^>]*data-testid="legal-mentions"/g)].map((m) => m[1]!);

describe("the demo shop's compliance texts", () => {
  it("writes the demo ORIAS number into every French kit of the product page, and leaves no placeholder", async () => {
    const html = await page(baseURL(), "/products/machine-espresso");
    // The insert (one legal text per distinct kit) and its dialog (one per solution): three French solutions.
    expect(html.match(/immatriculé à l'ORIAS sous le numéro 00000000\./g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).not.toMatch(/ORIAS[^.<]*X{3,}/);
    expect(html).toContain('href="/financing-terms"');
  });

  it("shows no ORIAS mention in the German lender's kits", async () => {
    const html = await page(baseURL(), "/products/machine-espresso", "de", "DE");
    expect(html).toContain("HANSEATIC BANK");
    expect(html).not.toContain("ORIAS sous le numéro");
  });

  it.each([
    ["fr", "Conditions du financement", "Mentions légales du paiement en 3 ou 4 fois avec frais (PDF)", "Paiement en 4 fois par carte"],
    ["en", "Financing terms", "Legal notice of paying in 3 or 4 instalments with fees (PDF, in French)", "Pay in 4 instalments by card"],
    ["de", "Finanzierungsbedingungen", "Pflichtangaben der Zahlung in 3 oder 4 Raten mit Gebühren (PDF, französisch)", "Zahlung in 4 Raten per Karte"],
  ])("generates the terms page in %s, with the mentions of each fee model the contract has", async (locale, title, withFees, fourTimes) => {
    const html = await page(baseURL(), "/financing-terms", locale);
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain(withFees);
    expect(html).toContain(fourTimes);
    expect(html).toContain("ORIAS");
    expect(html).toContain("00000000");
    // The demo contract: 3x paid by the merchant (without fees), 4x shared (with fees).
    expect(mentionLinks(html)).toEqual([
      `${baseURL()}/sandbox/assets/NXWEB-MENTIONS-3X4X-AVECFRAIS.pdf`,
      `${baseURL()}/sandbox/assets/NXWEB-MENTIONS-3X4X-SANSFRAIS.pdf`,
    ]);
  });

  it("links documents that are there", async () => {
    for (const url of mentionLinks(await page(baseURL(), "/financing-terms"))) {
      const res = await fetch(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get("content-type"), url).toContain("application/pdf");
    }
  });

  it("is linked from every shop page's footer", async () => {
    expect(await page(baseURL(), "/")).toMatch(/<footer[\s\S]*href="\/financing-terms"/);
  });
});

describe("a merchant with its own ORIAS number and fee model", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ quiet: true, extraEnv: { MERCHANT_ORIAS: "07 023 456", MERCHANT_NAME: "Cafés Martin SAS", MERCHANT_FEE_MODELS: "SCFRSP-4XPS=merchant" } });
  });
  afterAll(() => server?.stop());

  it("writes its number into the kits", async () => {
    const html = await page(server.baseURL, "/products/machine-espresso");
    expect(html).toContain("immatriculé à l'ORIAS sous le numéro 07023456.");
    expect(html).not.toContain("00000000");
  });

  it("links only the mentions without fees once the merchant pays every split payment", async () => {
    const html = await page(server.baseURL, "/financing-terms");
    expect(html).toContain("Cafés Martin SAS intervient en qualité d'intermédiaire");
    expect(mentionLinks(html)).toEqual([`${server.baseURL}/sandbox/assets/NXWEB-MENTIONS-3X4X-SANSFRAIS.pdf`]);
  });
});
