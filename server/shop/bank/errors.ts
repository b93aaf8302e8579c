/**
 * The one error the bank client throws. The bank answers errors in two
 * shapes: its own `BaasExceptionHttpResponse` ({httpStatusCode, errorCode,
 * errorMessage, ...}) and, when its gateway rejects the JSON body against the
 * schema, a 422 `{status: "422", error, message: "[Code: 1028 | Message: ... ]"}`.
 * Both become a BankApiError; so do timeouts and dropped connections, where
 * no answer came at all. From 1.5.2 the bank's format may also carry
 * `errors: [{code, message}]`, read when the top-level fields say less.
 */
import type { BankError } from "@/server/contract/types";

export type BankErrorKind =
  /** An error answer in the bank's BaasExceptionHttpResponse format. */
  | "baas"
  /** The gateway's schema-violation answer (HTTP 422). */
  | "gateway422"
  /** An HTTP error whose body is neither of the bank's formats (401/403 from the gateway, proxies...). */
  | "http"
  /** The connection failed or was dropped before an answer was read. */
  | "network"
  /** No answer within the call's time limit. */
  | "timeout"
  /** A success status whose body is not what the contract promises. */
  | "invalid_response";

export interface BankApiErrorInit {
  kind: BankErrorKind;
  httpStatus: number | null;
  errorCode?: string;
  message: string;
  operation: string;
  /** The gateway's numeric rule code and the JSON path it names (422 only). */
  gatewayCode?: string;
  field?: string;
  /** Seconds the bank asked us to wait (Retry-After of a 429/503). */
  retryAfterSeconds?: number;
  /** False when the request never left (no access token could be had): nothing can have happened at the bank. */
  requestSent?: boolean;
  cause?: unknown;
}

// Next.js bundles server code once per layer (pages, route handlers, instrumentation), so one process can
// hold several copies of this class while sharing one bank client (kept on globalThis): `instanceof` must
// recognise an error made by any copy, hence a process-wide brand rather than the class's identity.
const BANK_API_ERROR = Symbol.for("scalexpert-shop.BankApiError");

export class BankApiError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as { [BANK_API_ERROR]?: unknown })[BANK_API_ERROR] === true;
  }

  readonly [BANK_API_ERROR] = true;
  readonly kind: BankErrorKind;
  readonly httpStatus: number | null;
  readonly errorCode: string | undefined;
  readonly operation: string;
  readonly gatewayCode: string | undefined;
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly requestSent: boolean;

  constructor(init: BankApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "BankApiError";
    this.kind = init.kind;
    this.httpStatus = init.httpStatus;
    this.errorCode = init.errorCode;
    this.operation = init.operation;
    this.gatewayCode = init.gatewayCode;
    this.field = init.field;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.requestSent = init.requestSent ?? true;
  }

  /**
   * True when the bank may have done what was asked although we got no clear
   * answer: a timeout, a dropped connection, a 5xx. The caller must look the
   * result up before doing it again.
   */
  get outcomeUnknown(): boolean {
    if (!this.requestSent) return false;
    // A success status whose body could not be read: the bank did something, we cannot tell what.
    if (this.kind === "network" || this.kind === "timeout" || this.kind === "invalid_response") return true;
    return this.httpStatus !== null && this.httpStatus >= 500;
  }

  /** A 400 BAD_REQUEST to POST /subscriptions: a subscription already exists for this merchantGlobalOrderId. */
  get isDuplicateOrder(): boolean {
    return this.httpStatus === 400 && this.errorCode === "BAD_REQUEST";
  }

  /** A 409 to a delivery confirmation: the bank already has the delivery. */
  get isAlreadyDone(): boolean {
    return this.httpStatus === 409;
  }
}

/** The gateway's message: "[Code: 1028 | Message: $.solutionCode: is missing but it is required | path: $]". */
const GATEWAY_MESSAGE = /Code:\s*([^|\]]+?)\s*\|\s*Message:\s*(.+?)\s*(?:\|\s*path:\s*([^\]]*?)\s*)?\]?$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The 1.5.2+ `errors` array, keeping only what is readable. */
function errorItems(value: unknown): { code: string; message: string }[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isRecord)
    .map((item) => ({ code: typeof item.code === "string" ? item.code : "", message: typeof item.message === "string" ? item.message : "" }))
    .filter((item) => item.code || item.message);
}

/** Reads Retry-After as seconds (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, nowMs: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}

/** Builds the error for an HTTP answer that is not a success, from its status and body text. */
export function errorFromResponse(
  operation: string,
  httpStatus: number,
  bodyText: string,
  retryAfterSeconds?: number,
): BankApiError {
  const body = parseJson(bodyText);
  if (isRecord(body)) {
    const gatewayMessage = typeof body.message === "string" ? body.message : undefined;
    if (httpStatus === 422 || (gatewayMessage !== undefined && ("traceId" in body || "requestId" in body || "path" in body))) {
      const match = gatewayMessage ? GATEWAY_MESSAGE.exec(gatewayMessage) : null;
      const detail = match?.[2] ?? gatewayMessage ?? (typeof body.error === "string" ? body.error : "Unprocessable Entity");
      return new BankApiError({
        kind: "gateway422",
        httpStatus,
        message: detail,
        operation,
        gatewayCode: match?.[1]?.trim(),
        field: detail.match(/^(\$[^:\s]*)/)?.[1],
        retryAfterSeconds,
      });
    }
    const baas = body as BankError;
    const details = errorItems(body.errors);
    if (typeof baas.errorCode === "string" || typeof baas.errorMessage === "string" || typeof baas.httpStatusCode !== "undefined" || details.length > 0) {
      const topMessage = typeof baas.errorMessage === "string" && baas.errorMessage ? baas.errorMessage : undefined;
      const detailMessage = details.map((d) => (d.code && d.message ? `${d.code}: ${d.message}` : d.message || d.code)).join("; ");
      return new BankApiError({
        kind: "baas",
        httpStatus,
        errorCode: typeof baas.errorCode === "string" && baas.errorCode ? baas.errorCode : details.find((d) => d.code)?.code,
        message: [topMessage, detailMessage && detailMessage !== topMessage ? detailMessage : undefined].filter(Boolean).join(" — ") || `HTTP ${httpStatus}`,
        operation,
        retryAfterSeconds,
      });
    }
  }
  return new BankApiError({
    kind: "http",
    httpStatus,
    message: `HTTP ${httpStatus}${bodyText ? `: ${bodyText.slice(0, 200)}` : ""}`,
    operation,
    retryAfterSeconds,
  });
}

/** Builds the error for a call that got no answer. */
export function errorFromFailure(operation: string, error: unknown, timeoutMs: number): BankApiError {
  const name = error instanceof Error ? error.name : "";
  if (name === "TimeoutError") {
    return new BankApiError({ kind: "timeout", httpStatus: null, message: `No answer within ${timeoutMs} ms`, operation, cause: error });
  }
  if (error instanceof BankApiError) return error;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  const message = error instanceof Error ? `${error.message}${cause}` : String(error);
  return new BankApiError({ kind: "network", httpStatus: null, message, operation, cause: error });
}
