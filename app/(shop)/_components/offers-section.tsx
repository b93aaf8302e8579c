import type { Country } from "@/server/shop/i18n/locales";
import { getI18n } from "@/server/shop/i18n/server";
import { shopOffers } from "@/server/shop/financing/offers-service";
import { OffersPanel } from "./offers-panel";

/** Server part: asks the (cached) offers service; suspends while the bank answers. */
export async function OffersSection({ amountCents, country }: { amountCents: number; country: Country }) {
  const result = await shopOffers(amountCents, country);
  // No eligible solution: no block at all, no error.
  if (result.status === "ok" && result.offers.length === 0) return null;
  return <OffersPanel result={result} />;
}

export async function OffersSkeleton() {
  const { t } = await getI18n();
  return (
    <section className="offers offers-loading" aria-busy="true">
      <p role="status" className="muted">
        {t.offers.loading}
      </p>
      <div className="skeleton" />
      <div className="skeleton" />
    </section>
  );
}
