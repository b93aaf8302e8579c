import type { Country } from "../i18n/locales";
import type { SolutionKind } from "./solution-kind";

/**
 * A financing offer as the storefront shows it: the bank's communication kit
 * (which the merchant must display) and its simulations, amounts in cents.
 * Type-only module, shared by server and client components.
 */
export interface OfferSimulation {
  /** Number of instalments (split) or months (credit). */
  duration: number;
  /** Percentages as the bank sends them: 3.9 means 3.9 %. */
  aprPercent: number;
  nominalPercent: number;
  totalCostCents: number;
  dueTotalCents: number;
  feesCents: number;
  installments: { number: number; amountCents: number }[];
}

export interface Offer {
  solutionCode: string;
  kind: SolutionKind;
  /** Market of the solution; its kit is written in that market's language. */
  market: Country;
  conditions: string;
  kit: {
    title: string;
    logoUrl?: string;
    legalText?: string;
    additionalInformation: string;
    informationIconUrl?: string;
    tableImageUrl?: string;
    noticeUrl?: string;
    termsUrl?: string;
  };
  /** The merchant's own title for the shopper's language (financing settings), shown instead of the kit's. */
  merchantTitle?: string;
  /** Sorted by duration; empty when the bank gave no simulation for this solution. */
  simulations: OfferSimulation[];
}

export type OffersResult =
  | { status: "ok"; amountCents: number; country: Country; offers: Offer[] }
  | { status: "unavailable"; amountCents: number; country: Country };
