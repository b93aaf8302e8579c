"use client";
import { useState } from "react";
import type { Offer } from "@/server/shop/financing/offer-types";
import { defaultDuration, DurationSelect, OfferHeadline, OfferKit, OfferLogo, offerTitleLang, SimulationFigures } from "./offer-parts";

function OfferCard({ offer }: { offer: Offer }) {
  const [duration, setDuration] = useState(defaultDuration(offer));
  const simulation = offer.simulations.find((s) => s.duration === duration);
  return (
    <li className="offer-card">
      <div className="offer-head">
        <OfferLogo offer={offer} />
        <div>
          <h3 lang={offerTitleLang(offer)}>{offer.merchantTitle ?? offer.kit.title}</h3>
          <OfferHeadline offer={offer} simulation={simulation} />
        </div>
      </div>
      <DurationSelect offer={offer} value={duration} onChange={setDuration} />
      {simulation && <SimulationFigures offer={offer} simulation={simulation} />}
      <OfferKit offer={offer} />
    </li>
  );
}

/** The solutions side by side, each with its duration choice, figures and the bank's kit. */
export function OfferCards({ offers }: { offers: readonly Offer[] }) {
  return (
    <ul className="offer-list offer-list-side">
      {offers.map((offer) => (
        <OfferCard key={offer.solutionCode} offer={offer} />
      ))}
    </ul>
  );
}
