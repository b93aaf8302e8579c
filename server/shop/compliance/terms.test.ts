import { describe, expect, it } from "vitest";
import { financingTerms, LEGAL_MENTIONS_FILES, type ContractLine } from "./terms";

const DOCS = "https://shop.example/legal";
const line = (solutionCode: string): ContractLine => ({
  solutionCode,
  country: solutionCode.startsWith("SCDE") ? "DE" : "FR",
  kind: solutionCode.slice(4, 6) === "SP" ? "split" : "credit",
  installments: solutionCode.slice(4, 6) === "SP" ? Number(solutionCode[7]) : null,
});
const codes = (terms: ReturnType<typeof financingTerms>) => terms.mentions.map((m) => [m.file, m.solutions.map((s) => s.solutionCode)]);

describe("the financing terms of a contract", () => {
  it("links the mentions without fees when the merchant pays every split payment's cost", () => {
    const terms = financingTerms([line("SCFRSP-3XTS"), line("SCFRSP-4XTS")], {}, DOCS);
    expect(codes(terms)).toEqual([[LEGAL_MENTIONS_FILES.withoutFees, ["SCFRSP-3XTS", "SCFRSP-4XTS"]]]);
    expect(terms.mentions[0]).toMatchObject({ url: `${DOCS}/NXWEB-MENTIONS-3X4X-SANSFRAIS.pdf`, withFees: false });
  });

  it("links the mentions with fees when the fees are shared", () => {
    const terms = financingTerms([line("SCFRSP-3XPS")], {}, DOCS);
    expect(codes(terms)).toEqual([["NXWEB-MENTIONS-3X4X-AVECFRAIS.pdf", ["SCFRSP-3XPS"]]]);
  });

  it("links both when the contract has both, each with its solutions", () => {
    const terms = financingTerms([line("SCFRSP-3XTS"), line("SCFRSP-4XPS"), line("SCFRLT-TXPS"), line("SCDELT-DXTS")], {}, DOCS);
    expect(codes(terms)).toEqual([
      ["NXWEB-MENTIONS-3X4X-AVECFRAIS.pdf", ["SCFRSP-4XPS"]],
      ["NXWEB-MENTIONS-3X4X-SANSFRAIS.pdf", ["SCFRSP-3XTS"]],
    ]);
    expect(terms.solutions.map((s) => [s.solutionCode, s.lender, s.feeModel])).toEqual([
      ["SCFRSP-3XTS", "FRANFINANCE", "merchant"],
      ["SCFRSP-4XPS", "FRANFINANCE", "shared"],
      ["SCFRLT-TXPS", "FRANFINANCE", "shared"],
      ["SCDELT-DXTS", "HANSEATIC BANK", "merchant"],
    ]);
    expect(terms.french).toBe(true);
  });

  it("follows the configured fee model of a code that does not say it, and names the codes nobody says", () => {
    expect(financingTerms([line("SCFRSP-3XAB")], {}, DOCS)).toMatchObject({ mentions: [], unknownFeeModels: ["SCFRSP-3XAB"] });
    const configured = financingTerms([line("SCFRSP-3XAB")], { "SCFRSP-3XAB": "merchant" }, DOCS);
    expect(configured).toMatchObject({ unknownFeeModels: [], mentions: [{ file: "NXWEB-MENTIONS-3X4X-SANSFRAIS.pdf" }] });
  });

  it("has no split-payment mentions and no ORIAS need for a German-only contract", () => {
    expect(financingTerms([line("SCDELT-DXCO")], {}, DOCS)).toMatchObject({ mentions: [], french: false, unknownFeeModels: [] });
  });
});
