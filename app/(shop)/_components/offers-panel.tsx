"use client";
import { useId, useState } from "react";
import type { Offer, OffersResult } from "@/server/shop/financing/offer-types";
import { useI18n } from "@/server/shop/i18n/client";
import { defaultDuration, DurationSelect, marketLang, OfferHeadline, OfferKit, OfferLogo, SimulationFigures } from "./offer-parts";

function OfferCard({ offer }: { offer: Offer }) {
  const [duration, setDuration] = useState(defaultDuration(offer));
  const simulation = offer.simulations.find((s) => s.duration === duration);
  const titleId = useId();
  return (
    <li className="offer-card">
      <div className="offer-head">
        <OfferLogo offer={offer} />
        <div>
          <h3 id={titleId} lang={marketLang(offer)}>
            {offer.kit.title}
          </h3>
          <OfferHeadline offer={offer} simulation={simulation} />
        </div>
      </div>
      <DurationSelect offer={offer} value={duration} onChange={setDuration} />
      {simulation && <SimulationFigures offer={offer} simulation={simulation} />}
      <OfferKit offer={offer} />
    </li>
  );
}

/** The eligible offers for an amount, or a quiet note when the bank can't be reached. */
export function OffersPanel({ result }: { result: OffersResult }) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="offers" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.offers.title}</h2>
      {result.status === "unavailable" ? (
        <p className="muted">{t.offers.unavailable}</p>
      ) : (
        <>
          <ul className="offer-list">
            {result.offers.map((offer) => (
              <OfferCard key={offer.solutionCode} offer={offer} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
