import type { Country } from "../i18n/locales";
import { solutionKind, splitInstallments, type SolutionKind } from "./solution-kind";

/**
 * The financing this merchant contracted with the bank, and the amounts its
 * contract allows for each solution. The bank's eligibility answer stays the
 * judge of what is offered; these ranges only let the shop tell a shopper,
 * before the checkout, which amount each financing starts at (the API answers
 * "eligible" or not for one amount and never says why). A real merchant copies
 * them from its own contract.
 */
export interface ContractedSolution {
  readonly solutionCode: string;
  readonly country: Country;
  readonly minCents: number;
  readonly maxCents: number;
}

export const CONTRACTED_SOLUTIONS: readonly ContractedSolution[] = [
  { solutionCode: "SCFRSP-3XTS", country: "FR", minCents: 5_000, maxCents: 300_000 },
  { solutionCode: "SCFRSP-4XPS", country: "FR", minCents: 10_000, maxCents: 300_000 },
  { solutionCode: "SCFRLT-TXPS", country: "FR", minCents: 20_000, maxCents: 600_000 },
  { solutionCode: "SCDELT-DXTS", country: "DE", minCents: 20_000, maxCents: 500_000 },
];

/** A contracted solution the amount is outside of: what it needs, in words the shop can render. */
export interface FinancingGap {
  readonly kind: SolutionKind;
  /** Instalments of a split payment; null for credit. */
  readonly installments: number | null;
  readonly minCents: number;
  readonly maxCents: number;
  /** How much is missing to reach the minimum (0 when the amount is above the maximum instead). */
  readonly missingCents: number;
  readonly tooHigh: boolean;
}

/**
 * The billing country's contracted solutions that this amount is below or above,
 * fewest instalments first. Empty when the amount is within every range.
 */
export function financingGaps(amountCents: number, country: Country, contract: readonly ContractedSolution[] = CONTRACTED_SOLUTIONS): FinancingGap[] {
  return contract
    .filter((s) => s.country === country && (amountCents < s.minCents || amountCents > s.maxCents))
    .map((s) => ({
      kind: solutionKind(s.solutionCode),
      installments: splitInstallments(s.solutionCode),
      minCents: s.minCents,
      maxCents: s.maxCents,
      missingCents: Math.max(0, s.minCents - amountCents),
      tooHigh: amountCents > s.maxCents,
    }))
    .sort((a, b) => (a.installments ?? 99) - (b.installments ?? 99));
}
