import type { SubscriptionView } from "@/server/sandbox/console/controls-client";
import { consoleHref, shortId, Tone, when } from "./console-bits";
import { ConsoleTable } from "./console-table";

/** The controls' page size (server/sandbox/console/controls-client.ts). */
export const SUBSCRIPTIONS_PAGE_SIZE = 50;

/**
 * The merchant's subscriptions, newest first, a page at a time: a test
 * merchant collects dozens, and the one being looked at is shown above the
 * list (its link lands on it), not under it.
 */
export function SubscriptionsTable({
  merchantId,
  subscriptions,
  total,
  selected,
  page,
}: {
  merchantId: string;
  subscriptions: SubscriptionView[];
  total: number;
  selected?: string;
  page: number;
}) {
  const pages = Math.max(1, Math.ceil(total / SUBSCRIPTIONS_PAGE_SIZE));
  const first = total === 0 ? 0 : (page - 1) * SUBSCRIPTIONS_PAGE_SIZE + 1;
  const last = Math.min(total, page * SUBSCRIPTIONS_PAGE_SIZE);
  return (
    <section className="console-panel" aria-labelledby="subs-title">
      <h2 id="subs-title">Subscriptions ({total})</h2>
      {subscriptions.length === 0 ? (
        <p className="console-muted">None yet.</p>
      ) : (
        <ConsoleTable
          rows={subscriptions}
          rowKey={(sub) => sub.id}
          isCurrent={(sub) => sub.id === selected}
          columns={[
            {
              header: "Id",
              cell: (sub) => (
                <a href={`${consoleHref({ m: merchantId, s: sub.id, p: page })}#subscription`}>
                  <code>{shortId(sub.id)}</code>
                </a>
              ),
            },
            {
              header: "Order",
              title: (sub) => sub.merchantGlobalOrderId,
              cell: (sub) => <code>{shortId(sub.merchantGlobalOrderId)}</code>,
            },
            { header: "Solution", cell: (sub) => sub.solutionCode },
            { header: "Financed (€)", numeric: true, cell: (sub) => sub.financedAmount.toFixed(2) },
            { header: "Status", cell: (sub) => <Tone value={sub.status} /> },
            { header: "Sub-status", wrap: true, cell: (sub) => sub.subStatus },
            { header: "Last change", cell: (sub) => when(sub.lastUpdateAt) },
          ]}
        />
      )}
      {pages > 1 ? (
        <nav className="console-pager" aria-label="Pages of subscriptions">
          <span className="console-muted">
            {first}–{last} of {total} · page {page} of {pages}
          </span>
          {page > 1 ? (
            <a href={consoleHref({ m: merchantId, s: selected, p: page - 1 })} rel="prev">
              ← Newer
            </a>
          ) : null}
          {page < pages ? (
            <a href={consoleHref({ m: merchantId, s: selected, p: page + 1 })} rel="next">
              Older →
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
