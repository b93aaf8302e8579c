"use client";
import Link from "next/link";
import { type ReactNode, useState } from "react";
import { FINANCING_TERMS_PATH } from "@/server/shop/compliance/terms";
import type { Offer, OffersResult } from "@/server/shop/financing/offer-types";
import { useI18n } from "@/app/_client/i18n";
import { defaultDuration, DurationSelect, OfferHeadline, OfferKit, OfferLegalText, OfferLogo, offerTitleLang, SimulationFigures } from "../_components/offer-parts";

function SolutionOption({ offer, checked, onSelect }: { offer: Offer; checked: boolean; onSelect: () => void }) {
  const { t } = useI18n();
  const [duration, setDuration] = useState(defaultDuration(offer));
  const simulation = offer.simulations.find((s) => s.duration === duration);
  const id = `solution-${offer.solutionCode}`;
  return (
    <li className={`solution-option${checked ? " is-selected" : ""}`}>
      <div className="solution-choice">
        <input type="radio" id={id} name="solutionCode" value={offer.solutionCode} checked={checked} onChange={onSelect} />
        <label htmlFor={id}>
          <OfferLogo offer={offer} />
          <span>
            <span className="solution-title" lang={offerTitleLang(offer)}>
              {offer.merchantTitle ?? offer.kit.title}
            </span>
            <OfferHeadline offer={offer} simulation={simulation} />
          </span>
        </label>
      </div>
      {/* The legal text is shown for every option, chosen or not; the rest of the kit opens with the choice. */}
      {!checked && <OfferLegalText offer={offer} />}
      {checked && (
        <div className="solution-details">
          <DurationSelect offer={offer} value={duration} onChange={setDuration} />
          {offer.kind === "credit" && <p className="hint">{t.checkout.durationNote}</p>}
          {simulation && <SimulationFigures offer={offer} simulation={simulation} />}
          <OfferKit offer={offer} />
        </div>
      )}
    </li>
  );
}

/** The solutions the merchant allows and the bank finds eligible for the cart, as one radio group; the chosen one shows its simulation and kit. */
export function SolutionPicker(props: { offers: OffersResult; value: string; onChange: (code: string) => void; error?: string; loading: boolean; notes?: ReactNode }) {
  const { t } = useI18n();
  const { offers, value, onChange, error, loading, notes } = props;
  return (
    <fieldset className="solutions" aria-describedby={error ? "solution-error" : "solution-hint"} aria-busy={loading}>
      <legend>{t.checkout.financing}</legend>
      <p id="solution-hint" className="hint">
        {t.checkout.financingHint} <Link href={FINANCING_TERMS_PATH}>{t.terms.link}</Link>
      </p>
      {error && (
        <p id="solution-error" className="field-error">
          {error}
        </p>
      )}
      {loading ? (
        <p role="status" className="muted">
          {t.offers.loading}
        </p>
      ) : offers.status === "unavailable" ? (
        <p role="alert" className="alert">
          {t.checkout.financingUnavailable}
        </p>
      ) : offers.offers.length === 0 ? (
        <p className="alert">{t.checkout.noFinancing}</p>
      ) : (
        <ul className="solution-list">
          {offers.offers.map((offer) => (
            <SolutionOption key={offer.solutionCode} offer={offer} checked={offer.solutionCode === value} onSelect={() => onChange(offer.solutionCode)} />
          ))}
        </ul>
      )}
      {!loading && notes}
    </fieldset>
  );
}
