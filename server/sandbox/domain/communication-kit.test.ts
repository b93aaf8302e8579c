import { describe, expect, it } from "vitest";
import type { EligibleSolution } from "@/server/contract";
import {
  communicationKit,
  conditions,
  eligibleSolutionToApi,
  kitAssetPaths,
  representativeExample,
} from "./communication-kit";
import { contractErrors } from "./contract-schema.test-support";
import { SOLUTIONS, getSolution } from "./solutions";

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("communicationKit", () => {
  it("speaks the market's language with the real kind of legal mention", () => {
    for (const s of SOLUTIONS) {
      const kit = communicationKit(s);
      expect(kit.solutionCode).toBe(s.code);
      if (s.market === "FR") {
        expect(plain(kit.visualLegalText)).toContain(
          "Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.",
        );
        expect(kit.visualLegalText).toContain("FRANFINANCE");
        // The merchant writes its own number in place of the placeholder: the bank's kit ends with it.
        expect(kit.visualLegalText).toMatch(/immatriculé à l'ORIAS sous le numéro XXXXX\.$/);
      } else {
        expect(kit.visualLegalText).not.toContain("ORIAS");
        expect(kit.visualLegalText).toContain("Bonität vorausgesetzt");
        expect(kit.visualLegalText).toContain("HANSEATIC BANK");
        expect(kit.visualAdditionalInformation).toContain("Repräsentatives Beispiel");
      }
    }
    expect(communicationKit(getSolution("SCDELT-DXCO")).visualLegalText).toContain("Provision");
    expect(communicationKit(getSolution("SCDELT-DXTS")).visualLegalText).not.toContain("Provision");
  });

  it("quotes the simulator's own figures in the representative example", () => {
    for (const s of SOLUTIONS) {
      const { simulation } = representativeExample(s);
      const info = plain(communicationKit(s).visualAdditionalInformation);
      const apr = simulation.effectiveAnnualPercentageRate.toFixed(2).replace(".", ",");
      expect(info).toContain(`${apr} %`);
    }
    const info = plain(communicationKit(getSolution("SCFRLT-TXNO")).visualAdditionalInformation);
    expect(info).toContain("12 mensualités de 87,87 € (la dernière de 87,86 €)");
    expect(info).toContain("TAEG fixe 10,36 %");
    expect(plain(communicationKit(getSolution("SCFRSP-3XPS")).visualAdditionalInformation)).toContain(
      "une première mensualité de 104,35 € (dont 4,35 € de frais) puis 2 de 100,00 €",
    );
    expect(plain(communicationKit(getSolution("SCFRSP-3XTS")).visualAdditionalInformation)).toContain("3 mensualités de 100,00 €");
  });

  it("uses French typography (no-break space before a colon)", () => {
    for (const s of SOLUTIONS.filter((x) => x.market === "FR")) {
      const kit = communicationKit(s);
      for (const text of [kit.visualAdditionalInformation, kit.visualLegalText, conditions(s)]) expect(text).not.toMatch(/ [:;]/);
    }
  });

  it("points at files under /sandbox/assets, with a table image for split payment only", () => {
    for (const s of SOLUTIONS) {
      expect(kitAssetPaths(s).every((p) => p.startsWith("/sandbox/assets/"))).toBe(true);
      expect(communicationKit(s).visualTableImage !== undefined).toBe(s.kind === "split");
    }
  });
});

describe("conditions", () => {
  it("states the fees or the rates", () => {
    expect(plain(conditions(getSolution("SCFRSP-3XTS")))).toContain("Sans frais");
    expect(plain(conditions(getSolution("SCFRSP-3XPS")))).toContain("1,45 % du montant (15,00 € maximum)");
    expect(plain(conditions(getSolution("SCFRLT-TXNO")))).toContain("de 7,90 % à 18,90 %");
    expect(plain(conditions(getSolution("SCDELT-DXCO")))).toContain("5,90 % bis 9,90 %");
  });
});

describe("eligibleSolutionToApi", () => {
  it("makes asset URLs absolute on the given origin", () => {
    const body: EligibleSolution = eligibleSolutionToApi(getSolution("SCFRSP-3XTS"), "http://localhost:3000");
    expect(body.solutionCode).toBe("SCFRSP-3XTS");
    expect(body.familyCode).toBe("SC");
    expect(body.marketCode).toBe("FR");
    expect(body.communicationKit.visualLogo).toBe("http://localhost:3000/sandbox/assets/logo-franfinance-3x.svg");
    expect(body.communicationKit.visualInformationIcon).toBe("http://localhost:3000/sandbox/assets/information.svg");
    expect(body.communicationKit.visualTableImage).toBe("http://localhost:3000/sandbox/assets/table-3x.svg");
  });

  it("leaves out the table image of a long credit rather than sending null", () => {
    const body = eligibleSolutionToApi(getSolution("SCFRLT-TXNO"), "https://shop.example");
    expect("visualTableImage" in body.communicationKit).toBe(false);
  });

  it("matches the contract's ProductsAndServicesResponse for every solution", () => {
    for (const s of SOLUTIONS) {
      expect(contractErrors("ProductsAndServicesResponse", eligibleSolutionToApi(s, "https://shop.example"))).toEqual([]);
    }
    expect(contractErrors("SolutionsResponseList", { solutions: SOLUTIONS.map((s) => eligibleSolutionToApi(s, "https://x.example")) })).toEqual([]);
  });
});
