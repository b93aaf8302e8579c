import "server-only";
import { eq } from "drizzle-orm";
import { sandboxDb, type SandboxDb } from "@/db/sandbox/client";
import { accessTokens } from "@/db/sandbox/schema";

/** Ends every token of the merchant now, so that a client's "token expired" path can be tested (controls). */
export function expireMerchantTokens(merchantId: string, db: SandboxDb = sandboxDb(), nowMs = Date.now()): number {
  return db.update(accessTokens).set({ expiresAt: nowMs }).where(eq(accessTokens.merchantId, merchantId)).run().changes;
}
