import "server-only";
import { env } from "@/server/env";
import { bankClient } from "../bank";
import { legalTextWithOrias } from "../compliance/legal-text";
import type { Country } from "../i18n/locales";
import type { Offer, OffersResult } from "./offer-types";
import { createOffersService, type OffersService } from "./offers";

// One cache per server process. On globalThis because Next bundles route
// handlers and pages separately: a module-level singleton would give the tRPC
// handler and the product page two caches, and the bank twice the calls.
const holder = globalThis as unknown as { __shopOffers?: OffersService };

function service(): OffersService {
  const { OFFERS_CACHE_SECONDS, OFFERS_STALE_IF_ERROR_SECONDS } = env();
  holder.__shopOffers ??= createOffersService({
    ttlMs: OFFERS_CACHE_SECONDS * 1000,
    staleIfErrorMs: OFFERS_STALE_IF_ERROR_SECONDS * 1000,
    bank: {
      eligibleSolutions: (query) => bankClient().getEligibleSolutions(query),
      simulateSolutions: (query) => bankClient().simulateSolutions(query),
    },
    onError: (error) => console.warn(`[offers] the bank could not be reached for offers: ${error instanceof Error ? error.message : String(error)}`),
  });
  return holder.__shopOffers;
}

/** The kit as this merchant must show it: the lender's legal text carries the merchant's ORIAS number. */
function merchantKit(offer: Offer, orias: string): Offer {
  return offer.kit.legalText ? { ...offer, kit: { ...offer.kit, legalText: legalTextWithOrias(offer.kit.legalText, orias) } } : offer;
}

/**
 * The financing offers for an amount and a billing country (cached OFFERS_CACHE_SECONDS per pair, 5 minutes by default), every kit
 * completed with the merchant's ORIAS number: every page that shows a kit gets its offers here.
 */
export async function shopOffers(amountCents: number, country: Country): Promise<OffersResult> {
  const result = await service().offers(amountCents, country);
  if (result.status !== "ok") return result;
  const orias = env().MERCHANT_ORIAS;
  return { ...result, offers: result.offers.map((offer) => merchantKit(offer, orias)) };
}
