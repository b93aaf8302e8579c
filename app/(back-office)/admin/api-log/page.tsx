import type { Metadata } from "next";
import { z } from "zod";
import { operationLabel } from "@/server/shop/admin/labels";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
import { serverCaller } from "@/server/shop/trpc/server";
import { ApiCallsTable } from "../_components/api-calls-table";
import { Pager } from "../_components/pager";
import { FilterForm, FilterSelect, listParams } from "../../_components/list-filters";
import { PageHead } from "../../_components/page-head";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminI18n()).t.meta.apiLog };
}

const PAGE_SIZE = 50;
const STATUSES = [200, 201, 204, 400, 401, 403, 404, 422, 429, 500, 502, 503, 504];

const paramsSchema = z.object({
  operation: z.string().regex(/^[A-Za-z]{1,80}$/).optional().catch(undefined),
  // "failed", or one HTTP status.
  outcome: z.union([z.literal("failed"), z.coerce.number().int().min(100).max(599)]).optional().catch(undefined),
  order: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export default async function ApiLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { raw, params, href } = await listParams("/admin/api-log", paramsSchema, searchParams);
  const caller = await serverCaller();
  const { t } = await getAdminI18n();
  const [log, operations] = await Promise.all([
    caller.admin.apiLog.list({ operation: params.operation, outcome: params.outcome, orderId: params.order, page: params.page ?? 1, pageSize: PAGE_SIZE }),
    caller.admin.apiLog.operations(),
  ]);
  const filtered = Boolean(params.operation || params.outcome || params.order);

  return (
    <>
      <PageHead title={t.apiLog.title} intro={t.apiLog.intro} />

      <FilterForm action="/admin/api-log" label={t.apiLog.filter} filtered={filtered}>
        <FilterSelect
          label={t.apiLog.operation}
          name="operation"
          value={params.operation ?? ""}
          options={operations.map((operation) => ({ value: operation, label: operationLabel(operation, t) }))}
        />
        <FilterSelect
          label={t.apiLog.status}
          name="outcome"
          value={params.outcome === undefined ? "" : String(params.outcome)}
          options={[{ value: "failed", label: t.apiLog.failed }, ...STATUSES.map((status) => ({ value: status, label: `HTTP ${status}` }))]}
        />
        <label className="grow">
          {t.apiLog.orderId}
          <input name="order" defaultValue={params.order ?? ""} placeholder={t.apiLog.orderPlaceholder} maxLength={36} className="mono" />
        </label>
      </FilterForm>
      {raw.order && !params.order && <p className="notice warn">{t.apiLog.notAnOrderId(String(raw.order))}</p>}

      <ApiCallsTable calls={log.items} caption={t.apiLog.caption} showOrder />
      <Pager page={log.page} pageSize={log.pageSize} total={log.total} of="calls" hrefFor={(page) => href({ page })} />
    </>
  );
}
