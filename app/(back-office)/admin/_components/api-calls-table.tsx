import Link from "next/link";
import type { ApiCallRow } from "@/server/shop/bank/api-log";
import { OPERATION_LABELS } from "@/server/shop/admin/labels";
import { orderReference } from "@/server/shop/checkout/order-view";
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
export function ApiCallsTable({ calls, caption, showOrder }: { calls: ApiCallRow[]; caption: string; showOrder: boolean }) {
  return (
    <div className="table-wrap">
      <table data-testid="api-calls">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Operation</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Latency
            </th>
            <th scope="col">Error</th>
            {showOrder && <th scope="col">Order</th>}
            <th scope="col">Request and answer (redacted)</th>
          </tr>
        </thead>
        <tbody>
          {calls.length === 0 && (
            <tr>
              <td colSpan={showOrder ? 7 : 6} className="empty-row">
                No call recorded.
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
                  {call.attempt > 1 && <span className="sub">attempt {call.attempt}</span>}
                </td>
                <td>
                  {OPERATION_LABELS[call.operation] ?? call.operation}
                  <span className="sub mono">
                    {call.method} {call.path}
                  </span>
                </td>
                <td>
                  <span className={`badge ${statusTone(call)}`}>{call.httpStatus ?? "no answer"}</span>
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
                      <summary>Show</summary>
                      {request && (
                        <>
                          <h3 className="small">Request</h3>
                          <pre className="json">{request}</pre>
                        </>
                      )}
                      {response && (
                        <>
                          <h3 className="small">Answer</h3>
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
