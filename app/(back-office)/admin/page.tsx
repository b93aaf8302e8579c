import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { consolidatedLabel, solutionLabel } from "@/server/shop/admin/labels";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
import { ORDER_STATES } from "@/db/shop/schema";
import { CONSOLIDATED_STATUSES } from "@/server/shop/bank/vocabulary";
import { serverCaller } from "@/server/shop/trpc/server";
import { BankStatus, CancellationRequestedBadge, HoldBadge, StateBadge } from "./_components/badges";
import { Pager } from "./_components/pager";
import { SyncAll } from "./_components/sync-all";
import { Time } from "./_components/time";
import { DataTable } from "../_components/data-table";
import { FilterForm, FilterSelect, listParams } from "../_components/list-filters";
import { PageHead } from "../_components/page-head";

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

export default async function OrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { params, href } = await listParams("/admin", paramsSchema, searchParams);
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
      <PageHead title={t.orders.title} intro={t.orders.intro} aside={<SyncAll />} />

      <nav aria-label={t.orders.byState}>
        <ul className="state-tabs">
          <li>
            <Link href={href({ state: undefined })} aria-current={params.state ? undefined : "page"}>
              {t.orders.all} <span className="count">{allCount}</span>
            </Link>
          </li>
          {ORDER_STATES.map((state) => (
            <li key={state}>
              <Link
                href={href({ state })}
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
              <Link href={href({ hold: params.hold ? undefined : "1" })} aria-current={params.hold ? "page" : undefined}>
                {t.orders.onHold} <span className="count">{onHoldCount}</span>
              </Link>
            </li>
          )}
        </ul>
      </nav>

      <FilterForm action="/admin" label={t.orders.filter} filtered={filtered}>
        {params.state && <input type="hidden" name="state" value={params.state} />}
        <label className="grow">
          {t.orders.search}
          <input type="search" name="q" defaultValue={params.q ?? ""} placeholder={t.orders.searchPlaceholder} maxLength={100} />
          <span className="hint">{t.orders.searchHint}</span>
        </label>
        <FilterSelect
          label={t.orders.bankStatus}
          name="bank"
          value={params.bank ?? ""}
          options={CONSOLIDATED_STATUSES.map((status) => ({ value: status, label: consolidatedLabel(status, t) }))}
        />
        <label className="inline">
          <input type="checkbox" name="hold" value="1" defaultChecked={params.hold === "1"} /> {t.orders.onHoldOnly}
        </label>
      </FilterForm>

      <DataTable
        caption={t.orders.caption}
        captionHidden
        rows={result.items}
        rowKey={(order) => order.id}
        rowData={(order) => ({ "data-order-id": order.id })}
        empty={filtered ? t.orders.noMatch : t.orders.noneYet}
        columns={[
          {
            header: t.orders.columns.order,
            cell: (order) => (
              <>
                <Link href={`/admin/orders/${order.id}`} className="mono">
                  {order.reference}
                </Link>
                <span className="sub">
                  <Time ms={order.createdAt} />
                </span>
              </>
            ),
          },
          {
            header: t.orders.columns.buyer,
            cell: (order) => (
              <>
                {order.buyerName}
                <span className="sub">{order.buyerEmail}</span>
              </>
            ),
          },
          {
            header: t.orders.columns.amount,
            num: true,
            cell: (order) => (
              <>
                {fmt.money(order.totalCents)}
                {order.financedCents !== order.totalCents && <span className="sub">{t.orders.financed(fmt.money(order.financedCents))}</span>}
              </>
            ),
          },
          {
            header: t.orders.columns.solution,
            cell: (order) => (
              <>
                {solutionLabel(order.solutionCode, t)}
                <span className="sub mono">{order.solutionCode}</span>
              </>
            ),
          },
          {
            header: t.orders.columns.state,
            cell: (order) => (
              <>
                <StateBadge state={order.state} /> {order.cancellationRequested && <CancellationRequestedBadge />} {order.onHold && <HoldBadge reason={null} />}
              </>
            ),
          },
          {
            header: t.orders.columns.bankStatus,
            cell: (order) => (
              <BankStatus status={order.bankStatus} subStatus={order.bankSubStatus} cancellationStatus={order.cancellationStatus} cancelledByMerchant={order.financedCents === 0} />
            ),
          },
          { header: t.orders.columns.lastSync, className: "nowrap", cell: (order) => <Time ms={order.lastSyncedAt} now={now} relative /> },
        ]}
      />
      <Pager page={result.page} pageSize={result.pageSize} total={result.total} of="orders" hrefFor={(page) => href({ page })} />
    </>
  );
}
