import "server-only";
import createClient from "openapi-fetch";
import type {
  AuthServerPaths,
  DeliveryConfirmation,
  EFinancingPaths,
} from "@/server/contract/types";
import { cancellationAnswer, cancellationRequest, type Cancellation, type CancellationAnswer } from "./cancellation";
import { eligibilityQuery, eligibleSolutions, type EligibleSolution, type FinancingQuery } from "./eligibility";
import { BankApiError } from "./errors";
import { journeyLanguage, type LaterVersionPaths } from "./later-versions";
import { DEFAULT_RETRY, type CallSafety, type RetrySettings } from "./retry-policy";
import { simulationRequest, solutionSimulations, type SolutionSimulations } from "./simulation";
import { listedSubscription, subscriptionDetail, type ListedSubscription, type SubscriptionDetail, type SubscriptionList } from "./subscription-snapshot";
import { subscriptionRequest, type CreatedSubscription, type SubscriptionApplication } from "./subscription-body";
import { TokenCache } from "./token-cache";
import { BankTransport, realClock, type ApiCallLogger, type CallContext, type Clock, type FetchLike } from "./transport";

export interface BankTimeouts {
  /** The token request. */
  tokenMs: number;
  /** Reads, eligibility and simulations. */
  readMs: number;
  /** Subscription creation, delivery confirmation, cancellation. */
  writeMs: number;
}

export const DEFAULT_TIMEOUTS: BankTimeouts = { tokenMs: 10_000, readMs: 10_000, writeMs: 20_000 };

export interface BankClientOptions {
  /** The `.../baas/uatc` (or `/baas/prod`) level: the token and API paths are appended to it. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** Defaults to the global fetch; tests pass a wrapper to count or disturb calls. */
  fetch?: FetchLike;
  timeouts?: Partial<BankTimeouts>;
  retry?: Partial<RetrySettings>;
  /** Receives every HTTP attempt (redacted); defaults to dropping them. */
  logger?: ApiCallLogger;
  clock?: Clock;
}

export interface CallOptions {
  /** The order the call is made for, kept in the API log. */
  orderId?: string;
  signal?: AbortSignal;
}

export interface SubscriptionQuery {
  merchantGlobalOrderId?: string;
  merchantBasketId?: string;
  page?: number;
  pageSize?: number;
}

/**
 * The merchant's side of the E-financing API, typed from the project's
 * contract (server/contract/generated) inside and in the shop's own types,
 * amounts in cents, outside: each call's body is built and its answer read in
 * a module of its own here (eligibility, simulation, subscription-body,
 * subscription-snapshot, cancellation), the only places where euros exist on
 * the shop's side. Every method resolves with the bank's answer or throws a
 * BankApiError.
 */
export interface BankClient {
  /** Empty when the bank finds nothing eligible. */
  getEligibleSolutions(query: FinancingQuery, options?: CallOptions): Promise<EligibleSolution[]>;
  simulateSolutions(query: FinancingQuery, options?: CallOptions): Promise<SolutionSimulations[]>;
  /** Never retried on an unclear outcome: see server/shop/orders/place-order.ts for the look-up that follows. */
  createSubscription(application: SubscriptionApplication, options?: CallOptions): Promise<CreatedSubscription>;
  listSubscriptions(query: SubscriptionQuery, options?: CallOptions): Promise<SubscriptionList>;
  /** The subscriptions the bank holds for one merchantGlobalOrderId (normally zero or one). */
  findSubscriptionsByOrderId(merchantGlobalOrderId: string, options?: CallOptions): Promise<ListedSubscription[]>;
  getSubscription(creditSubscriptionId: string, options?: CallOptions): Promise<SubscriptionDetail>;
  confirmDelivery(creditSubscriptionId: string, body: DeliveryConfirmation, options?: CallOptions): Promise<void>;
  /** Never retried on an unclear outcome: two partial cancellations are not one. */
  cancelSubscription(creditSubscriptionId: string, cancellation: Cancellation, options?: CallOptions): Promise<CancellationAnswer>;
  /** 1.6.0+ only (long credit): the goods came back, which the lender needs before a delivered credit is cancelled. */
  confirmReturn(creditSubscriptionId: string, options?: CallOptions): Promise<void>;
}

const dropLog: ApiCallLogger = { record: () => {} };

