import type { Metadata } from "next";
import { cookies } from "next/headers";
import { env } from "@/server/env";
import { ControlError, controls, type MerchantView, type SubscriptionView } from "@/server/sandbox/console/controls-client";
import { CONSOLE_COOKIE, isValidSession } from "@/server/sandbox/console/session";
import { login, logout } from "./console/actions";
import { MerchantList } from "./console/merchant-list";
import { MerchantPanel } from "./console/merchant-panel";
import { SubscriptionDetail } from "./console/subscription-detail";
import { SubscriptionsTable } from "./console/subscriptions-table";
import { WebhooksPanel } from "./console/webhooks-panel";
import "./console/console.css";

/**
 * The sandbox console (/sandbox): the tester's desk. Everything it shows and
 * does goes through the sandbox's HTTP controls with the console credential.
 */
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

/**
 * The merchant the console opens on: the one asked for, else the demo shop's
 * own (the client id the shop is configured with), else the first seeded one.
 * Test merchants made by the suites sort first in the list, so "the first"
 * would open a stranger's desk.
 */
function openingMerchant(merchants: MerchantView[], asked: string | undefined): MerchantView | undefined {
  return (
    merchants.find((m) => m.merchantId === asked) ??
    merchants.find((m) => m.clientId === env().SCALEXPERT_CLIENT_ID) ??
    merchants.find((m) => m.seeded) ??
    merchants[0]
  );
}

/** Everything the console shows, read over the controls; an error message when they do not answer. */
async function loadConsole(merchantId: string | undefined, subscriptionId: string | undefined, pageNumber: number) {
  try {
    const merchants = await controls.merchants();
    const merchant = openingMerchant(merchants, merchantId);
    if (!merchant) return { error: "the sandbox has no merchant: run npm run db:migrate" };
    const [page, configs] = await Promise.all([controls.subscriptions(merchant.merchantId, pageNumber), controls.webhookConfigs(merchant.merchantId)]);
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

  const pageNumber = Math.min(10_000, Math.max(1, Math.trunc(Number(one(params.p) ?? "1")) || 1));
  const data = await loadConsole(one(params.m), one(params.s), pageNumber);
  const body =
    "error" in data ? (
      <p className="console-msg" data-kind="error" role="alert">
        The sandbox controls did not answer ({data.error}). The console calls them at APP_URL; check that APP_URL points at this server.
      </p>
    ) : (
      <div className="console-layout">
        <MerchantList merchants={data.merchants} selected={data.merchant.merchantId} />
        <div>
          {/* A subscription looked at comes first, above the list it was picked from; the merchant's desk then follows. */}
          {data.selected ? <SubscriptionDetail merchantId={data.merchant.merchantId} sub={data.selected} /> : <MerchantPanel merchant={data.merchant} />}
          <SubscriptionsTable
            merchantId={data.merchant.merchantId}
            subscriptions={data.page.subscriptions}
            total={data.page.totalItemCount}
            selected={data.selected?.id}
            page={pageNumber}
          />
          {data.selected ? <MerchantPanel merchant={data.merchant} selectedSubscription={data.selected.id} /> : null}
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
