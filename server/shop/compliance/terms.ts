import type { FeeModel } from "@/server/env";
import { feeModel } from "./fee-model";

/** The financing terms page of the shop (the footer, the product insert and the checkout link it). */
export const FINANCING_TERMS_PATH = "/financing-terms";

/**
 * The lender's legal mentions of French split payment come in two versions:
 * with fees (the buyer pays part of the cost) and without (the merchant pays
 * it all). The terms page must link the one each contracted solution has.
 */
export const LEGAL_MENTIONS_FILES = {
  withFees: "NXWEB-MENTIONS-3X4X-AVECFRAIS.pdf",
  withoutFees: "NXWEB-MENTIONS-3X4X-SANSFRAIS.pdf",
} as const;

export type Lender = "FRANFINANCE" | "HANSEATIC BANK";

/** One solution of the merchant's contract, as the terms page lists it. */
export interface ContractLine {
  readonly solutionCode: string;
  readonly country: "FR" | "DE";
  readonly kind: "split" | "credit";
  /** Instalments of a split payment; null for credit. */
  readonly installments: number | null;
}

export interface TermsSolution extends ContractLine {
  readonly lender: Lender;
  /** Null when neither the code nor the configuration says who pays. */
  readonly feeModel: FeeModel | null;
}

export interface LegalMentions {
  readonly file: string;
  readonly url: string;
  readonly withFees: boolean;
  readonly solutions: readonly TermsSolution[];
}

export interface FinancingTerms {
  readonly solutions: readonly TermsSolution[];
  /** One per fee version the split-payment solutions need (none without split payment). */
  readonly mentions: readonly LegalMentions[];
  /** Codes whose fee model is unknown: their mentions cannot be chosen (MERCHANT_FEE_MODELS must say it). */
  readonly unknownFeeModels: readonly string[];
  /** The French lender is in the contract: its texts need the merchant's ORIAS number. */
  readonly french: boolean;
}

/** What the financing terms page shows for a contract: lenders, who pays, and the legal-mentions documents. */
export function financingTerms(contract: readonly ContractLine[], overrides: Readonly<Record<string, FeeModel>>, documentsUrl: string): FinancingTerms {
  const solutions = contract.map((line): TermsSolution => ({
    ...line,
    lender: line.country === "FR" ? "FRANFINANCE" : "HANSEATIC BANK",
    feeModel: feeModel(line.solutionCode, overrides),
  }));
  const splits = solutions.filter((s) => s.kind === "split" && s.feeModel !== null);
  const mentions = [true, false].flatMap((withFees): LegalMentions[] => {
    // The merchant paying every cost is the only case without fees for the buyer.
    const covered = splits.filter((s) => (s.feeModel !== "merchant") === withFees);
    const file = withFees ? LEGAL_MENTIONS_FILES.withFees : LEGAL_MENTIONS_FILES.withoutFees;
    return covered.length === 0 ? [] : [{ file, url: `${documentsUrl}/${file}`, withFees, solutions: covered }];
  });
  return {
    solutions,
    mentions,
    unknownFeeModels: solutions.filter((s) => s.feeModel === null).map((s) => s.solutionCode),
    french: solutions.some((s) => s.country === "FR"),
  };
}
