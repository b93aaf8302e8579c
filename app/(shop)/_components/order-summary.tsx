import type { OrderView } from "@/server/shop/checkout/order-view";
import { shopOffers } from "@/server/shop/financing/offers-service";
import { splitInstallments } from "@/server/shop/financing/solution-kind";
import { formatters } from "@/server/shop/i18n/format";
import { getI18n } from "@/server/shop/i18n/server";
import { ScheduleList } from "./schedule-list";

/**
 * A split payment's schedule is the bank's simulation for the financed amount
 * (read through the offers cache); a credit's depends on the duration the
 * shopper chose at the bank, which the API does not return: none is invented.
 */
async function splitSchedule(view: OrderView): Promise<{ number: number; amountCents: number }[] | null> {
  if (view.solutionKind !== "split" || view.financedCents <= 0 || view.cancelledCents > 0) return null;
  const result = await shopOffers(view.financedCents, view.country);
  if (result.status !== "ok") return null;
  return result.offers.find((o) => o.solutionCode === view.solutionCode)?.simulations[0]?.installments ?? null;
}

export async function OrderSummary({ view, showState = false }: { view: OrderView; showState?: boolean }) {
  const { t, locale } = await getI18n();
  // The order's dates in its own country's zone, whatever the shopper's current country.
  const fmt = formatters(locale, view.country);
  const installments = splitInstallments(view.solutionCode);
  const financed = view.outcome === "accepted" || view.outcome === "pre_accepted";
  const schedule = financed ? await splitSchedule(view) : null;
  const cancelled = view.state === "cancelled";
  const partlyCancelled = !cancelled && view.cancelledCents > 0;
  return (
    <section className="order-details" aria-labelledby="order-details-title">
      <h2 id="order-details-title">{t.checkout.summary}</h2>
      <dl className="order-facts">
        {showState && (
          <>
            <dt>{t.order.status}</dt>
            <dd>
              <span className="status-badge" data-testid="order-state">
                {t.order.states[view.state]}
              </span>
              {view.cancellationRequested && (
                <span className="muted small" data-testid="order-cancellation-requested">
                  {" "}
                  {t.order.cancellationRequested}
                </span>
              )}
            </dd>
          </>
        )}
        <dt>{t.order.placedOn}</dt>
        <dd>{fmt.dateTime(view.createdAt)}</dd>
        <dt>{t.order.financing}</dt>
        <dd data-testid="order-financing">{installments ? t.checkout.solutionSplit(installments) : t.checkout.solutionCredit}</dd>
        {financed && !cancelled && (
          <>
            <dt>{t.order.financedAmount}</dt>
            <dd data-testid="order-financed">{fmt.money(view.financedCents)}</dd>
          </>
        )}
        {view.shipping !== "none" && (
          <>
            <dt>{t.order.shipping}</dt>
            <dd data-testid="order-shipping">{t.order.shippingStates[view.shipping]}</dd>
          </>
        )}
        {view.tracking && !cancelled && (
          <>
            <dt>{t.order.tracking}</dt>
            <dd data-testid="order-tracking">{t.order.trackingValue(view.tracking.carrier, view.tracking.number)}</dd>
          </>
        )}
        {view.lastSyncedAt && (
          <>
            <dt>{t.order.lastChecked}</dt>
            <dd>{fmt.dateTime(view.lastSyncedAt)}</dd>
          </>
        )}
      </dl>
      {schedule && (
        <>
          <h3 className="small-heading">{t.order.financedSchedule}</h3>
          <ScheduleList installments={schedule} t={t} fmt={fmt} testId="order-schedule" />
        </>
      )}
      {financed && view.solutionKind === "credit" && <p className="hint">{t.order.creditAtBank}</p>}
      <h3 className="small-heading">{t.order.items}</h3>
      <ul className="summary-lines">
        {view.lines.map((line, i) => (
          <li key={i}>
            <span>
              {line.names[locale]}{" "}
              <span className="muted">
                × {line.quantity}
                {line.quantity > 1 ? ` (${t.order.unitPrice(fmt.money(line.unitPriceCents))})` : null}
              </span>
            </span>
            <span>{fmt.money(line.lineTotalCents)}</span>
          </li>
        ))}
      </ul>
      <dl className="totals" data-testid="order-totals">
        {cancelled ? (
          <>
            <dt>{t.order.cancelledAmount}</dt>
            <dd>{fmt.money(view.cancelledCents || view.totalCents)}</dd>
            <dt className="grand">{t.order.total}</dt>
            <dd className="grand">{fmt.money(0)}</dd>
          </>
        ) : partlyCancelled ? (
          <>
            <dt>{t.order.initialTotal}</dt>
            <dd>{fmt.money(view.totalCents)}</dd>
            <dt>{t.order.cancelledAmount}</dt>
            <dd>−{fmt.money(view.cancelledCents)}</dd>
            <dt className="grand">{t.order.remainingFinanced}</dt>
            <dd className="grand">{fmt.money(view.financedCents)}</dd>
          </>
        ) : (
          <>
            <dt className="grand">{t.order.total}</dt>
            <dd className="grand">{fmt.money(view.totalCents)}</dd>
          </>
        )}
      </dl>
      {cancelled && <p className="muted">{t.order.nothingDue}</p>}
    </section>
  );
}
