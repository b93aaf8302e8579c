import "server-only";
import { z } from "zod";
import { sandboxDb, type SandboxDb } from "@/db/sandbox/client";
import { env } from "@/server/env";
import { getMerchant, updateMerchantSettings, type Merchant } from "../store/merchants";
import type { UrlRules } from "./url-policy";

/**
 * The webhook origins the console allowed for a merchant, beside the shop's
 * own. Kept in the merchant's stored settings under a key PUT .../settings
 * does not accept, so only the console credential can widen it.
 */
const KEY = "webhookOrigins";

export const allowedOriginsInput = z
  .object({
    origins: z
      .array(
        z
          .url({ protocol: /^https?$/ })
          .refine((u) => new URL(u).origin === u.replace(/\/$/, ""), "must be an origin (scheme, host and port, no path)")
          .transform((u) => new URL(u).origin),
      )
      .max(20),
  })
  .strict();

export function allowedOrigins(merchant: Merchant): string[] {
  const stored = merchant.settings[KEY];
  return Array.isArray(stored) ? stored.filter((o): o is string => typeof o === "string") : [];
}

export function setAllowedOrigins(merchant: Merchant, origins: readonly string[]): string[] {
  const unique = [...new Set(origins)];
  updateMerchantSettings(merchant.id, { ...merchant.settings, [KEY]: unique });
  return unique;
}

export function urlRules(merchant: Merchant): UrlRules {
  const { APP_URL, SANDBOX_WEBHOOKS_ALLOW_PRIVATE } = env();
  return { appOrigin: APP_URL, allowedOrigins: allowedOrigins(merchant), allowPrivate: SANDBOX_WEBHOOKS_ALLOW_PRIVATE };
}

export function urlRulesOf(merchantId: string, db: SandboxDb = sandboxDb()): UrlRules {
  const merchant = getMerchant(merchantId, db);
  return merchant ? urlRules(merchant) : { appOrigin: env().APP_URL, allowedOrigins: [], allowPrivate: false };
}
