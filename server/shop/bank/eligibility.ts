/**
 * The eligibility answer reshaped into the shop's own type: which solutions
 * the bank offers for an amount and a billing country, each with the
 * communication kit the merchant must show.
 */
import type { EligibleSolution as BankSolution, EligibleSolutions } from "@/server/contract/types";
import { toEuros } from "@/server/lib/money";
import type { Country } from "../i18n/locales";

/** What the shop asks the eligibility and simulation calls: an amount, in cents, for a billing country. */
export interface FinancingQuery {
  financedCents: number;
  buyerBillingCountry: Country;
}

/** The bank's communication kit, named as the storefront uses it. */
export interface CommunicationKit {
  /** The bank's title, or the solution code when it gives none. */
  title: string;
  logoUrl?: string;
  legalText?: string;
  additionalInformation: string;
  informationIconUrl?: string;
  tableImageUrl?: string;
  noticeUrl?: string;
  termsUrl?: string;
}

export interface EligibleSolution {
  solutionCode: string;
  /** The market as the bank spells it (FR, DE). */
  marketCode: string;
  conditions: string;
  kit: CommunicationKit;
}

/** The query string of GET /eligible-solutions. */
export function eligibilityQuery(query: FinancingQuery): { financedAmount: number; buyerBillingCountry: string } {
  return { financedAmount: toEuros(query.financedCents), buyerBillingCountry: query.buyerBillingCountry };
}

function solutionOf(solution: BankSolution): EligibleSolution {
  const kit = solution.communicationKit;
  return {
    solutionCode: solution.solutionCode,
    marketCode: solution.marketCode,
    conditions: solution.conditions,
    kit: {
      title: kit.visualTitle ?? solution.solutionCode,
      logoUrl: kit.visualLogo,
      legalText: kit.visualLegalText,
      additionalInformation: kit.visualAdditionalInformation,
      informationIconUrl: kit.visualInformationIcon,
      tableImageUrl: kit.visualTableImage,
      noticeUrl: kit.visualInformationNoticeURL,
      termsUrl: kit.visualProductTermsURL,
    },
  };
}

/** "An empty json object is returned if not eligible": no list is no solution. */
export function eligibleSolutions(answer: EligibleSolutions | undefined): EligibleSolution[] {
  return (answer?.solutions ?? []).map(solutionOf);
}
