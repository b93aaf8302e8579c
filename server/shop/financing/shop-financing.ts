import "server-only";
import { shopDb } from "@/db/shop/client";
import type { Country, Locale } from "../i18n/locales";
import { allowedOffers, decideFinancing, type DecisionInput, type FinancingDecision } from "./decision";
import type { OffersResult } from "./offer-types";
import { shopOffers } from "./offers-service";
import { readFinancingSettings } from "./settings-store";

export interface ShopFinancing {
  /** The bank's offers the merchant allows here, in its order and under its titles. */
  offers: OffersResult;
  decision: FinancingDecision;
}

/**
 * What a page offers for an amount and its items: the merchant's decision on
 * the settings in force (read now, so a save shows at the next view), then the
 * bank's cached offers narrowed to it. When the decision allows nothing here
 * the bank is not asked at all.
 */
export async function shopFinancing(input: Omit<DecisionInput, "settings"> & { locale: Locale }): Promise<ShopFinancing> {
  const { settings } = readFinancingSettings(shopDb());
  const decision = decideFinancing({ ...input, settings });
  const base = { amountCents: input.amountCents, country: input.country as Country };
  if (decision.allowed.length === 0) return { decision, offers: { status: "ok", ...base, offers: [] } };
  const result = await shopOffers(input.amountCents, input.country);
  if (result.status !== "ok") return { decision, offers: result };
  return { decision, offers: { ...result, offers: allowedOffers(result.offers, decision, settings, input.locale) } };
}
