import { shopOffers } from "@/server/shop/financing/offers-service";
import { offerTeaser } from "@/server/shop/financing/offer-teaser";
import type { Country } from "@/server/shop/i18n/locales";
import { getI18n } from "@/server/shop/i18n/server";

/**
 * How long a card waits for the bank: the catalogue lists every product, and
 * its page must finish loading even when the bank is slow; a card whose
 * offers are not there by then simply shows none (they are cached for the next view).
 */
const CARD_WAIT_MS = 1500;

/** A catalogue card's lowest instalment ("ou 3 × 149,68 €"), or its credit's monthly payment; nothing when no financing applies. */
export async function CardTeaser({ amountCents, country }: { amountCents: number; country: Country }) {
  const offers = shopOffers(amountCents, country);
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), CARD_WAIT_MS));
  const [{ t, fmt }, result] = await Promise.all([getI18n(), Promise.race([offers, late])]);
  if (result?.status !== "ok") return null;
  const { split, credit } = offerTeaser(result.offers);
  const text = split ? t.offers.teaserSplit(split.count, fmt.money(split.amountCents), false) : credit ? t.offers.teaserCredit(fmt.money(credit.monthlyCents)) : null;
  return text ? <span className="card-teaser">{text}</span> : null;
}
