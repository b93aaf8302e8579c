import type { Country } from "../i18n/locales";

/**
 * The financing this merchant contracted with the bank, and the amounts its
 * contract allows for each solution. The bank's eligibility answer stays the
 * judge of what is offered; these ranges only let the shop tell a shopper,
 * before the checkout, which amount each financing starts at (the API answers
 * "eligible" or not for one amount and never says why). A real merchant copies
 * them from its own contract; the merchant's settings (settings.ts) may
 * narrow them, never widen them.
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
