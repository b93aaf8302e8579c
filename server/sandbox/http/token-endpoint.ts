import "server-only";
import type { TokenResponse } from "@/server/contract";
import { authenticateClient, type Merchant } from "../store/merchants";
import { issueToken } from "../store/tokens";
import { basicCredentials, E_FINANCING_SCOPE, GRANTABLE_SCOPES } from "./auth";

/**
 * POST /auth-server/api/v1/oauth2/token: the client-credentials grant
 * (RFC 6749 4.4) with HTTP Basic client authentication. Errors use the
 * OAuth2 error body (RFC 6749 5.2), as an authorisation server does.
 */
function oauthError(status: number, error: string, description: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error, error_description: description }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** The merchant authenticated by the request's Basic credentials, or the 401 to answer. */
export function tokenClient(request: Request): Merchant | Response {
  const credentials = basicCredentials(request);
  const merchant = credentials && authenticateClient(credentials.user, credentials.password);
  if (merchant) return merchant;
  return oauthError(401, "invalid_client", "Client authentication failed: send Authorization: Basic base64(clientId:clientSecret)", {
    "WWW-Authenticate": 'Basic realm="scalexpert-sandbox"',
  });
}

/** Issues a token to `merchant` (authenticated by tokenClient) for the form's grant and scope. */
export async function tokenEndpoint(request: Request, merchant: Merchant): Promise<Response> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    return oauthError(400, "invalid_request", "The body must be application/x-www-form-urlencoded");
  }
  const form = new URLSearchParams(await request.text());
  const grantType = form.get("grant_type");
  if (!grantType) return oauthError(400, "invalid_request", "Missing grant_type");
  if (grantType !== "client_credentials") return oauthError(400, "unsupported_grant_type", `Unsupported grant_type: ${grantType}`);

  const requested = (form.get("scope") ?? E_FINANCING_SCOPE).split(" ").filter(Boolean);
  // RFC 6749 3.3: the part of the asked scope the client has is granted, and the answer's `scope` says which;
  // the vendor's plugins ask for "e-financing:rw insurance:rw" and expect the e-financing part.
  const granted = [...new Set(requested.filter((s) => GRANTABLE_SCOPES.includes(s)))];
  if (granted.length === 0) return oauthError(400, "invalid_scope", `Scope not granted to this client: ${requested.join(" ") || "(empty)"}`);
  const token = issueToken(merchant.id, granted.join(" "));
  const body: TokenResponse = { access_token: token.accessToken, token_type: "Bearer", expires_in: token.expiresIn, scope: token.scope };
  return Response.json(body, { headers: { "Cache-Control": "no-store", Pragma: "no-cache" } });
}
