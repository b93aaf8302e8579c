import type { MerchantView, SubscriptionView, WebhookEventView } from "@/server/sandbox/console/controls-client";
import { API_VERSIONS } from "@/server/sandbox/domain/api-versions";
import { FAULT_OPERATIONS, OUTCOMES } from "@/server/sandbox/http/faults";
import { DELAY_SETTINGS, GERMAN_REDIRECTS } from "@/server/sandbox/planning/settings";
import { advanceClock, clearFaults, forceTransition, replayWebhook, resetMerchant, saveSettings, setFaults } from "./actions";

/** The console's panels: plain forms posting to server actions, usable without JavaScript. */
export function consoleHref(params: { m?: string; s?: string; e?: string; p?: number }): string {
  const entries = Object.entries(params).map(([key, value]): [string, string] => [key, value === undefined ? "" : String(value)]);
  // Page 1 is the default: left out, so that links to it match the console's plain address.
  const q = new URLSearchParams(entries.filter(([key, value]) => value !== "" && !(key === "p" && value === "1")));
  return `/sandbox?${q}`;
}

const shortId = (id: string) => id.slice(0, 8);
const when = (iso: string | null | undefined) => (iso ? iso.replace("T", " ").replace(/\.\d+Z$/, " UTC") : "—");

export function Tone({ value }: { value: string }) {
  const tone = ["ACCEPTED", "OK"].includes(value) ? "ok" : ["REJECTED", "ABORTED", "CANCELLED", "ERROR"].includes(value) ? "bad" : ["INITIALIZED", "PRE_ACCEPTED"].includes(value) ? "wait" : undefined;
  return (
    <span className="console-badge" data-tone={tone}>
      {value}
    </span>
  );
}

function Place({ m, s, e }: { m: string; s?: string; e?: string }) {
  return (
    <>
      <input type="hidden" name="m" value={m} />
      {s ? <input type="hidden" name="s" value={s} /> : null}
      {e ? <input type="hidden" name="e" value={e} /> : null}
    </>
  );
}