export function createBankClient(options: BankClientOptions): BankClient {
  const baseUrl = options.baseUrl.replace(/\/$/, "");
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const clock = options.clock ?? realClock;
  const transport = new BankTransport({
    baseUrl,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    logger: options.logger ?? dropLog,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    clock,
  });
  const api = createClient<EFinancingPaths>({ baseUrl: `${baseUrl}/e-financing/api/v1` });
  const later = createClient<LaterVersionPaths>({ baseUrl: `${baseUrl}/e-financing/api/v1` });
  const auth = createClient<AuthServerPaths>({ baseUrl });
  const basic = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString("base64")}`;

  const tokens = new TokenCache(async () => {
    const data = await settle(
      "requestAccessToken",
      auth.POST("/auth-server/api/v1/oauth2/token", {
        body: { grant_type: "client_credentials", scope: "e-financing:rw" },
        bodySerializer: (body) => new URLSearchParams(body as Record<string, string>).toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
        fetch: transport.fetchFor({ operation: "requestAccessToken", safety: "idempotent", timeoutMs: timeouts.tokenMs, auth: { kind: "basic", header: basic } }),
      }),
    );
    if (!data?.access_token || typeof data.access_token !== "string") throw invalid("requestAccessToken", "the token answer has no access_token");
    // The contract documents 900 s; a missing value is taken as that rather than as "expired".
    const expiresIn = typeof data.expires_in === "number" && data.expires_in > 0 ? data.expires_in : 900;
    return { accessToken: data.access_token, expiresInSeconds: expiresIn };
  }, clock.now);

  const ctx = (operation: string, safety: CallSafety, timeoutMs: number, call?: CallOptions): { fetch: (r: Request) => Promise<Response> } => {
    const context: CallContext = { operation, safety, timeoutMs, auth: { kind: "bearer", tokens }, orderId: call?.orderId, signal: call?.signal };
    return { fetch: transport.fetchFor(context) };
  };

  const client: BankClient = {
    async getEligibleSolutions(query, call) {
      const op = "getEligibleProductServices";
      const data = await settle(op, api.GET("/eligible-solutions", { params: { query: eligibilityQuery(query) }, ...ctx(op, "idempotent", timeouts.readMs, call) }));
      return eligibleSolutions(data);
    },
    async simulateSolutions(query, call) {
      const op = "simulateSolution";
      // A simulation changes nothing at the bank: safe to repeat.
      const data = await settle(op, api.POST("/_simulate-solutions", { body: simulationRequest(query), ...ctx(op, "idempotent", timeouts.readMs, call) }));
      if (!data || !Array.isArray(data.solutionSimulations)) throw invalid(op, "no solutionSimulations in the answer");
      return solutionSimulations(data);
    },
    async createSubscription(application, call) {
      const op = "initiateCreditSubscription";
      const body = subscriptionRequest(application);
      // `language` is required from 1.5.2 and ignored by a 1.4.0 server: always sent.
      const params = { query: { language: journeyLanguage(body.solutionCode) } };
      const data = await settle(op, later.POST("/subscriptions", { params, body, ...ctx(op, "unsafe", timeouts.writeMs, call) }));
      if (!data || typeof data.id !== "string") throw invalid(op, "no subscription id in the answer");
      return { id: data.id, redirect: data.redirect };
    },
    async listSubscriptions(query, call) {
      const op = "retrieveCreditSubscriptionForSpecificMerchant";
      const data = await settle(op, api.GET("/subscriptions", { params: { query }, ...ctx(op, "idempotent", timeouts.readMs, call) }));
      if (!data || !Array.isArray(data.subscriptions)) throw invalid(op, "no subscriptions list in the answer");
      return { totalItemCount: data.totalItemCount, subscriptions: data.subscriptions.map(listedSubscription) };
    },
    async findSubscriptionsByOrderId(merchantGlobalOrderId, call) {
      const page = await client.listSubscriptions({ merchantGlobalOrderId, page: 1, pageSize: 20 }, call);
      // The filter is the bank's; checking it again costs nothing and guards against a lax one.
      return page.subscriptions.filter((s) => s.orderId === merchantGlobalOrderId);
    },
    async getSubscription(creditSubscriptionId, call) {
      const op = "retrieveCreditSubscription";
      const data = await settle(
        op,
        api.GET("/subscriptions/{creditSubscriptionId}", { params: { path: { creditSubscriptionId } }, ...ctx(op, "idempotent", timeouts.readMs, call) }),
      );
      if (!data || typeof data.consolidatedStatus !== "string") throw invalid(op, "no consolidatedStatus in the answer");
      return subscriptionDetail(data);
    },
    async confirmDelivery(creditSubscriptionId, body, call) {
      const op = "doConfirmDelivery";
      // Confirming the same delivery twice leaves the same state: safe to repeat.
      await settle(
        op,
        api.POST("/subscriptions/{creditSubscriptionId}/_confirmDelivery", {
          params: { path: { creditSubscriptionId } },
          body,
          parseAs: "text",
          ...ctx(op, "idempotent", timeouts.writeMs, call),
        }),
      );
    },
    async cancelSubscription(creditSubscriptionId, cancellation, call) {
      const op = "cancelCreditSubscription";
      const body = cancellationRequest(cancellation);
      const data = await settle(
        op,
        api.POST("/subscriptions/{creditSubscriptionId}/_cancel", { params: { path: { creditSubscriptionId } }, body, ...ctx(op, "unsafe", timeouts.writeMs, call) }),
      );
      if (!data) throw invalid(op, "empty cancellation answer");
      return cancellationAnswer(data);
    },
    async confirmReturn(creditSubscriptionId, call) {
      const op = "doConfirmReturn";
      // Saying twice that the goods came back leaves the same state: safe to repeat.
      await settle(
        op,
        later.POST("/subscriptions/{creditSubscriptionId}/_confirmReturn", {
          params: { path: { creditSubscriptionId } },
          body: { isReturned: true },
          parseAs: "text",
          ...ctx(op, "idempotent", timeouts.writeMs, call),
        }),
      );
    },
  };
  return client;
}

function invalid(operation: string, message: string): BankApiError {
  return new BankApiError({ kind: "invalid_response", httpStatus: null, message: `Unexpected answer from the bank: ${message}`, operation });
}

/**
 * Waits for an openapi-fetch call. The transport throws BankApiError for
 * every failed answer, so what is left to catch is a success body that is
 * not JSON.
 */
async function settle<T>(operation: string, pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T | undefined> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch (error) {
    if (error instanceof BankApiError) throw error;
    if (error instanceof SyntaxError) throw invalid(operation, "the body is not JSON");
    throw error;
  }
  if (result.error !== undefined) {
    throw new BankApiError({ kind: "http", httpStatus: result.response.status, message: `HTTP ${result.response.status}`, operation });
  }
  return result.data;
}
