import type { z } from "zod";
import { env } from "@/server/env";
import type { ApiVersion } from "../domain/api-versions";
import type { SolutionCode } from "../domain/solutions";
import type { FaultOperation, faultsInput } from "../http/faults";
import type { SandboxSettings, settingsInput } from "../planning/settings";

/**
 * The one client of the sandbox's HTTP controls (/sandbox/baas/uatc/sandbox/v1,
 * docs/SANDBOX.md): the console page calls them with the console credential,
 * exactly as a tester's script would, and the Vitest, Playwright and bench
 * harnesses use this same client. So it reads no store and no environment of
 * its own (the console's instance below reads the app's): it only speaks HTTP.
 * Request bodies are typed from the controls' own input schemas.
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

export interface MerchantView {
  merchantId: string;
  name: string;
  clientId: string;
  solutionCodes: string[];
  seeded: boolean;
  apiVersion: ApiVersion;
  clock: { now: string; offsetSeconds: number };
  settings: SandboxSettings;
  faults: Record<string, unknown> | null;
}

/** POST /merchants answers the merchant and, once only, its client secret. */
export interface CreatedMerchant extends MerchantView {
  clientSecret: string;
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

export interface ClockAdvance {
  now: string;
  offsetSeconds: number;
  done: { action: string; result: string; subscriptionId: string }[];
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

/** Solution codes as strings: the controls' own tests send unknown ones, which the sandbox refuses. */
export type NewMerchant = { name: string; solutionCodes: readonly (SolutionCode | (string & {}))[] } & Pick<z.input<typeof settingsInput>, "apiVersion" | "germanRedirect">;
/** Operations as strings: the console passes a form's choices, which the sandbox checks. */
export type FaultsInput = Omit<z.input<typeof faultsInput>, "operations"> & { operations?: readonly string[] };
export type SettingsInput = z.input<typeof settingsInput>;
export type { FaultOperation };

/** Any answer as it came: tests of the controls themselves check refusals by their status. */
export interface ControlAnswer<T = unknown> {
  status: number;
  statusText: string;
  headers: Headers;
  body: T;
  text: string;
}

/** The body parsed as JSON when it is JSON, else the text itself (an HTML error page, say). */
export async function readAnswer<T = unknown>(response: Response): Promise<ControlAnswer<T>> {
  const text = await response.text();
  let body: unknown = undefined;
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, statusText: response.statusText, headers: response.headers, body: body as T, text };
}

export const basicAuth = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`;

export interface ControlsConnection {
  /** The app's origin (the sandbox is mounted on it). */
  baseURL: string;
  consolePassword: string;
}

const m = (id: string) => `/merchants/${encodeURIComponent(id)}`;
const s = (merchantId: string, id: string) => `${m(merchantId)}/subscriptions/${encodeURIComponent(id)}`;

/** `connection` is read on every call, so the console's instance follows the environment it runs in. */
export function controlsClient(connection: () => ControlsConnection) {
  /** One control call; `auth` replaces the console credential (null: none). */
  async function send<T>(method: string, path: string, options: { body?: unknown; auth?: string | null } = {}): Promise<ControlAnswer<T>> {
    const { baseURL, consolePassword } = connection();
    const auth = options.auth === undefined ? basicAuth("console", consolePassword) : options.auth;
    const headers: Record<string, string> = { Accept: "application/json" };
    if (auth) headers.Authorization = auth;
    if (options.body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(`${baseURL}/sandbox/baas/uatc/sandbox/v1${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: "no-store",
      signal: AbortSignal.timeout(30_000),
    });
    return readAnswer<T>(response);
  }

  /** The answer's body when the status is the expected one, else a ControlError with the bank's message. */
  async function call<T>(method: string, path: string, body?: unknown, expected = 200): Promise<T> {
    const answer = await send<T>(method, path, { body });
    if (answer.status !== expected) {
      const message = (answer.body as { errorMessage?: string } | undefined)?.errorMessage ?? `${answer.status} ${answer.statusText}`;
      throw new ControlError(answer.status, message);
    }
    return answer.body;
  }

  return {
    send,
    merchants: () => call<{ merchants: MerchantView[] }>("GET", "/merchants").then((r) => r.merchants),
    /** A merchant of the caller's own: its subscriptions, tokens, clock and rate window are its alone. */
    createMerchant: (input: NewMerchant) => call<CreatedMerchant>("POST", "/merchants", input, 201),
    subscriptions: (merchantId: string, page = 1) =>
      call<{ totalItemCount: number; subscriptions: SubscriptionView[] }>("GET", `${m(merchantId)}/subscriptions?page=${page}&pageSize=50`),
    subscription: (merchantId: string, id: string) => call<SubscriptionView>("GET", s(merchantId, id)),
    force: (merchantId: string, id: string, action: string) => call<SubscriptionView>("POST", `${s(merchantId, id)}/transitions`, { action }),
    advanceClock: (merchantId: string, advanceBy: string | number) => call<ClockAdvance>("POST", `${m(merchantId)}/clock`, { advanceBy }),
    setFaults: (merchantId: string, faults: FaultsInput) => call<unknown>("PUT", `${m(merchantId)}/faults`, faults),
    clearFaults: (merchantId: string) => call<unknown>("DELETE", `${m(merchantId)}/faults`),
    setSettings: (merchantId: string, settings: SettingsInput) => call<{ settings: SandboxSettings }>("PUT", `${m(merchantId)}/settings`, settings),
    /** Revokes the merchant's tokens, as the bank may at any time: its next call answers 401. */
    expireTokens: (merchantId: string) => call<{ expiredTokens: number }>("POST", `${m(merchantId)}/tokens/_expire`),
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
}

export type ControlsClient = ReturnType<typeof controlsClient>;

/** The console page's instance: the app calls its own sandbox with the console credential of its environment. */
export const controls = controlsClient(() => ({ baseURL: env().APP_URL, consolePassword: env().SANDBOX_CONSOLE_PASSWORD }));
