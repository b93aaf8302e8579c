import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { operationLabel } from "@/server/shop/admin/labels";
import { requireAdmin } from "@/server/shop/auth/session";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
import { serverCaller } from "@/server/shop/trpc/server";
import { ApiCallsTable } from "../_components/api-calls-table";
import { Pager } from "../_components/pager";

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

type Params = z.output<typeof paramsSchema>;

function href(params: Params, change: Partial<Params>): string {
  const next = { ...params, page: undefined, ...change };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) if (value !== undefined && value !== "") query.set(key, String(value));
  const search = query.toString();
  return search ? `/admin/api-log?${search}` : "/admin/api-log";
}

export default async function ApiLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const params = paramsSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  await requireAdmin(href(params, { page: params.page }));
  const caller = await serverCaller();
  const { t } = await getAdminI18n();
  const [log, operations] = await Promise.all([
    caller.admin.apiLog.list({ operation: params.operation, outcome: params.outcome, orderId: params.order, page: params.page ?? 1, pageSize: PAGE_SIZE }),
    caller.admin.apiLog.operations(),
  ]);
  const filtered = Boolean(params.operation || params.outcome || params.order);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t.apiLog.title}</h1>
          <p className="muted">{t.apiLog.intro}</p>
        </div>
      </div>

      <form className="filters" method="get" action="/admin/api-log" role="search" aria-label={t.apiLog.filter}>
        <label>
          {t.apiLog.operation}
          <select name="operation" defaultValue={params.operation ?? ""}>
            <option value="">{t.common.any}</option>
            {operations.map((operation) => (
              <option key={operation} value={operation}>
                {operationLabel(operation, t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.apiLog.status}
          <select name="outcome" defaultValue={params.outcome === undefined ? "" : String(params.outcome)}>
            <option value="">{t.common.any}</option>
            <option value="failed">{t.apiLog.failed}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                HTTP {status}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          {t.apiLog.orderId}
          <input name="order" defaultValue={params.order ?? ""} placeholder={t.apiLog.orderPlaceholder} maxLength={36} className="mono" />
        </label>
        <button type="submit">{t.common.apply}</button>
        {filtered && (
          <Link className="button secondary" href="/admin/api-log">
            {t.common.clearFilters}
          </Link>
        )}
      </form>
      {raw.order && !params.order && <p className="notice warn">{t.apiLog.notAnOrderId(String(raw.order))}</p>}

      <ApiCallsTable calls={log.items} caption={t.apiLog.caption} showOrder />
      <Pager page={log.page} pageSize={log.pageSize} total={log.total} of="calls" hrefFor={(page) => href(params, { page })} />
    </>
  );
}
