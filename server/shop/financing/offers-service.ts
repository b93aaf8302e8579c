import "server-only";
import { bankClient } from "../bank";
import type { Country } from "../i18n/locales";
import type { OffersResult } from "./offer-types";
import { createOffersService, type OffersService } from "./offers";

// One cache per server process. On globalThis because Next bundles route
// handlers and pages separately: a module-level singleton would give the tRPC
// handler and the product page two caches, and the bank twice the calls.
const holder = globalThis as unknown as { __shopOffers?: OffersService };

function service(): OffersService {
  holder.__shopOffers ??= createOffersService({
    bank: {
      eligibleSolutions: (financedAmount, buyerBillingCountry) => bankClient().getEligibleSolutions({ financedAmount, buyerBillingCountry }),
      simulateSolutions: (financedAmount, buyerBillingCountry) => bankClient().simulateSolutions({ financedAmount, buyerBillingCountry }),
    },
    onError: (error) => console.warn(`[offers] the bank could not be reached for offers: ${error instanceof Error ? error.message : String(error)}`),
  });
  return holder.__shopOffers;
}

/** The financing offers for an amount and a billing country (cached 5 minutes per pair). */
export function shopOffers(amountCents: number, country: Country): Promise<OffersResult> {
  return service().offers(amountCents, country);
}
