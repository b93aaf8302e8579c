"use client";
import { useQuery } from "@tanstack/react-query";
import { toCents } from "@/server/lib/money";
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
  const when = (iso: string | null | undefined) => (iso ? fmt.dateTime(Date.parse(iso)) : "—");

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
  else if (!answer?.subscription) body = <p className="muted">{t.live.noSubscription}</p>;
  else {
    const sub = answer.subscription;
    const financedCents = typeof sub.financedAmount === "number" ? toCents(sub.financedAmount) : null;
    const differs = sub.consolidatedStatus !== stored.bankStatus || (financedCents !== null && financedCents !== stored.bankFinancedCents);
    const subStatus = (sub as { consolidatedSubstatus?: unknown }).consolidatedSubstatus;
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
            {typeof subStatus === "string" && subStatus && (
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
          <dd>{when(sub.registrationTimestamp)}</dd>
          <dt>{t.live.lastUpdate}</dt>
          <dd>{when(sub.lastUpdateTimestamp)}</dd>
        </dl>
        <details>
          <summary>{t.live.whole}</summary>
          <pre className="json">{JSON.stringify(sub, null, 2)}</pre>
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
