import "server-only";
import { isConsolePassword } from "../store/console-credential";
import { consoleClientAddress, consoleDoorClosedFor, countConsoleFailure } from "../store/console-throttle";
import { getMerchant, type Merchant } from "../store/merchants";
import { verifyToken } from "../store/tokens";
import { SandboxHttpError } from "./errors";

/** The scopes the sandbox's auth server grants; any other is refused as invalid_scope. */
export const E_FINANCING_SCOPE = "e-financing:rw";
export const COMMON_SERVICES_SCOPE = "common-services:rw";
export const GRANTABLE_SCOPES: readonly string[] = [E_FINANCING_SCOPE, COMMON_SERVICES_SCOPE];

export interface Caller {
  readonly merchant: Merchant;
  readonly clientId: string;
  readonly scopes: readonly string[];
}

/** The request's bearer token, or undefined. */
export function bearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1];
}

/**
 * The merchant behind the request's bearer token. Missing, unknown or
 * expired token: 401. A valid token without `requiredScope`: 403.
 */
export function authenticateBearer(request: Request, requiredScope: string): Caller {
  const token = bearerToken(request);
  if (!token) throw new SandboxHttpError(401, "UNAUTHORIZED", "Full authentication is required to access this resource: send Authorization: Bearer <access_token>", WWW_BEARER);
  const owner = verifyToken(token);
  const merchant = owner && getMerchant(owner.merchantId);
  if (!owner || !merchant) throw new SandboxHttpError(401, "UNAUTHORIZED", "The access token is invalid or has expired", WWW_BEARER_INVALID);
  if (!owner.scopes.includes(requiredScope)) {
    throw new SandboxHttpError(403, "INSUFFICIENT_SCOPE", `The access token does not grant the scope ${requiredScope}`, {
      "WWW-Authenticate": `Bearer error="insufficient_scope", scope="${requiredScope}"`,
    });
  }
  return { merchant, clientId: owner.clientId, scopes: owner.scopes };
}

const WWW_BEARER = { "WWW-Authenticate": 'Bearer realm="scalexpert-sandbox"' };
const WWW_BEARER_INVALID = { "WWW-Authenticate": 'Bearer realm="scalexpert-sandbox", error="invalid_token"' };

export interface BasicCredentials {
  readonly user: string;
  readonly password: string;
}

/** HTTP Basic credentials of the request, or undefined. */
export function basicCredentials(request: Request): BasicCredentials | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

const CONSOLE_CHALLENGE = { "WWW-Authenticate": 'Basic realm="scalexpert-sandbox-console"' };

/**
 * Whether the request carries the console's credential (HTTP Basic, user
 * "console", SANDBOX_CONSOLE_PASSWORD); false when it carries no Basic
 * credential at all. Throttled like the console's login form, and with it
 * (store/console-throttle.ts): a wrong credential is counted and answered 401,
 * and while the door is closed every attempt, the right one too, is answered
 * 429 with Retry-After. A right credential only looks at the door, so that
 * any number of a tester's concurrent calls cost nothing.
 */
export async function isConsole(request: Request): Promise<boolean> {
  const credentials = basicCredentials(request);
  if (!credentials) return false;
  const address = consoleClientAddress(request.headers.get("x-forwarded-for"));
  const right = credentials.user === "console" && isConsolePassword(credentials.password);
  const wait = right ? await consoleDoorClosedFor(address) : await countConsoleFailure(address);
  if (wait > 0) throw new SandboxHttpError(429, "TOO_MANY_REQUESTS", `Too many wrong console credentials: try again in ${wait} seconds`, { "Retry-After": String(wait) });
  if (!right) throw new SandboxHttpError(401, "UNAUTHORIZED", "Wrong console credential (HTTP Basic, user console)", CONSOLE_CHALLENGE);
  return true;
}
