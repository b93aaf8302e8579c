import type { Metadata } from "next";
import { cookies } from "next/headers";
import { ControlError, controls, type SubscriptionView } from "@/server/sandbox/console/controls-client";
import { CONSOLE_COOKIE, isValidSession } from "@/server/sandbox/console/session";
import { login, logout } from "./console/actions";
import { MerchantList, MerchantPanel, SubscriptionDetail, SubscriptionsTable, WebhooksPanel } from "./console/sections";
import "./console/console.css";

/**
 * The sandbox console (/sandbox): the tester's desk. Everything it shows and
 * does goes through the sandbox's HTTP controls with the console credential.
 */
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Console" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v : undefined);

function Message({ text, kind }: { text?: string; kind?: string }) {
  if (!text) return null;
  return (
    <p className="console-msg" data-kind={kind === "error" ? "error" : "ok"} role={kind === "error" ? "alert" : "status"}>
      {text}
    </p>
  );
}

function Login({ message }: { message?: string }) {
  return (
    <div className="console" lang="en">
      <main className="console-login console-panel">
        <h1>Sandbox console</h1>
        <p className="console-muted">The bank&apos;s test desk. Password: SANDBOX_CONSOLE_PASSWORD (demo: sandbox).</p>
        {message ? (
          <p className="console-msg" data-kind="error" role="alert">
            {message}
          </p>
        ) : null}
        <form action={login}>
          <label>
            Password
            <input type="password" name="password" autoComplete="current-password" required autoFocus />
          </label>
          <button type="submit">Open the console</button>
        </form>
      </main>
    </div>
  );
}

/** Everything the console shows, read over the controls; an error message when they do not answer. */
async function loadConsole(merchantId: string | undefined, subscriptionId: string | undefined) {
  try {
    const merchants = await controls.merchants();
    const merchant = merchants.find((m) => m.merchantId === merchantId) ?? merchants[0];
    if (!merchant) return { error: "the sandbox has no merchant: run npm run db:migrate" };
    const [page, configs] = await Promise.all([controls.subscriptions(merchant.merchantId), controls.webhookConfigs(merchant.merchantId)]);
    let selected: SubscriptionView | undefined;
    if (subscriptionId) {
      selected = page.subscriptions.find((s) => s.id === subscriptionId) ?? (await controls.subscription(merchant.merchantId, subscriptionId).catch(() => undefined));
    }
    const events = await controls.webhookEvents(merchant.merchantId, { subscriptionId: selected?.id });
    return { merchants, merchant, page, configs, selected, events };
  } catch (error) {
    if (error instanceof ControlError || error instanceof TypeError) return { error: error.message };
    throw error;
  }
}

export default async function ConsolePage({ searchParams }: Props) {
  const params = await searchParams;
  const msg = one(params.msg);
  const kind = one(params.kind);
  if (!isValidSession((await cookies()).get(CONSOLE_COOKIE)?.value)) return <Login message={kind === "error" ? msg : undefined} />;

  const data = await loadConsole(one(params.m), one(params.s));
  const body =
    "error" in data ? (
      <p className="console-msg" data-kind="error" role="alert">
        The sandbox controls did not answer ({data.error}). The console calls them at APP_URL; check that APP_URL points at this server.
      </p>
    ) : (
      <div className="console-layout">
        <MerchantList merchants={data.merchants} selected={data.merchant.merchantId} />
        <div>
          <MerchantPanel merchant={data.merchant} selectedSubscription={data.selected?.id} />
          <SubscriptionsTable merchantId={data.merchant.merchantId} subscriptions={data.page.subscriptions} total={data.page.totalItemCount} selected={data.selected?.id} />
          {data.selected ? <SubscriptionDetail merchantId={data.merchant.merchantId} sub={data.selected} /> : null}
          <WebhooksPanel
            merchantId={data.merchant.merchantId}
            configs={data.configs}
            events={data.events.events}
            total={data.events.totalEventCount}
            subscriptionId={data.selected?.id}
            selectedEvent={one(params.e)}
          />
        </div>
      </div>
    );

  return (
    <div className="console" lang="en">
      <header className="console-top">
        <h1>Scalexpert sandbox · console</h1>
        <form action={logout}>
          <button type="submit">Sign out</button>
        </form>
      </header>
      <Message text={msg} kind={kind} />
      {body}
    </div>
  );
}
