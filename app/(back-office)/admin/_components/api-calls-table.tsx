import Link from "next/link";
import type { ApiCallRow } from "@/server/shop/bank/api-log";
import { operationLabel } from "@/server/shop/admin/labels";
import { orderReference } from "@/server/shop/orders/order-reference";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
import { DataTable } from "../../_components/data-table";
import { Time } from "./time";

function statusTone(call: ApiCallRow): string {
  if (call.httpStatus === null) return "bad";
  if (call.httpStatus >= 500 || call.httpStatus === 429) return "bad";
  if (call.httpStatus >= 400) return "action";
  return "good";
}

function pretty(summary: string | null): string | null {
  if (!summary) return null;
  try {
    return JSON.stringify(JSON.parse(summary), null, 2);
  } catch {
    return summary;
  }
}

/**
 * Calls to the bank as the API log keeps them: already redacted by the
 * engine (no secret, token or personal data is ever stored), shown as is.
 */
export async function ApiCallsTable({ calls, caption, showOrder }: { calls: ApiCallRow[]; caption: string; showOrder: boolean }) {
  const { t } = await getAdminI18n();
  const c = t.apiLog.columns;
  const none = <span className="muted">—</span>;
  return (
    <DataTable
      testId="api-calls"
      caption={caption}
      rows={calls}
      rowKey={(call) => call.id}
      rowData={(call) => ({ "data-operation": call.operation, "data-http-status": call.httpStatus ?? "none" })}
      empty={t.apiLog.noCall}
      columns={[
        {
          header: c.when,
          className: "nowrap",
          cell: (call) => (
            <>
              <Time ms={call.at} />
              {call.attempt > 1 && <span className="sub">{t.apiLog.attempt(call.attempt)}</span>}
            </>
          ),
        },
        {
          header: c.operation,
          cell: (call) => (
            <>
              {operationLabel(call.operation, t)}
              <span className="sub mono">
                {call.method} {call.path}
              </span>
            </>
          ),
        },
        { header: c.status, cell: (call) => <span className={`badge ${statusTone(call)}`}>{call.httpStatus ?? t.apiLog.noAnswer}</span> },
        { header: c.latency, num: true, cell: (call) => `${call.latencyMs} ms` },
        {
          header: c.error,
          cell: (call) => (
            <>
              {call.errorCode && <code>{call.errorCode}</code>}
              {call.errorKind && <span className="sub">{call.errorKind}</span>}
              {!call.errorCode && !call.errorKind && none}
            </>
          ),
        },
        showOrder && {
          header: c.order,
          cell: (call) =>
            call.orderId ? (
              <Link className="mono" href={`/admin/orders/${call.orderId}`} title={call.orderId}>
                {orderReference(call.orderId)}
              </Link>
            ) : (
              none
            ),
        },
        { header: c.bodies, cell: (call) => <Bodies request={pretty(call.requestSummary)} response={pretty(call.responseSummary)} show={t.common.show} labels={t.apiLog} /> },
      ]}
    />
  );
}

/** The call's request and answer, folded: they can be long. */
function Bodies({ request, response, show, labels }: { request: string | null; response: string | null; show: string; labels: { request: string; answer: string } }) {
  if (!request && !response) return <span className="muted">—</span>;
  return (
    <details>
      <summary>{show}</summary>
      {request && (
        <>
          <h3 className="small">{labels.request}</h3>
          <pre className="json">{request}</pre>
        </>
      )}
      {response && (
        <>
          <h3 className="small">{labels.answer}</h3>
          <pre className="json">{response}</pre>
        </>
      )}
    </details>
  );
}
