/**
 * The bank's two error bodies: the service's BaasExceptionHttpResponse
 * (400/401/403/404/429/500/503...) and the API gateway's own body for a JSON
 * body that breaks the schema (422).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { REQUEST_REFUSAL_CODES } from "@/server/contract/error-codes";
import type { ApiVersion } from "../domain/api-versions";
import { errorBodyExtras, type ErrorEntry } from "./api-version";

export const ERROR_CODES = [
  ...REQUEST_REFUSAL_CODES,
  "UNAUTHORIZED",
  "INSUFFICIENT_SCOPE",
  "TOO_MANY_REQUESTS",
  "INTERNAL_SERVER_ERROR",
  "SERVICE_UNAVAILABLE",
  "CONFLICT",
  "METHOD_NOT_ALLOWED",
  "NOT_FOUND",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? "Error";
}

/** An error the bank answers with a BaasExceptionHttpResponse body. */
export class SandboxHttpError extends Error {
  constructor(
    readonly status: number,
    /** One of ERROR_CODES, or a business refusal code of the life cycle (server/sandbox/domain/lifecycle.ts). */
    readonly errorCode: ErrorCode | (string & {}),
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = "SandboxHttpError";
  }
}

/** The API gateway's refusal of a body that does not match the schema. */
export class GatewayValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GatewayValidationError";
  }
}

export interface BaasExceptionBody {
  timestamp: string;
  httpStatusCode: number;
  httpStatusMessage: string;
  errorCode: string;
  errorMessage: string;
  errors?: ErrorEntry[];
  requestMethod: string;
  requestURI: string;
}

export interface RequestInfo {
  method: string;
  /** The path the bank saw, from "/v1/..." for the e-financing service (as in the vendor's examples). */
  requestURI: string;
  /** The full path on this server, for the gateway's `path`. */
  path: string;
  /** The caller's API version, once the caller is known: the error body follows it. */
  apiVersion?: ApiVersion;
}

export function baasExceptionBody(error: SandboxHttpError, request: RequestInfo, now = new Date()): BaasExceptionBody {
  return {
    timestamp: now.toISOString(),
    httpStatusCode: error.status,
    httpStatusMessage: statusText(error.status),
    errorCode: error.errorCode,
    errorMessage: error.message,
    ...errorBodyExtras(request.apiVersion, error.errorCode, error.message),
    requestMethod: request.method,
    requestURI: request.requestURI,
  };
}

export function httpErrorResponse(error: SandboxHttpError, request: RequestInfo): Response {
  return Response.json(baasExceptionBody(error, request), { status: error.status, headers: error.headers });
}

export interface GatewayErrorBody {
  timestamp: string;
  path: string;
  status: "422";
  error: "Unprocessable Entity";
  message: string;
  requestId: string;
  traceId: string;
}

export function gatewayErrorBody(message: string, request: RequestInfo, now = new Date()): GatewayErrorBody {
  return {
    timestamp: now.toISOString(),
    path: request.path,
    status: "422",
    error: "Unprocessable Entity",
    message,
    requestId: randomUUID(),
    traceId: randomBytes(16).toString("hex"),
  };
}

export function gatewayErrorResponse(error: GatewayValidationError, request: RequestInfo): Response {
  return Response.json(gatewayErrorBody(error.message, request), { status: 422 });
}

/** The answer for anything a handler throws: bank errors as such, anything else as a 500. */
export function errorResponse(error: unknown, request: RequestInfo): Response {
  if (error instanceof SandboxHttpError) return httpErrorResponse(error, request);
  if (error instanceof GatewayValidationError) return gatewayErrorResponse(error, request);
  console.error("sandbox: unexpected error", error);
  return httpErrorResponse(new SandboxHttpError(500, "INTERNAL_SERVER_ERROR", "Une erreur est survenue"), request);
}
