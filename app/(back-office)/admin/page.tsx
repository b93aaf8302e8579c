import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { consolidatedLabel, solutionLabel } from "@/server/shop/admin/labels";
import { requireAdmin } from "@/server/shop/auth/session";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
import { CONSOLIDATED_STATUSES, ORDER_STATES } from "@/server/shop/orders/states";
import { serverCaller } from "@/server/shop/trpc/server";
import { BankStatus, CancellationRequestedBadge, HoldBadge, StateBadge } from "./_components/badges";
import { Pager } from "./_components/pager";
import { SyncAll } from "./_components/sync-all";
import { Time } from "./_components/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminI18n()).t.meta.orders };
}

const PAGE_SIZE = 25;

// Unknown or malformed parameters fall back to "no filter" rather than an error page.
const paramsSchema = z.object({
  state: z.enum(ORDER_STATES).optional().catch(undefined),
  bank: z.enum(CONSOLIDATED_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  hold: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

type Params = z.output<typeof paramsSchema>;

function href(params: Params, change: Partial<Params>): string {
  const next = { ...params, page: undefined, ...change };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) if (value !== undefined && value !== "") query.set(key, String(value));
  const search = query.toString();
  return search ? `/admin?${search}` : "/admin";
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const params = paramsSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  await requireAdmin(href(params, { page: params.page }));
  const caller = await serverCaller();
  const { t, fmt } = await getAdminI18n();
  const result = await caller.admin.orders.list({
    state: params.state,
    bankStatus: params.bank,
    search: params.q || undefined,
    onHoldOnly: params.hold === "1",
    page: params.page ?? 1,
    pageSize: PAGE_SIZE,
  });
  const { counts, onHoldCount } = result;
  const allCount = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const { now } = result;
  const filtered = Boolean(params.state || params.bank || params.q || params.hold);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t.orders.title}</h1>
          <p className="muted">{t.orders.intro}</p>
        </div>
        <SyncAll />
      </div>

      <nav aria-label={t.orders.byState}>
        <ul className="state-tabs">
          <li>
            <Link href={href(params, { state: undefined })} aria-current={params.state ? undefined : "page"}>
              {t.orders.all} <span className="count">{allCount}</span>
            </Link>
          </li>
          {ORDER_STATES.map((state) => (
            <li key={state}>
              <Link
                href={href(params, { state })}
                aria-current={params.state === state ? "page" : undefined}
                className={counts[state] === 0 ? "empty" : undefined}
                title={t.states[state].description}
                data-state-tab={state}
              >
                {t.states[state].label} <span className="count">{counts[state]}</span>
              </Link>
            </li>
          ))}
          {onHoldCount > 0 && (
            <li>
              <Link href={href(params, { hold: params.hold ? undefined : "1" })} aria-current={params.hold ? "page" : undefined}>
                {t.orders.onHold} <span className="count">{onHoldCount}</span>
              </Link>
            </li>
          )}
        </ul>
      </nav>

      <form className="filters" method="get" action="/admin" role="search" aria-label={t.orders.filter}>
        {params.state && <input type="hidden" name="state" value={params.state} />}
        <label className="grow">
          {t.orders.search}
          <input type="search" name="q" defaultValue={params.q ?? ""} placeholder={t.orders.searchPlaceholder} maxLength={100} />
          <span className="hint">{t.orders.searchHint}</span>
        </label>
        <label>
          {t.orders.bankStatus}
          <select name="bank" defaultValue={params.bank ?? ""}>
            <option value="">{t.common.any}</option>
            {CONSOLIDATED_STATUSES.map((status) => (
              <option key={status} value={status}>
                {consolidatedLabel(status, t)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" name="hold" value="1" defaultChecked={params.hold === "1"} /> {t.orders.onHoldOnly}
        </label>
        <button type="submit">{t.common.apply}</button>
        {filtered && (
          <Link className="button secondary" href="/admin">
            {t.common.clearFilters}
          </Link>
        )}
      </form>

      <div className="table-wrap" tabIndex={0}>
        <table>
          <caption className="sr-only">{t.orders.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.orders.columns.order}</th>
              <th scope="col">{t.orders.columns.buyer}</th>
              <th scope="col" className="num">
                {t.orders.columns.amount}
              </th>
              <th scope="col">{t.orders.columns.solution}</th>
              <th scope="col">{t.orders.columns.state}</th>
              <th scope="col">{t.orders.columns.bankStatus}</th>
              <th scope="col">{t.orders.columns.lastSync}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.length === 0 && (
              <tr>
                <td colSpan={7} className="empty-row">
                  {filtered ? t.orders.noMatch : t.orders.noneYet}
                </td>
              </tr>
            )}
            {result.items.map((order) => (
              <tr key={order.id} data-order-id={order.id}>
                <td>
                  <Link href={`/admin/orders/${order.id}`} className="mono">
                    {order.reference}
                  </Link>
                  <span className="sub">
                    <Time ms={order.createdAt} />
                  </span>
                </td>
                <td>
                  {order.buyerName}
                  <span className="sub">{order.buyerEmail}</span>
                </td>
                <td className="num">
                  {fmt.money(order.totalCents)}
                  {order.financedCents !== order.totalCents && <span className="sub">{t.orders.financed(fmt.money(order.financedCents))}</span>}
                </td>
                <td>
                  {solutionLabel(order.solutionCode, t)}
                  <span className="sub mono">{order.solutionCode}</span>
                </td>
                <td>
                  <StateBadge state={order.state} /> {order.cancellationRequested && <CancellationRequestedBadge />} {order.onHold && <HoldBadge reason={null} />}
                </td>
                <td>
                  <BankStatus
                    status={order.bankStatus}
                    subStatus={order.bankSubStatus}
                    cancellationStatus={order.cancellationStatus}
                    cancelledByMerchant={order.financedCents === 0}
                  />
                </td>
                <td className="nowrap">
                  <Time ms={order.lastSyncedAt} now={now} relative />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={result.page} pageSize={result.pageSize} total={result.total} of="orders" hrefFor={(page) => href(params, { page })} />
    </>
  );
}
