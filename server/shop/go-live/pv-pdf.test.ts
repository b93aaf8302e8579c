import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { pvDocument } from "./pv-de-recette";
import { REPORT } from "./pv-de-recette.test-support";
import { pvPdf } from "./pv-pdf";

/** The text a reader of the PDF gets, spaces evened out. */
async function textOf(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

describe("the PV de recette as a PDF", () => {
  it("holds the merchant, environment, date and each case with its order, subscription, amounts, statuses and times", async () => {
    const pv = pvDocument({ merchant: "Cafés Martin SAS", orias: "07023456", bankEnvironment: "uatc", report: REPORT, now: Date.UTC(2026, 10, 21, 8, 30) });
    const bytes = await pvPdf(pv);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = await textOf(bytes);
    for (const expected of [
      "Procès-verbal de recette",
      "Marchand : Cafés Martin SAS",
      "N° ORIAS : 07023456",
      "Environnement : UATC (recette)",
      "Établi le : 21/11/2026 09:30:00",
      "[OK] SCFRSP-3XTS — Paiement fractionné accepté",
      "Commande : 0F8E4C1A2B — souscription : SUB-20261120-0001",
      "Montants : commande 989,00 €, financé 989,00 €",
      "Statuts : INITIALIZED > ACCEPTED",
      "passée le 20/11/2026 10:00:00, acceptée le 20/11/2026 10:01:00",
      "[À FAIRE] SCFRSP-3XTS — Paiement fractionné refusé",
      "Reste à faire : Passer une commande SCFRSP-3XTS sur UATC (recette)",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("flows onto further pages when the cases do not fit on one", async () => {
    const many = { ...REPORT, cases: Array.from({ length: 30 }, (_, i) => ({ ...REPORT.cases[0]!, id: `case-${i}` })) };
    const pv = pvDocument({ merchant: "Cafés Martin SAS", orias: "07023456", bankEnvironment: "uatc", report: many, now: Date.UTC(2026, 10, 21) });
    const doc = await getDocumentProxy(await pvPdf(pv));
    expect(doc.numPages).toBeGreaterThan(1);
    expect((await textOf(await pvPdf(pv))).match(/0F8E4C1A2B/g)).toHaveLength(30);
  });
});
