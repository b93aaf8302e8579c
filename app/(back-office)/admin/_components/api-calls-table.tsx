import Link from "next/link";
import type { ApiCallRow } from "@/server/shop/bank/api-log";
import { operationLabel } from "@/server/shop/admin/labels";
import { orderReference } from "@/server/shop/orders/order-reference";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
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
  return (
    <div className="table-wrap" tabIndex={0}>
      <table data-testid="api-calls">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.when}</th>
            <th scope="col">{c.operation}</th>
            <th scope="col">{c.status}</th>
            <th scope="col" className="num">
              {c.latency}
            </th>
            <th scope="col">{c.error}</th>
            {showOrder && <th scope="col">{c.order}</th>}
            <th scope="col">{c.bodies}</th>
          </tr>
        </thead>
        <tbody>
          {calls.length === 0 && (
            <tr>
              <td colSpan={showOrder ? 7 : 6} className="empty-row">
                {t.apiLog.noCall}
              </td>
            </tr>
          )}
          {calls.map((call) => {
            const request = pretty(call.requestSummary);
            const response = pretty(call.responseSummary);
            return (
              <tr key={call.id} data-operation={call.operation} data-http-status={call.httpStatus ?? "none"}>
                <td className="nowrap">
                  <Time ms={call.at} />
                  {call.attempt > 1 && <span className="sub">{t.apiLog.attempt(call.attempt)}</span>}
                </td>
                <td>
                  {operationLabel(call.operation, t)}
                  <span className="sub mono">
                    {call.method} {call.path}
                  </span>
                </td>
                <td>
                  <span className={`badge ${statusTone(call)}`}>{call.httpStatus ?? t.apiLog.noAnswer}</span>
                </td>
                <td className="num">{call.latencyMs} ms</td>
                <td>
                  {call.errorCode && <code>{call.errorCode}</code>}
                  {call.errorKind && <span className="sub">{call.errorKind}</span>}
                  {!call.errorCode && !call.errorKind && <span className="muted">—</span>}
                </td>
                {showOrder && (
                  <td>
                    {call.orderId ? (
                      <Link className="mono" href={`/admin/orders/${call.orderId}`} title={call.orderId}>
                        {orderReference(call.orderId)}
                      </Link>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                )}
                <td>
                  {request || response ? (
                    <details>
                      <summary>{t.common.show}</summary>
                      {request && (
                        <>
                          <h3 className="small">{t.apiLog.request}</h3>
                          <pre className="json">{request}</pre>
                        </>
                      )}
                      {response && (
                        <>
                          <h3 className="small">{t.apiLog.answer}</h3>
                          <pre className="json">{response}</pre>
                        </>
                      )}
                    </details>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
