import type { MerchantView } from "@/server/sandbox/console/controls-client";
import { API_VERSIONS } from "@/server/sandbox/domain/api-versions";
import { FAULT_OPERATIONS, OUTCOMES } from "@/server/sandbox/http/faults";
import { DELAY_SETTINGS, GERMAN_REDIRECTS } from "@/server/sandbox/planning/settings";
import { advanceClock, clearFaults, resetMerchant, saveSettings, setFaults } from "./actions";
import { Place, when } from "./console-bits";

/** The selected merchant: its clock, faults, settings and reset, plain forms posting to server actions (usable without JavaScript). */
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
