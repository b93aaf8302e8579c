import type { Offer } from "./offer-types";

/**
 * The one line a product card, the price's insert and the cart show before
 * any detail: the split payment with the fewest instalments ("3 × 149,68 €",
 * with or without fees) and the credit's lowest monthly payment ("dès 38,01
 * €/mois", its longest duration). Type-only imports: safe for client code.
 */
export interface OfferTeaser {
  split?: { count: number; amountCents: number; noFees: boolean; logoUrl?: string };
  credit?: { monthlyCents: number; months: number; logoUrl?: string };
}

export function offerTeaser(offers: readonly Offer[]): OfferTeaser {
  const teaser: OfferTeaser = {};
  for (const offer of offers) {
    if (offer.kind === "split") {
      const simulation = offer.simulations[0];
      const first = simulation?.installments[0];
      if (!simulation || !first || (teaser.split && teaser.split.count <= simulation.duration)) continue;
      teaser.split = { count: simulation.duration, amountCents: first.amountCents, noFees: simulation.feesCents === 0, logoUrl: offer.kit.logoUrl };
    } else {
      for (const simulation of offer.simulations) {
        const monthly = simulation.installments[0]?.amountCents;
        if (monthly === undefined || (teaser.credit && teaser.credit.monthlyCents <= monthly)) continue;
        teaser.credit = { monthlyCents: monthly, months: simulation.duration, logoUrl: offer.kit.logoUrl };
      }
    }
  }
  return teaser;
}
