/**
 * The demo merchant's webhook, so that the shop hears from the bank with no
 * setup: every event (ANY) goes to the shop's receiver, signed with the key
 * the shop verifies (SCALEXPERT_WEBHOOK_SECRET). Run by the sandbox's
 * migration after the merchants are seeded; refreshed on every run, because
 * the shop's origin (APP_URL) may change between runs.
 */
import { drizzle } from "drizzle-orm/better-sqlite3";
import { webhookConfigs } from "@/db/sandbox/schema-webhooks";
import { DEMO_MERCHANT } from "../domain/merchants-seed";

type Db = Pick<ReturnType<typeof drizzle>, "insert">;

export interface DemoWebhookSettings {
  /** The shop's public origin (env APP_URL). */
  readonly APP_URL: string;
  /** The shop's key for verifying signatures (env SCALEXPERT_WEBHOOK_SECRET); empty: unsigned. */
  readonly SCALEXPERT_WEBHOOK_SECRET: string;
}

export const SHOP_WEBHOOK_PATH = "/api/webhooks/scalexpert";

export function seedDemoWebhook(db: Db, settings: DemoWebhookSettings): void {
  const values = {
    active: true,
    url: `${settings.APP_URL.replace(/\/$/, "")}${SHOP_WEBHOOK_PATH}`,
    authMethod: "NONE",
    authLogin: null,
    authPassword: null,
    authScope: null,
    keyForSignature: settings.SCALEXPERT_WEBHOOK_SECRET || null,
    secret: null,
    emailForAlerts: null,
    activeEventCodes: null,
    updatedAt: Date.now(),
  };
  db.insert(webhookConfigs)
    .values({ merchantId: DEMO_MERCHANT.id, eventTypeCode: "ANY", ...values })
    .onConflictDoUpdate({ target: [webhookConfigs.merchantId, webhookConfigs.eventTypeCode], set: values })
    .run();
}
