import type { OrderView } from "@/server/shop/checkout/order-view";
import { splitInstallments } from "@/server/shop/financing/solution-kind";
import { getI18n } from "@/server/shop/i18n/server";

export async function OrderSummary({ view, showState = false }: { view: OrderView; showState?: boolean }) {
  const { t, fmt } = await getI18n();
  const installments = splitInstallments(view.solutionCode);
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
        <dd>
          {installments ? t.checkout.solutionSplit(installments) : t.checkout.solutionCredit} <span className="muted">({view.solutionCode})</span>
        </dd>
        {view.lastSyncedAt && (
          <>
            <dt>{t.order.lastChecked}</dt>
            <dd>{fmt.dateTime(view.lastSyncedAt)}</dd>
          </>
        )}
      </dl>
      <h3 className="small-heading">{t.order.items}</h3>
      <ul className="summary-lines">
        {view.lines.map((line, i) => (
          <li key={i}>
            <span>
              {line.label} <span className="muted">× {line.quantity}</span>
            </span>
            <span>{fmt.money(line.lineTotalCents)}</span>
          </li>
        ))}
      </ul>
      <dl className="totals">
        <dt className="grand">{t.order.total}</dt>
        <dd className="grand">{fmt.money(view.totalCents)}</dd>
      </dl>
    </section>
  );
}
