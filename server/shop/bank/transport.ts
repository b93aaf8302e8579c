import "server-only";
import { BankApiError, errorFromFailure, errorFromResponse, parseRetryAfter, type BankErrorKind } from "./errors";
import { logPath, summarizeBodyText } from "./redact";
import { nextDelayMs, type CallSafety, type RetrySettings } from "./retry-policy";
import type { TokenCache } from "./token-cache";

/** One HTTP attempt as written to the API log (see db/shop/schema.ts bank_api_calls). */
export interface ApiCallRecord {
  at: number;
  operation: string;
  method: string;
  path: string;
  httpStatus: number | null;
  latencyMs: number;
  errorCode: string | null;
  errorKind: BankErrorKind | null;
  orderId: string | null;
  attempt: number;
  requestSummary: string | null;
  responseSummary: string | null;
}

export interface ApiCallLogger {
  record(call: ApiCallRecord): void;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random(): number;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener("abort", () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    }),
  random: () => Math.random(),
};

export interface CallContext {
  /** The contract's operationId. */
  operation: string;
  safety: CallSafety;
  timeoutMs: number;
  /** "bearer": the API, with the cached token; "basic": the token endpoint itself. */
  auth: { kind: "bearer"; tokens: TokenCache } | { kind: "basic"; header: string };
  orderId?: string;
  signal?: AbortSignal;
}

export interface TransportOptions {
  baseUrl: string;
  fetch: FetchLike;
  logger: ApiCallLogger;
  retry: RetrySettings;
  clock: Clock;
}

/**
 * The HTTP layer under openapi-fetch: for one call it adds the credentials,
 * bounds every attempt in time, retries what is safe to retry, refreshes the
 * token once on a 401, logs every attempt, and turns any failure into a
 * BankApiError. openapi-fetch therefore only ever sees successful answers.
 */
export class BankTransport {
  constructor(private readonly options: TransportOptions) {}

  /** The `fetch` to hand openapi-fetch for one call. */
  fetchFor(ctx: CallContext): (request: Request) => Promise<Response> {
    return (request) => this.send(request, ctx);
  }

  private async send(request: Request, ctx: CallContext): Promise<Response> {
    const { clock, retry } = this.options;
    const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.text();
    const requestSummary = summarizeBodyText(body, request.headers.get("content-type"));
    const path = logPath(request.url, this.options.baseUrl);
    let attempt = 0;
    let failures = 0;
    let refreshedToken = false;

    for (;;) {
      attempt += 1;
      const headers = new Headers(request.headers);
      let token: string | undefined;
      if (ctx.auth.kind === "bearer") {
        try {
          token = await ctx.auth.tokens.get();
        } catch (error) {
          // The request itself was never sent: say so, the caller may act on it.
          throw markNotSent(error, ctx.operation);
        }
        headers.set("authorization", `Bearer ${token}`);
      } else {
        headers.set("authorization", ctx.auth.header);
      }

      const started = clock.now();
      let response: Response | undefined;
      let text = "";
      let error: BankApiError | undefined;
      try {
        const timeout = AbortSignal.timeout(ctx.timeoutMs);
        const signal = ctx.signal ? AbortSignal.any([ctx.signal, timeout]) : timeout;
        response = await this.options.fetch(request.url, { method: request.method, headers, body, signal });
        // Read the body under the same time limit: a bank that stalls mid-answer is a timeout too.
        text = await response.text();
      } catch (failure) {
        error = errorFromFailure(ctx.operation, failure, ctx.timeoutMs);
      }
      if (!error && response && !response.ok) {
        error = errorFromResponse(ctx.operation, response.status, text, parseRetryAfter(response.headers.get("retry-after"), clock.now()));
      }

      this.options.logger.record({
        at: started,
        operation: ctx.operation,
        method: request.method,
        path,
        httpStatus: response?.status ?? null,
        latencyMs: Math.max(0, Math.round(clock.now() - started)),
        errorCode: error?.errorCode ?? error?.gatewayCode ?? null,
        errorKind: error?.kind ?? null,
        orderId: ctx.orderId ?? null,
        attempt,
        requestSummary,
        responseSummary: response ? summarizeBodyText(text, response.headers.get("content-type")) : null,
      });

      if (!error && response) {
        return new Response(text === "" ? null : text, { status: response.status, statusText: response.statusText, headers: response.headers });
      }
      if (!error) throw new Error("unreachable: neither answer nor error");

      if (error.httpStatus === 401 && ctx.auth.kind === "bearer" && token && !refreshedToken) {
        // The token was revoked or expired early: one new token, one more try.
        refreshedToken = true;
        ctx.auth.tokens.invalidate(token);
        continue;
      }
      failures += 1;
      const delay = nextDelayMs(error, ctx.safety, failures, retry, clock.random);
      if (delay === null) throw error;
      await clock.sleep(delay, ctx.signal);
    }
  }
}

function markNotSent(error: unknown, operation: string): BankApiError {
  const base = error instanceof BankApiError ? error : errorFromFailure("requestAccessToken", error, 0);
  return new BankApiError({
    kind: base.kind,
    httpStatus: base.httpStatus,
    errorCode: base.errorCode,
    message: `No access token, ${operation} not sent: ${base.message}`,
    operation,
    retryAfterSeconds: base.retryAfterSeconds,
    requestSent: false,
    cause: base,
  });
}
