import type { ApiVersion } from "../domain/api-versions";
import type { Merchant } from "../store/merchants";
import { SandboxHttpError, type RequestInfo } from "./errors";

/** What an e-financing operation handler gets: the authenticated merchant and the request. */
export interface ApiContext {
  readonly request: Request;
  readonly url: URL;
  /** Origin of the request ("http://localhost:3000"): absolute URLs in answers use it. */
  readonly origin: string;
  readonly merchant: Merchant;
  /** The E-financing version this merchant speaks: validation and answers follow it (api-version.ts). */
  readonly apiVersion: ApiVersion;
  /** OAuth client id the token was issued to. */
  readonly clientId: string;
  /** Path parameters of the contract's path template. */
  readonly params: Readonly<Record<string, string>>;
  readonly info: RequestInfo;
}

/**
 * The origin the caller reached the bank at, for the absolute URLs of the
 * answers (journey pages, kit assets). Next's request.url names the host the
 * server bound to rather than the one the client used, so the Host header
 * (or the proxy's X-Forwarded-* headers) decides.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(/:$/, "");
  if (!host || !/^[\w.-]+(:\d+)?$|^\[[\da-f:]+\](:\d+)?$/i.test(host) || !/^https?$/.test(proto)) return url.origin;
  return `${proto}://${host}`;
}

/** The request body as JSON; a body that is not JSON is the service's 400. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", "Malformed JSON request: the body could not be read as JSON");
  }
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers });
}
