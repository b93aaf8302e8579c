import "server-only";
import { and, eq, gt, lt } from "drizzle-orm";
import { sandboxDb, type SandboxDb } from "@/db/sandbox/client";
import { accessTokens, merchants } from "@/db/sandbox/schema";
import { digest, randomSecret } from "./secrets";

/** The documented lifetime of an access token. */
export const TOKEN_LIFETIME_SECONDS = 900;

export interface IssuedToken {
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly scope: string;
}

export function issueToken(merchantId: string, scope: string, db: SandboxDb = sandboxDb(), nowMs = Date.now()): IssuedToken {
  const accessToken = randomSecret(32);
  // Expired tokens are of no use to anyone: drop them while we are here.
  db.delete(accessTokens).where(lt(accessTokens.expiresAt, nowMs)).run();
  db.insert(accessTokens)
    .values({ tokenHash: digest(accessToken), merchantId, scope, expiresAt: nowMs + TOKEN_LIFETIME_SECONDS * 1000 })
    .run();
  return { accessToken, expiresIn: TOKEN_LIFETIME_SECONDS, scope };
}

export interface TokenOwner {
  readonly merchantId: string;
  readonly clientId: string;
  readonly scopes: readonly string[];
}

/** Who holds this bearer token, or undefined when it is unknown or expired. */
export function verifyToken(accessToken: string, db: SandboxDb = sandboxDb(), nowMs = Date.now()): TokenOwner | undefined {
  const row = db
    .select({ merchantId: accessTokens.merchantId, scope: accessTokens.scope, clientId: merchants.clientId })
    .from(accessTokens)
    .innerJoin(merchants, eq(merchants.id, accessTokens.merchantId))
    .where(and(eq(accessTokens.tokenHash, digest(accessToken)), gt(accessTokens.expiresAt, nowMs)))
    .get();
  return row && { merchantId: row.merchantId, clientId: row.clientId, scopes: row.scope.split(" ").filter(Boolean) };
}
