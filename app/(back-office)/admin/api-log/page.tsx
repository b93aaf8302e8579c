import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { OPERATION_LABELS } from "@/server/shop/admin/labels";
import { requireAdmin } from "@/server/shop/auth/session";
import { serverCaller } from "@/server/shop/trpc/server";
import { ApiCallsTable } from "../_components/api-calls-table";
import { Pager } from "../_components/pager";

export const metadata: Metadata = { title: "API log" };

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
  const [log, operations] = await Promise.all([
    caller.admin.apiLog.list({ operation: params.operation, outcome: params.outcome, orderId: params.order, page: params.page ?? 1, pageSize: PAGE_SIZE }),
    caller.admin.apiLog.operations(),
  ]);
  const filtered = Boolean(params.operation || params.outcome || params.order);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>API log</h1>
          <p className="muted">
            Every HTTP call the shop made to the bank, retries and token requests included, newest first. Secrets, tokens and buyers&apos; personal data are
            removed before a call is stored.
          </p>
        </div>
      </div>

      <form className="filters" method="get" action="/admin/api-log" role="search" aria-label="Filter the API log">
        <label>
          Operation
          <select name="operation" defaultValue={params.operation ?? ""}>
            <option value="">Any</option>
            {operations.map((operation) => (
              <option key={operation} value={operation}>
                {OPERATION_LABELS[operation] ?? operation}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select name="outcome" defaultValue={params.outcome === undefined ? "" : String(params.outcome)}>
            <option value="">Any</option>
            <option value="failed">Failed (no answer or 4xx/5xx)</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                HTTP {status}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          Order id
          <input name="order" defaultValue={params.order ?? ""} placeholder="Full order id (UUID)" maxLength={36} className="mono" />
        </label>
        <button type="submit">Apply</button>
        {filtered && (
          <Link className="button secondary" href="/admin/api-log">
            Clear filters
          </Link>
        )}
      </form>
      {raw.order && !params.order && <p className="notice warn">“{String(raw.order)}” is not an order id (a UUID): the order filter was left out.</p>}

      <ApiCallsTable calls={log.items} caption="Calls to the bank" showOrder />
      <Pager page={log.page} pageSize={log.pageSize} total={log.total} label="calls" hrefFor={(page) => href(params, { page })} />
    </>
  );
}
