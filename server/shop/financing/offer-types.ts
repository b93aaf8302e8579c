import type { CommunicationKit } from "../bank/eligibility";
import type { Simulation } from "../bank/simulation";
import type { Country } from "../i18n/locales";
import type { SolutionKind } from "./solution-kind";

/**
 * A financing offer as the storefront shows it: the bank's communication kit
 * (which the merchant must display) and its simulations, amounts in cents.
 * Type-only module, shared by server and client components.
 */
export interface Offer {
  solutionCode: string;
  kind: SolutionKind;
  /** Market of the solution; its kit is written in that market's language. */
  market: Country;
  conditions: string;
  kit: CommunicationKit;
  /** The merchant's own title for the shopper's language (financing settings), shown instead of the kit's. */
  merchantTitle?: string;
  /** Sorted by duration; empty when the bank gave no simulation for this solution. */
  simulations: Simulation[];
}

export type OffersResult =
  | { status: "ok"; amountCents: number; country: Country; offers: Offer[] }
  | { status: "unavailable"; amountCents: number; country: Country };
