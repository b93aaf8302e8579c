import type { WebhookEventView } from "@/server/sandbox/console/controls-client";
import { replayWebhook } from "./actions";
import { consoleHref, Place, shortId, Tone, when } from "./console-bits";
import { ConsoleTable } from "./console-table";

export function WebhooksPanel({
  merchantId,
  configs,
  events,
  total,
  subscriptionId,
  selectedEvent,
}: {
  merchantId: string;
  configs: Record<string, unknown>[];
  events: WebhookEventView[];
  total: number;
  subscriptionId?: string;
  selectedEvent?: string;
}) {
  const open = events.find((e) => e.id === selectedEvent);
  return (
    <section className="console-panel" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">Webhooks</h2>
      {configs.length === 0 ? (
        <p className="console-muted">No webhook configured (PUT /merchant-webhooks/api/v1/webhooks): events are kept with status NO_CONFIG.</p>
      ) : (
        <ConsoleTable
          rows={configs}
          rowKey={(c) => String(c.eventTypeCode)}
          columns={[
            { header: "Event type", cell: (c) => String(c.eventTypeCode) },
            { header: "Active", cell: (c) => (c.active ? "yes" : "no") },
            { header: "URL", cell: (c) => <code>{String(c.url ?? "—")}</code> },
            { header: "Auth", cell: (c) => String(c.authMethod ?? "—") },
            { header: "Signed", cell: (c) => (c.keyForSignature ? "HMAC-SHA256" : "no") },
          ]}
        />
      )}
      <h3>
        Events {subscriptionId ? "of this subscription" : "of this merchant"} ({total})
      </h3>
      {events.length === 0 ? (
        <p className="console-muted">No event yet.</p>
      ) : (
        <ConsoleTable
          rows={events}
          rowKey={(event) => event.id}
          isCurrent={(event) => event.id === selectedEvent}
          columns={[
            { header: "Merchant time", cell: (event) => when(event.timestamp) },
            { header: "Event", cell: (event) => <a href={consoleHref({ m: merchantId, s: subscriptionId, e: event.id })}>{event.eventCode}</a> },
            { header: "Subscription", cell: (event) => (event.subscriptionId ? <code>{shortId(event.subscriptionId)}</code> : "—") },
            { header: "Status", cell: (event) => <Tone value={event.status} /> },
            { header: "Replays", numeric: true, cell: (event) => event.replayCount ?? 0 },
            { header: "Last HTTP", cell: (event) => event.httpStatusCodeOfLastDeliveryAttempt ?? "—" },
            { header: "Next replay", cell: (event) => when(event.nextAttemptAt) },
            {
              header: <span className="console-muted">Actions</span>,
              cell: (event) => (
                <form action={replayWebhook}>
                  <Place m={merchantId} s={subscriptionId} e={event.id} />
                  <button type="submit" className="console-secondary" aria-label={`Replay ${event.eventCode} of ${when(event.timestamp)}`}>
                    Replay
                  </button>
                </form>
              ),
            },
          ]}
        />
      )}
      {open ? (
        <>
          <h3>
            Deliveries of {open.eventCode} <code>{open.id}</code>
          </h3>
          <pre>
            <code>{JSON.stringify(open.data, null, 2)}</code>
          </pre>
          {open.attempts.length === 0 ? (
            <p className="console-muted">Never posted ({open.status}).</p>
          ) : (
            <ConsoleTable
              rows={open.attempts}
              rowKey={(_, i) => i}
              columns={[
                { header: "Merchant time", cell: (a) => when(a.at) },
                { header: "Trigger", cell: (a) => a.trigger },
                { header: "URL", cell: (a) => <code>{a.url}</code> },
                { header: "HTTP", cell: (a) => a.httpStatus ?? "—" },
                { header: "ms", numeric: true, cell: (a) => a.durationMs },
                { header: "Error", cell: (a) => a.error ?? "" },
              ]}
            />
          )}
        </>
      ) : null}
    </section>
  );
}
