import "server-only";
import { authenticateBearer, E_FINANCING_SCOPE } from "./auth";
import { merchantApiVersion } from "./api-version";
import { eFinancingOperations, everyVersionOperations, matchTemplate, type EFinancingOperationId, type OperationDef } from "./contract-operations";
import { requestOrigin, type ApiContext } from "./context";
import { handleControl } from "./sandbox-controls";
import { httpErrorResponse, SandboxHttpError, errorResponse, type RequestInfo } from "./errors";
import { withFaults } from "./faults-runtime";
import { healthCheck } from "./health";
import { getEligibleSolutions } from "./operations/eligible-solutions";
import { simulateSolutions } from "./operations/simulate-solutions";
import { cancelSubscription, confirmDelivery, confirmReturn, createSubscription, getSubscription, listSubscriptions } from "./operations/subscription-endpoints";
import { rateLimiter } from "./rate-limit";
import { tokenEndpoint, tokenClient } from "./token-endpoint";
import { TOKEN_OPERATION_ID } from "./faults";
import { handleMerchantWebhooks, MERCHANT_WEBHOOKS_PREFIX } from "./webhook-api";

const E_FINANCING_PREFIX = ["e-financing", "api", "v1"];

type Handler = (ctx: ApiContext) => Response | Promise<Response>;

const HANDLERS: Readonly<Record<EFinancingOperationId, Handler>> = {
  getEligibleProductServices: getEligibleSolutions,
  simulateSolution: simulateSolutions,
  initiateCreditSubscription: createSubscription,
  retrieveCreditSubscriptionForSpecificMerchant: listSubscriptions,
  retrieveCreditSubscription: getSubscription,
  doConfirmDelivery: confirmDelivery,
  cancelCreditSubscription: cancelSubscription,
  doConfirmReturn: confirmReturn,
};

function startsWith(segments: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((p, i) => segments[i] === p);
}

function requestInfo(request: Request, segments: readonly string[]): RequestInfo {
  const path = new URL(request.url).pathname;
  // The service sees paths from its version prefix, as in the bank's own error examples ("/v1/subscriptions").
  const requestURI = startsWith(segments, E_FINANCING_PREFIX) ? `/${segments.slice(2).join("/")}` : `/${segments.join("/")}`;
  return { method: request.method, requestURI, path };
}

/** Entry point of the whole sandbox HTTP surface; `segments` is the path below /sandbox/baas/uatc (the bank's `/baas/uatc` base). */
export async function handleSandboxRequest(request: Request, pathSegments: readonly string[]): Promise<Response> {
  // The bank's gateway serves ".../subscriptions/" as ".../subscriptions", for every method: the vendor's plugins call it so.
  const segments = pathSegments.at(-1) === "" ? pathSegments.slice(0, -1) : pathSegments;
  const info = requestInfo(request, segments);
  try {
    if (startsWith(segments, E_FINANCING_PREFIX)) return await eFinancing(request, segments.slice(E_FINANCING_PREFIX.length), info);
    if (segments.join("/") === "auth-server/api/v1/oauth2/token") {
      if (request.method !== "POST") throw methodNotAllowed(request, ["POST"]);
      const client = tokenClient(request);
      if (client instanceof Response) return client;
      return await withFaults(client.id, TOKEN_OPERATION_ID, info, () => tokenEndpoint(request, client));
    }
    if (startsWith(segments, MERCHANT_WEBHOOKS_PREFIX)) return await handleMerchantWebhooks(request, segments.slice(MERCHANT_WEBHOOKS_PREFIX.length), info);
    if (segments[0] === "sandbox" && segments[1] === "v1") return await handleControl(request, segments.slice(2), info);
    if (segments.join("/") === "health" && request.method === "GET") return healthCheck();
    throw new SandboxHttpError(404, "NOT_FOUND", `No such resource: ${info.path}`);
  } catch (error) {
    return errorResponse(error, info);
  }
}

function methodNotAllowed(request: Request, allowed: readonly string[]): SandboxHttpError {
  return new SandboxHttpError(405, "METHOD_NOT_ALLOWED", `Request method '${request.method}' is not supported`, { Allow: allowed.join(", ") });
}

type Candidate = { op: OperationDef; params: Record<string, string> };

function candidatesFor(operations: readonly OperationDef[], rest: readonly string[]): Candidate[] {
  const found = operations.map((op) => ({ op, params: matchTemplate(op.path, rest) })).filter((c): c is Candidate => c.params !== undefined);
  return found.filter((c, i) => found.findIndex((o) => o.op.method === c.op.method && o.op.path === c.op.path) === i);
}

async function eFinancing(request: Request, rest: readonly string[], unversionedInfo: RequestInfo): Promise<Response> {
  // Before the caller is known, any version's path is routed; its own version decides after the token.
  const candidates = candidatesFor(everyVersionOperations(), rest);
  if (candidates.length === 0) throw new SandboxHttpError(404, "NOT_FOUND", `No such resource: ${unversionedInfo.path}`);
  if (!candidates.some((c) => c.op.method === request.method)) throw methodNotAllowed(request, candidates.map((c) => c.op.method));

  // The gateway's order: token, scope, rate limit; then the service.
  const caller = authenticateBearer(request, E_FINANCING_SCOPE);
  const apiVersion = merchantApiVersion(caller.merchant);
  const info: RequestInfo = { ...unversionedInfo, apiVersion };
  const match = candidatesFor(eFinancingOperations(apiVersion), rest).find((c) => c.op.method === request.method);
  if (!match) throw new SandboxHttpError(404, "NOT_FOUND", `No such resource: ${info.path}`);
  const limiter = rateLimiter();
  const rate = limiter.take(caller.clientId);
  if (!rate.allowed) {
    return httpErrorResponse(
      new SandboxHttpError(429, "TOO_MANY_REQUESTS", `Rate limit exceeded: ${limiter.limit} calls per minute per application`, {
        "Retry-After": String(rate.retryAfterSeconds),
      }),
      info,
    );
  }
  const url = new URL(request.url);
  const ctx: ApiContext = { request, url, origin: requestOrigin(request), merchant: caller.merchant, apiVersion, clientId: caller.clientId, params: match.params, info };
  const handler = HANDLERS[match.op.operationId];
  return withFaults(caller.merchant.id, match.op.operationId, info, async () => {
    try {
      return await handler(ctx);
    } catch (error) {
      return errorResponse(error, info);
    }
  });
}
