import { describe, expect, it } from "vitest";
import { asksForOrias, legalTextWithOrias } from "./legal-text";

const FRENCH =
  "Un crédit vous engage et doit être remboursé. Le vendeur, mandataire non exclusif de FRANFINANCE, intervient en qualité " +
  "d'intermédiaire en opérations de banque à titre accessoire, immatriculé à l'ORIAS sous le numéro XXXXX.";

describe("the ORIAS number in the lender's legal text", () => {
  it("takes the place of the kit's placeholder, and only of it", () => {
    const text = legalTextWithOrias(FRENCH, "07023456");
    expect(text).toBe(FRENCH.replace("XXXXX", "07023456"));
    expect(asksForOrias(FRENCH)).toBe(true);
    expect(asksForOrias(text)).toBe(false);
  });

  it("reads the placeholder however long the run of X and however the kit words it", () => {
    expect(legalTextWithOrias("Immatriculé à l'ORIAS sous le n° XXXXXXXX.", "07023456")).toBe("Immatriculé à l'ORIAS sous le n° 07023456.");
    expect(legalTextWithOrias("N° ORIAS : xxxxx. Un crédit vous engage.", "07023456")).toBe("N° ORIAS : 07023456. Un crédit vous engage.");
    expect(legalTextWithOrias("ORIAS XXXXX ; mandataire ORIAS XXXXX", "07023456")).toBe("ORIAS 07023456 ; mandataire ORIAS 07023456");
  });

  it("leaves alone a text without the placeholder, and X runs that are not the ORIAS number", () => {
    const german = "Finanzierung über die HANSEATIC BANK GmbH & Co KG. Bonität vorausgesetzt.";
    expect(legalTextWithOrias(german, "07023456")).toBe(german);
    expect(asksForOrias(german)).toBe(false);
    expect(legalTextWithOrias("Modèle XXXXX. Immatriculé à l'ORIAS.", "07023456")).toBe("Modèle XXXXX. Immatriculé à l'ORIAS.");
  });
});
