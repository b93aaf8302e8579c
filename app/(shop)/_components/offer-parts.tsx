"use client";
import { useId } from "react";
import type { Simulation } from "@/server/shop/bank/simulation";
import type { Offer } from "@/server/shop/financing/offer-types";
import { useI18n } from "@/app/_client/i18n";
import { ScheduleList } from "./schedule-list";

/** The kit is written in the solution's market language: say so to screen readers. */
export const marketLang = (offer: Offer) => (offer.market === "DE" ? "de" : "fr");

/** The merchant's title is in the shopper's language (the page's); the bank's kit in its market's. */
export const offerTitleLang = (offer: Offer) => (offer.merchantTitle ? undefined : marketLang(offer));

/** Default duration shown for a credit: 12 months when offered, else the shortest. */
export function defaultDuration(offer: Offer): number | undefined {
  return (offer.simulations.find((s) => s.duration === 12) ?? offer.simulations[0])?.duration;
}

export function OfferHeadline({ offer, simulation }: { offer: Offer; simulation?: Simulation }) {
  const { t, fmt } = useI18n();
  if (!simulation) return null;
  const first = simulation.installments[0]?.amountCents ?? 0;
  return (
    <p className="offer-headline">
      {offer.kind === "split"
        ? t.offers.splitHeadline(simulation.duration, fmt.money(first))
        : t.offers.creditHeadline(fmt.money(first), simulation.duration)}
    </p>
  );
}

export function DurationSelect({ offer, value, onChange }: { offer: Offer; value: number | undefined; onChange: (months: number) => void }) {
  const { t } = useI18n();
  const id = useId();
  if (offer.kind !== "credit" || offer.simulations.length < 2) return null;
  return (
    <div className="field inline-field">
      <label htmlFor={id}>{t.offers.duration}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {offer.simulations.map((s) => (
          <option key={s.duration} value={s.duration}>
            {t.offers.months(s.duration)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The figures of one simulation: schedule for split payment, rates and costs for credit. */
export function SimulationFigures({ offer, simulation }: { offer: Offer; simulation: Simulation }) {
  const { t, fmt } = useI18n();
  return (
    <div className="simulation">
      {offer.kind === "split" && (
        <>
          <h4 className="small-heading">{t.offers.schedule}</h4>
          <ScheduleList installments={simulation.installments} t={t} fmt={fmt} />
        </>
      )}
      <dl className="figures">
        {offer.kind === "credit" && (
          <>
            <dt>{t.offers.monthly}</dt>
            <dd>{fmt.money(simulation.installments[0]?.amountCents ?? 0)}</dd>
            <dt>{t.offers.duration}</dt>
            <dd>{t.offers.months(simulation.duration)}</dd>
            <dt>{t.offers.nominalRate}</dt>
            <dd>{fmt.percent(simulation.nominalPercent)}</dd>
          </>
        )}
        <dt>{t.offers.apr}</dt>
        <dd>{fmt.percent(simulation.aprPercent)}</dd>
        <dt>{t.offers.fees}</dt>
        <dd>{simulation.feesCents === 0 ? t.offers.noFees : fmt.money(simulation.feesCents)}</dd>
        <dt>{t.offers.totalCost}</dt>
        <dd>{fmt.money(simulation.totalCostCents)}</dd>
        <dt>{t.offers.totalDue}</dt>
        <dd>{fmt.money(simulation.dueTotalCents)}</dd>
      </dl>
    </div>
  );
}

/** The kit's legal text, which must always be on screen wherever the offer is (as the shop completed it, ORIAS number included). */
export function OfferLegalText({ offer }: { offer: Offer }) {
  if (!offer.kit.legalText) return null;
  return (
    <p className="legal" lang={marketLang(offer)}>
      {offer.kit.legalText}
    </p>
  );
}

/** The communication kit's obligatory parts: conditions, legal text, details, documents. */
export function OfferKit({ offer }: { offer: Offer }) {
  const { t } = useI18n();
  const lang = marketLang(offer);
  return (
    <div className="offer-kit">
      <p className="offer-conditions" lang={lang}>
        {offer.conditions}
      </p>
      <OfferLegalText offer={offer} />
      <details>
        <summary>{t.offers.moreInfo}</summary>
        <p lang={lang}>{offer.kit.additionalInformation}</p>
        {offer.kit.tableImageUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- the bank's own asset, on the bank's host
          <img src={offer.kit.tableImageUrl} alt="" className="offer-table" loading="lazy" />
        )}
      </details>
      <ul className="offer-links">
        {[
          { href: offer.kit.noticeUrl, label: t.offers.notice },
          { href: offer.kit.termsUrl, label: t.offers.terms },
        ].map(
          (link) =>
            link.href && (
              <li key={link.label}>
                <a href={link.href} target="_blank" rel="noopener noreferrer">
                  {link.label} <span className="visually-hidden">{t.offers.opensInNewTab}</span>
                </a>
              </li>
            ),
        )}
      </ul>
    </div>
  );
}

export function OfferLogo({ offer }: { offer: Offer }) {
  if (!offer.kit.logoUrl) return null;
  // eslint-disable-next-line @next/next/no-img-element -- the bank's own asset, on the bank's host
  return <img src={offer.kit.logoUrl} alt="" className="offer-logo" width={120} height={32} />;
}
