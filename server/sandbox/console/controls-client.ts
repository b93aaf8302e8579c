import "server-only";
import { env } from "@/server/env";

/**
 * The console's only way into the bank: the sandbox's HTTP controls, called
 * with the console credential, exactly as a tester's script or the tests
 * would call them. No store access from here.
 */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ControlError";
  }
}

export function controlsBase(): string {
  return `${env().APP_URL}/sandbox/baas/uatc/sandbox/v1`;
}

function authorization(): string {
  return `Basic ${Buffer.from(`console:${env().SANDBOX_CONSOLE_PASSWORD}`, "utf8").toString("base64")}`;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${controlsBase()}${path}`, {
    method,
    headers: { Authorization: authorization(), Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const message = (parsed as { errorMessage?: string } | undefined)?.errorMessage ?? `${response.status} ${response.statusText}`;
    throw new ControlError(response.status, message);
  }
  return parsed as T;
}

export interface MerchantView {
  merchantId: string;
  name: string;
  clientId: string;
  solutionCodes: string[];
  seeded: boolean;
  apiVersion: string;
  clock: { now: string; offsetSeconds: number };
  settings: Record<string, string>;
  faults: Record<string, unknown> | null;
}

export interface TransitionView {
  id: number;
  action: string;
  source: string;
  from: { status: string; subStatus: string } | null;
  to: { status: string; subStatus: string };
  details: Record<string, unknown> | null;
  at: string;
}

export interface SubscriptionView {
  id: string;
  merchantGlobalOrderId: string;
  solutionCode: string;
  status: string;
  subStatus: string;
  cancellationStatus: string | null;
  financedAmount: number;
  initialAmount: number;
  durationMonths: number | null;
  registeredAt: string;
  lastUpdateAt: string;
  journeyUrl: string;
  merchantUrls?: { confirmation?: string };
  availableActions: string[];
  history: TransitionView[];
  dueWork: { id: number; action: string; dueAt: string; state: string; note: string | null; doneAt: string | null }[];
}

export interface WebhookEventView {
  id: string;
  timestamp: string;
  eventTypeCode: string;
  eventCode: string;
  status: string;
  replayCount?: number;
  httpStatusCodeOfLastDeliveryAttempt?: number;
  timestampOfLastDeliveryAttempt?: string;
  subscriptionId: string | null;
  nextAttemptAt: string | null;
  data: Record<string, unknown>;
  attempts: { trigger: string; at: string; url: string; httpStatus: number | null; error: string | null; durationMs: number }[];
}

const m = (id: string) => `/merchants/${encodeURIComponent(id)}`;

export const controls = {
  merchants: () => call<{ merchants: MerchantView[] }>("GET", "/merchants").then((r) => r.merchants),
  subscriptions: (merchantId: string, page = 1) =>
    call<{ totalItemCount: number; subscriptions: SubscriptionView[] }>("GET", `${m(merchantId)}/subscriptions?page=${page}&pageSize=50`),
  subscription: (merchantId: string, id: string) => call<SubscriptionView>("GET", `${m(merchantId)}/subscriptions/${encodeURIComponent(id)}`),
  force: (merchantId: string, id: string, action: string) =>
    call<SubscriptionView>("POST", `${m(merchantId)}/subscriptions/${encodeURIComponent(id)}/transitions`, { action }),
  advanceClock: (merchantId: string, advanceBy: string) =>
    call<{ now: string; done: { action: string; result: string }[] }>("POST", `${m(merchantId)}/clock`, { advanceBy }),
  setFaults: (merchantId: string, faults: unknown) => call<unknown>("PUT", `${m(merchantId)}/faults`, faults),
  clearFaults: (merchantId: string) => call<unknown>("DELETE", `${m(merchantId)}/faults`),
  setSettings: (merchantId: string, settings: Record<string, string>) => call<unknown>("PUT", `${m(merchantId)}/settings`, settings),
  reset: (merchantId: string) => call<{ deletedSubscriptions: number }>("POST", `${m(merchantId)}/reset`),
  webhookConfigs: (merchantId: string) => call<{ configs: Record<string, unknown>[] }>("GET", `${m(merchantId)}/webhooks`).then((r) => r.configs),
  webhookEvents: (merchantId: string, query: { subscriptionId?: string; status?: string } = {}) => {
    const params = new URLSearchParams({ pageSize: "50", ...Object.fromEntries(Object.entries(query).filter(([, v]) => v)) });
    return call<{ totalEventCount: number; events: WebhookEventView[] }>("GET", `${m(merchantId)}/webhooks/events?${params}`);
  },
  replayWebhook: (merchantId: string, eventId: string) =>
    call<{ result: { status: string; httpStatus: number | null; error: string | null } }>(
      "POST",
      `${m(merchantId)}/webhooks/events/${encodeURIComponent(eventId)}/_replay`,
    ),
};
