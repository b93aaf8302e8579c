"use client";
import { useQuery } from "@tanstack/react-query";
import { cancellationLabel, consolidatedLabel, subStatusLabel } from "@/server/shop/admin/labels";
import { useAdminI18n } from "@/app/_client/admin-i18n";
import { useTRPC } from "@/app/_client/trpc";

interface Props {
  orderId: string;
  hasSubscription: boolean;
  /** What the shop last stored, to point out a difference. */
  stored: { bankStatus: string | null; bankFinancedCents: number | null };
  /** The shop cancelled all of it (the bank calls it the customer's cancellation). */
  cancelledByMerchant: boolean;
}

/** GET /subscriptions/{id} as the bank answers it now (read on opening the page, and on demand). */
export function LiveSubscription({ orderId, hasSubscription, stored, cancelledByMerchant }: Props) {
  const trpc = useTRPC();
  const { t, fmt } = useAdminI18n();
  const live = useQuery(trpc.admin.orders.bankSubscription.queryOptions({ id: orderId }, { enabled: hasSubscription, staleTime: 0, refetchOnWindowFocus: false }));
  const answer = live.data;
  const when = (ms: number | null) => (ms === null ? "—" : fmt.dateTime(ms));

  let body;
  if (!hasSubscription) body = <p className="muted">{t.live.noSubscription}</p>;
  else if (live.isPending) body = <p className="muted">{t.live.asking}</p>;
  else if (live.error) body = <p className="notice error">{live.error.message}</p>;
  else if (answer?.error)
    body = (
      <p className="notice error" role="alert">
        {t.live.bankAnswered(String(answer.error.httpStatus ?? t.live.nothing))}
        {answer.error.errorCode && <> ({answer.error.errorCode})</>}: {answer.error.message}
      </p>
    );
  else if (!answer?.reading) body = <p className="muted">{t.live.noSubscription}</p>;
  else {
    const sub = answer.reading;
    const { financedCents, subStatusText: subStatus } = sub;
    const differs = sub.consolidatedStatus !== stored.bankStatus || (financedCents !== null && financedCents !== stored.bankFinancedCents);
    body = (
      <>
        {differs && (
          <p className="notice warn" role="note">
            {t.live.differs(`${stored.bankStatus ?? t.live.nothing}${stored.bankFinancedCents !== null ? `, ${fmt.money(stored.bankFinancedCents)}` : ""}`)}
          </p>
        )}
        <dl className="facts" data-testid="live-subscription">
          <dt>{t.live.status}</dt>
          <dd>
            {consolidatedLabel(sub.consolidatedStatus, t)} <code>{sub.consolidatedStatus}</code>
            {subStatus && (
              <span className="sub">{subStatusLabel(subStatus, t, { cancelledByMerchant: cancelledByMerchant && sub.consolidatedStatus === "CANCELLED" })}</span>
            )}
            {sub.cancellationStatus && <span className="sub">{cancellationLabel(sub.cancellationStatus, t)}</span>}
          </dd>
          <dt>{t.live.financed}</dt>
          <dd>{financedCents === null ? "—" : fmt.money(financedCents)}</dd>
          <dt>{t.live.alreadyMade}</dt>
          <dd>{sub.cancellationAlreadyMade ? t.common.yes : t.common.no}</dd>
          <dt>{t.live.solution}</dt>
          <dd className="mono">
            {sub.solutionCode}
            {sub.implementationCode && ` · ${sub.implementationCode}`}
          </dd>
          <dt>{t.live.registered}</dt>
          <dd>{when(sub.registeredAt)}</dd>
          <dt>{t.live.lastUpdate}</dt>
          <dd>{when(sub.updatedAt)}</dd>
        </dl>
        <details>
          <summary>{t.live.whole}</summary>
          <pre className="json">{JSON.stringify(answer.subscription, null, 2)}</pre>
        </details>
      </>
    );
  }

  return (
    <section className="card spaced" aria-labelledby="live-title" aria-busy={live.isFetching}>
      <div className="page-head tight">
        <h2 id="live-title">{t.live.title}</h2>
        {hasSubscription && (
          <button type="button" className="secondary" onClick={() => live.refetch()} disabled={live.isFetching}>
            {live.isFetching ? t.live.reading : t.live.readAgain}
          </button>
        )}
      </div>
      <p className="muted small">
        <code>GET /subscriptions/{"{id}"}</code>, {t.live.intro}
      </p>
      {body}
    </section>
  );
}