export function MerchantList({ merchants, selected }: { merchants: MerchantView[]; selected: string }) {
  return (
    <nav className="console-panel" aria-labelledby="merchants-title">
      <h2 id="merchants-title">Merchants</h2>
      <ul className="console-merchants">
        {merchants.map((merchant) => (
          <li key={merchant.merchantId}>
            <a href={consoleHref({ m: merchant.merchantId })} aria-current={merchant.merchantId === selected ? "page" : undefined}>
              {merchant.name}
              <small>
                {merchant.seeded ? "seeded" : "test merchant"} · {merchant.solutionCodes.length} codes · API {merchant.apiVersion}
              </small>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const PRESETS = [
  ["PT10M", "10 minutes (one webhook replay)"],
  ["PT1H", "1 hour"],
  ["P1D", "1 day"],
  ["P2D", "2 days (funding delay)"],
  ["P14D", "14 days (withdrawal period)"],
  ["P1M", "1 month"],
  ["P3M", "3 months (expiry)"],
] as const;

export function MerchantPanel({ merchant, selectedSubscription }: { merchant: MerchantView; selectedSubscription?: string }) {
  const faults = merchant.faults as { outcome?: string; latencyMs?: number; retryAfterSeconds?: number; script?: { outcome: string }[]; operations?: string[] } | null;
  return (
    <section className="console-panel" aria-labelledby="merchant-title">
      <h2 id="merchant-title">{merchant.name}</h2>
      <p className="console-muted">
        Merchant <code>{merchant.merchantId}</code> · client id <code>{merchant.clientId}</code> · codes {merchant.solutionCodes.join(", ")}
      </p>

      <h3>Clock</h3>
      <p>
        Merchant time: <strong>{when(merchant.clock.now)}</strong> (real time + {merchant.clock.offsetSeconds} s)
      </p>
      <form action={advanceClock} className="console-inline">
        <Place m={merchant.merchantId} s={selectedSubscription} />
        <label>
          Advance by
          <select name="advanceBy" defaultValue="PT10M">
            {PRESETS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          or ISO 8601 duration
          <input name="custom" placeholder="P1DT2H" size={10} />
        </label>
        <button type="submit">Advance the clock</button>
      </form>

      <h3>Fault injection</h3>
      <p className="console-muted">Current: {faults ? <code>{JSON.stringify(faults)}</code> : "none"}</p>
      <form action={setFaults}>
        <Place m={merchant.merchantId} s={selectedSubscription} />
        <div className="console-inline">
          <label>
            Outcome
            <select name="outcome" defaultValue={faults?.outcome ?? "ok"}>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </label>
          <label>
            Latency (ms)
            <input name="latencyMs" type="number" min={0} max={120000} defaultValue={faults?.latencyMs ?? 0} />
          </label>
          <label>
            Retry-After (s)
            <input name="retryAfterSeconds" type="number" min={1} max={3600} defaultValue={faults?.retryAfterSeconds ?? 30} />
          </label>
          <label>
            Script (next calls)
            <input name="script" placeholder="503, 503, ok" defaultValue={faults?.script?.map((s) => s.outcome).join(", ") ?? ""} />
          </label>
        </div>
        <fieldset>
          <legend>Operations (none ticked: all e-financing operations)</legend>
          <div className="console-inline">
            {FAULT_OPERATIONS.map((op) => (
              <label key={op} className="console-check">
                <input type="checkbox" name="operations" value={op} defaultChecked={faults?.operations?.includes(op) ?? false} /> {op}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="console-actions">
          <button type="submit">Save faults</button>
          <button type="submit" formAction={clearFaults} className="console-secondary">
            Remove faults
          </button>
        </div>
      </form>

      <h3>How the bank speaks to this merchant</h3>
      <form action={saveSettings} className="console-inline">
        <Place m={merchant.merchantId} s={selectedSubscription} />
        <label>
          E-financing API version
          <select name="apiVersion" defaultValue={merchant.settings.apiVersion}>
            {API_VERSIONS.map((v) => (
              <option key={v} value={v}>
                {v === "1.7.1" ? "1.7.1 (the live bank)" : `${v} (the project's contract)`}
              </option>
            ))}
          </select>
        </label>
        <label>
          German credit redirect
          <select name="germanRedirect" defaultValue={merchant.settings.germanRedirect}>
            {GERMAN_REDIRECTS.map((r) => (
              <option key={r} value={r}>
                {r === "url" ? "url (as the vendor's plugins expect)" : "page (an HTML document)"}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Save</button>
      </form>

      <h3>Delays of the bank&apos;s own decisions</h3>
      <form action={saveSettings} className="console-inline">
        <Place m={merchant.merchantId} s={selectedSubscription} />
        {DELAY_SETTINGS.map((name) => (
          <label key={name}>
            {name}
            <input name={name} defaultValue={merchant.settings[name]} size={8} />
          </label>
        ))}
        <button type="submit">Save delays</button>
      </form>

      <h3>Reset</h3>
      <form action={resetMerchant} className="console-inline">
        <Place m={merchant.merchantId} />
        <label className="console-check">
          <input type="checkbox" name="confirm" /> Delete this merchant&apos;s subscriptions and events, clock back to real time, no faults
        </label>
        <button type="submit" className="console-danger">
          Reset merchant
        </button>
      </form>
    </section>
  );
}

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
        <div className="console-scroll" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">Order</th>
                <th scope="col">Solution</th>
                <th scope="col" className="num">
                  Financed (€)
                </th>
                <th scope="col">Status</th>
                <th scope="col">Sub-status</th>
                <th scope="col">Last change</th>
              </tr>
            </thead>
            <tbody>
              {subscriptions.map((sub) => (
                <tr key={sub.id} aria-current={sub.id === selected ? "true" : undefined}>
                  <td>
                    <a href={`${consoleHref({ m: merchantId, s: sub.id, p: page })}#subscription`}>
                      <code>{shortId(sub.id)}</code>
                    </a>
                  </td>
                  <td title={sub.merchantGlobalOrderId}>
                    <code>{shortId(sub.merchantGlobalOrderId)}</code>
                  </td>
                  <td>{sub.solutionCode}</td>
                  <td className="num">{sub.financedAmount.toFixed(2)}</td>
                  <td>
                    <Tone value={sub.status} />
                  </td>
                  <td className="console-wrap">{sub.subStatus}</td>
                  <td>{when(sub.lastUpdateAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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

/** Buttons for the moves a tester may force; the merchant's own calls (delivery, cancellation) are not among them. */
const FORCE_LABELS: Readonly<Record<string, string>> = {
  producerPreApprove: "Pre-accept",
  customerSigned: "Sign",
  producerAccept: "Accept",
  producerReject: "Reject",
  customerPaidByCard: "Pay by card",
  customerAborted: "Abort (buyer)",
  technicalAbort: "Abort (technical)",
  expire: "Expire",
  fund: "Fund",
  customerWithdraw: "Withdraw (buyer)",
  producerAcceptCancellation: "Accept cancellation",
  producerRejectCancellation: "Reject cancellation",
  producerRequestDocuments: "Ask for documents",
  customerSentDocuments: "Documents sent (buyer)",
};

export function SubscriptionDetail({ merchantId, sub }: { merchantId: string; sub: SubscriptionView }) {
  const forceable = sub.availableActions.filter((a) => a in FORCE_LABELS);
  return (
    <section className="console-panel console-selected" aria-labelledby="sub-title" id="subscription">
      <h2 id="sub-title">
        Subscription <code>{sub.id}</code>
      </h2>
      <p>
        <Tone value={sub.status} /> {sub.subStatus}
        {sub.cancellationStatus ? ` · cancellation ${sub.cancellationStatus}` : ""} · {sub.solutionCode} · {sub.financedAmount.toFixed(2)} € financed (of{" "}
        {sub.initialAmount.toFixed(2)} €){sub.durationMonths ? ` over ${sub.durationMonths} months` : ""}
      </p>
      <p>
        <a href={sub.journeyUrl}>Open the buyer&apos;s journey</a>
        {sub.merchantUrls?.confirmation ? (
          <>
            {" "}
            · return URL <code>{sub.merchantUrls.confirmation}</code>
          </>
        ) : null}
      </p>
      <h3>Force a transition</h3>
      {forceable.length === 0 ? (
        <p className="console-muted">No transition can be forced in this state.</p>
      ) : (
        <form action={forceTransition} className="console-actions">
          <Place m={merchantId} s={sub.id} />
          {forceable.map((action) => (
            <button key={action} type="submit" name="action" value={action}>
              {FORCE_LABELS[action]}
            </button>
          ))}
        </form>
      )}
      <h3>History</h3>
      <div className="console-scroll" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Merchant time</th>
              <th scope="col">Action</th>
              <th scope="col">Source</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {sub.history.map((t) => (
              <tr key={t.id}>
                <td>{when(t.at)}</td>
                <td>{t.action}</td>
                <td>{t.source}</td>
                <td>{t.from ? `${t.from.status} / ${t.from.subStatus}` : "—"}</td>
                <td>
                  {t.to.status} / {t.to.subStatus}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sub.dueWork.length > 0 ? (
        <>
          <h3>Planned by the bank</h3>
          <div className="console-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">Due (merchant time)</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {sub.dueWork.map((w) => (
                  <tr key={w.id}>
                    <td>{w.action}</td>
                    <td>{when(w.dueAt)}</td>
                    <td>
                      {w.state}
                      {w.note ? ` – ${w.note}` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}

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
        <div className="console-scroll" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Event type</th>
                <th scope="col">Active</th>
                <th scope="col">URL</th>
                <th scope="col">Auth</th>
                <th scope="col">Signed</th>
              </tr>
            </thead>
            <tbody>
              {configs.map((c) => (
                <tr key={String(c.eventTypeCode)}>
                  <td>{String(c.eventTypeCode)}</td>
                  <td>{c.active ? "yes" : "no"}</td>
                  <td>
                    <code>{String(c.url ?? "—")}</code>
                  </td>
                  <td>{String(c.authMethod ?? "—")}</td>
                  <td>{c.keyForSignature ? "HMAC-SHA256" : "no"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>
        Events {subscriptionId ? "of this subscription" : "of this merchant"} ({total})
      </h3>
      {events.length === 0 ? (
        <p className="console-muted">No event yet.</p>
      ) : (
        <div className="console-scroll" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Merchant time</th>
                <th scope="col">Event</th>
                <th scope="col">Subscription</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Replays
                </th>
                <th scope="col">Last HTTP</th>
                <th scope="col">Next replay</th>
                <th scope="col">
                  <span className="console-muted">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} aria-current={event.id === selectedEvent ? "true" : undefined}>
                  <td>{when(event.timestamp)}</td>
                  <td>
                    <a href={consoleHref({ m: merchantId, s: subscriptionId, e: event.id })}>{event.eventCode}</a>
                  </td>
                  <td>{event.subscriptionId ? <code>{shortId(event.subscriptionId)}</code> : "—"}</td>
                  <td>
                    <Tone value={event.status} />
                  </td>
                  <td className="num">{event.replayCount ?? 0}</td>
                  <td>{event.httpStatusCodeOfLastDeliveryAttempt ?? "—"}</td>
                  <td>{when(event.nextAttemptAt)}</td>
                  <td>
                    <form action={replayWebhook}>
                      <Place m={merchantId} s={subscriptionId} e={event.id} />
                      <button type="submit" className="console-secondary" aria-label={`Replay ${event.eventCode} of ${when(event.timestamp)}`}>
                        Replay
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
            <div className="console-scroll" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Merchant time</th>
                    <th scope="col">Trigger</th>
                    <th scope="col">URL</th>
                    <th scope="col">HTTP</th>
                    <th scope="col" className="num">
                      ms
                    </th>
                    <th scope="col">Error</th>
                  </tr>
                </thead>
                <tbody>
                  {open.attempts.map((a, i) => (
                    <tr key={i}>
                      <td>{when(a.at)}</td>
                      <td>{a.trigger}</td>
                      <td>
                        <code>{a.url}</code>
                      </td>
                      <td>{a.httpStatus ?? "—"}</td>
                      <td className="num">{a.durationMs}</td>
                      <td>{a.error ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
