import { env } from "@/server/env";
import { CONTRACTED_SOLUTIONS } from "../financing/contract";
import { solutionKind, splitInstallments } from "../financing/solution-kind";
import { financingTerms, type FinancingTerms } from "../compliance/terms";

/** The terms of this merchant's contract, with its fee models and where its legal-mentions documents are served. */
export function merchantTerms(): FinancingTerms {
  const contract = CONTRACTED_SOLUTIONS.map((s) => ({
    solutionCode: s.solutionCode,
    country: s.country,
    kind: solutionKind(s.solutionCode),
    installments: splitInstallments(s.solutionCode),
  }));
  return financingTerms(contract, env().MERCHANT_FEE_MODELS, env().MERCHANT_LEGAL_DOCUMENTS_URL);
}
