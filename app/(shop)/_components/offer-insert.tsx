import { connection } from "next/server";
import type { HTMLAttributes } from "react";
import Link from "next/link";
import { FINANCING_TERMS_PATH } from "@/server/shop/compliance/terms";
import type { DecisionItem } from "@/server/shop/financing/decision";
import { offerTeaser } from "@/server/shop/financing/offer-teaser";
import type { Locale, Preferences } from "@/server/shop/i18n/locales";
import { messagesFor } from "@/server/shop/i18n/messages";
import { i18nFor } from "@/server/shop/i18n/server";
import { shopFinancing } from "@/server/shop/financing/shop-financing";
import { FinancingGaps } from "./financing-gaps";
import { OfferCards } from "./offer-cards";

/**
 * Invoker commands (`commandfor`/`command`) open and close the native <dialog>
 * with no script of ours: the insert is server-rendered, and only the dialog's
 * duration choice is a client component. React passes these attributes through.
 */
const invoke = (dialogId: string, command: "show-modal" | "close") => ({ commandfor: dialogId, command }) as HTMLAttributes<HTMLButtonElement>;

/**
 * The compact financing insert next to a price ("ou 3 × 149,68 € sans frais ·
 * dès 38,01 €/mois"), for an amount the server computed (price × quantity, or
 * the cart's total), and its dialog with every solution side by side: the
 * solutions the merchant's settings allow for these items on this page.
 */
export async function OfferInsert(props: { amountCents: number; items: readonly DecisionItem[]; placement: "product" | "cart"; dialogId: string } & Preferences) {
  const { amountCents, locale, country, items, placement, dialogId } = props;
  // Per request, never in a cached page: the offers follow the bank's answers and the merchant's settings.
  await connection();
  const { t, fmt } = i18nFor({ locale, country });
  const { offers: result, decision } = await shopFinancing({ amountCents, country, items, placement, locale });
  if (!decision.advertised) return null;
  const gaps = <FinancingGaps decision={decision} scope={placement} t={t} fmt={fmt} />;
  if (result.status === "unavailable") {
    return (
      <section className="offer-insert" aria-label={t.offers.teaserLabel} data-testid="offer-insert">
        <p className="muted">{t.offers.unavailable}</p>
        {gaps}
      </section>
    );
  }
  const { offers } = result;
  const teaser = offerTeaser(offers);
  const logo = teaser.split?.logoUrl ?? teaser.credit?.logoUrl;
  const parts = [
    teaser.split && t.offers.teaserSplit(teaser.split.count, fmt.money(teaser.split.amountCents), teaser.split.noFees),
    teaser.credit && t.offers.teaserCredit(fmt.money(teaser.credit.monthlyCents)),
  ].filter((part): part is string => Boolean(part));
  const legalTexts = [...new Set(offers.map((o) => o.kit.legalText).filter((text): text is string => Boolean(text)))];
  const titleId = `${dialogId}-title`;
  return (
    <section className="offer-insert" aria-label={t.offers.teaserLabel} data-testid="offer-insert">
      {offers.length === 0 ? (
        decision.excludedItems.length === 0 && <p className="muted">{t.offers.noneForAmount}</p>
      ) : (
        <div className="offer-insert-main">
          {/* eslint-disable-next-line @next/next/no-img-element -- the bank's own asset, on the bank's host */}
          {logo && <img src={logo} alt="" className="offer-insert-logo" width={72} height={20} />}
          <p className="offer-teaser" data-testid="offer-teaser">
            {parts.join(" · ")}
          </p>
          <button type="button" className="link-button" aria-haspopup="dialog" {...invoke(dialogId, "show-modal")}>
            {t.offers.seeOffers}
          </button>
        </div>
      )}
      {gaps}
      {legalTexts.map((text) => (
        <p key={text} className="legal" lang={offers.find((o) => o.kit.legalText === text)?.market === "DE" ? "de" : "fr"}>
          {text}
        </p>
      ))}
      {offers.length > 0 && (
        <p className="legal">
          <Link href={FINANCING_TERMS_PATH}>{t.terms.link}</Link>
        </p>
      )}
      {offers.length > 0 && (
        <dialog id={dialogId} className="offer-dialog" aria-labelledby={titleId} data-count={Math.min(offers.length, 3)}>
          <div className="offer-dialog-head">
            <h2 id={titleId}>{t.offers.title}</h2>
            <button type="button" className="button button-secondary" {...invoke(dialogId, "close")}>
              {t.offers.close}
            </button>
          </div>
          <p className="muted small">{fmt.money(amountCents)}</p>
          <OfferCards offers={offers} />
          {offers.some((o) => o.kind === "credit") && <p className="hint">{t.offers.durationAtBank}</p>}
        </dialog>
      )}
    </section>
  );
}

export function OfferInsertSkeleton({ locale }: { locale: Locale }) {
  const t = messagesFor(locale);
  return (
    <section className="offer-insert offers-loading" aria-busy="true">
      <p role="status" className="muted">
        {t.offers.loading}
      </p>
    </section>
  );
}
