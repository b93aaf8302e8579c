import { connection } from "next/server";
import type { DecisionItem } from "@/server/shop/financing/decision";
import { offerTeaser } from "@/server/shop/financing/offer-teaser";
import { shopFinancing } from "@/server/shop/financing/shop-financing";
import type { Preferences } from "@/server/shop/i18n/locales";
import { i18nFor } from "@/server/shop/i18n/server";

/**
 * How long a card waits for the bank: the catalogue lists every product, and
 * its page must finish loading even when the bank is slow; a card whose
 * offers are not there by then simply shows none (they are cached for the next view).
 */
const CARD_WAIT_MS = 1500;

/** A catalogue card's lowest instalment ("ou 3 × 149,68 €"), or its credit's monthly payment; nothing when no financing applies or the merchant advertises none here. */
export async function CardTeaser({ amountCents, locale, country, product }: { amountCents: number; product: DecisionItem } & Preferences) {
  // Per request, never in a cached page: the offers follow the bank's answers and the merchant's settings.
  await connection();
  const offers = shopFinancing({ amountCents, country, items: [product], placement: "catalogue", locale }).then((f) => f.offers);
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), CARD_WAIT_MS));
  const result = await Promise.race([offers, late]);
  if (result?.status !== "ok") return null;
  const { t, fmt } = i18nFor({ locale, country });
  const { split, credit } = offerTeaser(result.offers);
  const text = split ? t.offers.teaserSplit(split.count, fmt.money(split.amountCents), false) : credit ? t.offers.teaserCredit(fmt.money(credit.monthlyCents)) : null;
  return text ? <span className="card-teaser">{text}</span> : null;
}
