"use client";
import { useQuery } from "@tanstack/react-query";
import { toCents } from "@/server/lib/money";
import { dateTime, euros, humanizeCode } from "@/server/shop/admin/labels";
import { useTRPC } from "@/server/shop/trpc/client";

interface Props {
  orderId: string;
  hasSubscription: boolean;
  /** What the shop last stored, to point out a difference. */
  stored: { bankStatus: string | null; bankFinancedCents: number | null };
}

/** GET /subscriptions/{id} as the bank answers it now (read on opening the page, and on demand). */
export function LiveSubscription({ orderId, hasSubscription, stored }: Props) {
  const trpc = useTRPC();
  const live = useQuery(trpc.admin.orders.bankSubscription.queryOptions({ id: orderId }, { enabled: hasSubscription, staleTime: 0, refetchOnWindowFocus: false }));
  const answer = live.data;

  let body;
  if (!hasSubscription) body = <p className="muted">The bank has no subscription for this order (yet).</p>;
  else if (live.isPending) body = <p className="muted">Asking the bank…</p>;
  else if (live.error) body = <p className="notice error">{live.error.message}</p>;
  else if (answer?.error)
    body = (
      <p className="notice error" role="alert">
        The bank answered {answer.error.httpStatus ?? "nothing"}
        {answer.error.errorCode && <> ({answer.error.errorCode})</>}: {answer.error.message}
      </p>
    );
  else if (!answer?.subscription) body = <p className="muted">The bank has no subscription for this order (yet).</p>;
  else {
    const sub = answer.subscription;
    const financedCents = typeof sub.financedAmount === "number" ? toCents(sub.financedAmount) : null;
    const differs = sub.consolidatedStatus !== stored.bankStatus || (financedCents !== null && financedCents !== stored.bankFinancedCents);
    body = (
      <>
        {differs && (
          <p className="notice warn" role="note">
            The bank&apos;s answer differs from what the shop last stored ({stored.bankStatus ?? "nothing"}
            {stored.bankFinancedCents !== null && `, ${euros(stored.bankFinancedCents)}`}): use “Refresh from the bank” to apply it.
          </p>
        )}
        <dl className="facts" data-testid="live-subscription">
          <dt>Status</dt>
          <dd>
            <code>{sub.consolidatedStatus}</code>
            {sub.cancellationStatus && <span className="sub">{humanizeCode(sub.cancellationStatus)}</span>}
          </dd>
          <dt>Financed amount</dt>
          <dd>{financedCents === null ? "—" : euros(financedCents)}</dd>
          <dt>Cancellation already made</dt>
          <dd>{sub.cancellationAlreadyMade ? "Yes" : "No"}</dd>
          <dt>Solution</dt>
          <dd className="mono">
            {sub.solutionCode}
            {sub.implementationCode && ` · ${sub.implementationCode}`}
          </dd>
          <dt>Registered</dt>
          <dd>{sub.registrationTimestamp ? dateTime(Date.parse(sub.registrationTimestamp)) : "—"}</dd>
          <dt>Last update at the bank</dt>
          <dd>{sub.lastUpdateTimestamp ? dateTime(Date.parse(sub.lastUpdateTimestamp)) : "—"}</dd>
        </dl>
        <details>
          <summary>The whole answer</summary>
          <pre className="json">{JSON.stringify(sub, null, 2)}</pre>
        </details>
      </>
    );
  }

  return (
    <section className="card" style={{ marginTop: "1rem" }} aria-labelledby="live-title" aria-busy={live.isFetching}>
      <div className="page-head" style={{ marginBottom: ".5rem" }}>
        <h2 id="live-title">At the bank now</h2>
        {hasSubscription && (
          <button type="button" className="secondary" onClick={() => live.refetch()} disabled={live.isFetching}>
            {live.isFetching ? "Reading…" : "Read again"}
          </button>
        )}
      </div>
      <p className="muted small">
        <code>GET /subscriptions/{"{id}"}</code>, answered live; reading it changes nothing in the shop.
      </p>
      {body}
    </section>
  );
}
