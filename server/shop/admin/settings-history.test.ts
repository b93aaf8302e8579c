import { describe, expect, it } from "vitest";
import { CONTRACTED_SOLUTIONS } from "../financing/contract";
import { adminFormatters } from "../i18n/admin-format";
import { adminMessagesFor } from "../i18n/admin-messages";
import { settingsChangeLines } from "./settings-history";

describe("the financing settings' history in the admin's words", () => {
  const products = [{ sku: "LV-LH914", name: "Lave-linge hublot 9 kg" }];

  it("says each change with the solution's name, the amounts and the products' names, in each language", () => {
    const lines = settingsChangeLines(adminMessagesFor("fr"), adminFormatters("fr"), CONTRACTED_SOLUTIONS, products);
    expect(
      lines([
        { field: "minCents", solutionCode: "SCFRSP-3XTS", from: null, to: 15_000 },
        { field: "placement.product", solutionCode: "SCFRSP-4XPS", from: true, to: false },
        { field: "title", solutionCode: "SCFRLT-TXPS", locale: "de", from: "", to: "Kredit" },
        { field: "excludedSkus", added: ["LV-LH914"], removed: [] },
        { field: "order", from: [], to: ["SCFRLT-TXPS", "SCDELT-DXTS"] },
      ]),
    ).toEqual([
      "Paiement en 3 fois : minimum celui de la banque → 150,00\u00a0€",
      "Paiement en 4 fois : Fiches produit non",
      "Crédit long (FR) : titre en allemand « Kredit »",
      "produits non financés : + Lave-linge hublot 9 kg",
      "Ordre : Crédit long (FR), Crédit long (DE)",
    ]);
    const en = settingsChangeLines(adminMessagesFor("en"), adminFormatters("en"), CONTRACTED_SOLUTIONS, products);
    expect(en([{ field: "enabled", solutionCode: "SCDELT-DXTS", from: true, to: false }, { field: "excludedCategories", added: [], removed: ["Mobilité"] }])).toEqual([
      "Long credit (DE): switched off",
      "categories financed again: Mobilité",
    ]);
  });
});
