import "server-only";
import { desc } from "drizzle-orm";
import type { ShopDb } from "@/db/shop/client";
import { webhookEvents } from "@/db/shop/schema";
import { DEMO_VALUES, env } from "@/server/env";
import type { BankClient } from "../bank";
import { orderEnvironments } from "../orders/environments";
import { acceptanceCases, type AcceptanceReport } from "./acceptance-cases";
import type { GoLiveFacts } from "./checklist";
import { documentServed, isSandboxStandIn } from "./legal-documents";
import { merchantTerms } from "./legal-pages";

const BANK_KEYS = ["SCALEXPERT_CLIENT_ID", "SCALEXPERT_CLIENT_SECRET", "SCALEXPERT_WEBHOOK_SECRET"] as const;

export interface GoLiveState {
  facts: GoLiveFacts;
  /** The lender's cases with their orders, or why they could not be read. */
  acceptance: AcceptanceReport | { error: string };
}

/** The deployment as it is now: configuration, the shop's database, the legal documents, the acceptance cases. */
export async function goLiveState(deps: { db: ShopDb; bank: Pick<BankClient, "getEligibleSolutions"> }): Promise<GoLiveState> {
  const e = env();
  const terms = merchantTerms();
  const [documents, acceptance] = await Promise.all([
    Promise.all(terms.mentions.map(async (m) => ({ file: m.file, url: m.url, served: await documentServed(m.url, e.APP_URL, e.APP_MODE) }))),
    acceptanceCases({ db: deps.db, bank: deps.bank, bankEnvironment: e.BANK_ENVIRONMENT }).catch(
      (error: unknown): { error: string } => ({ error: error instanceof Error ? error.message : String(error) }),
    ),
  ]);
  const last = deps.db
    .select({ at: webhookEvents.receivedAt, eventTypeCode: webhookEvents.eventTypeCode, eventCode: webhookEvents.eventCode })
    .from(webhookEvents)
    .orderBy(desc(webhookEvents.receivedAt))
    .limit(1)
    .get();
  const ordersByEnvironment = Object.fromEntries(
    orderEnvironments(deps.db)
      .filter((row) => row.environment !== null)
      .map((row) => [row.environment, row.subscriptions]),
  );
  const facts: GoLiveFacts = {
    mode: e.APP_MODE,
    bankEnvironment: e.BANK_ENVIRONMENT,
    demoKeys: BANK_KEYS.filter((name) => e[name] === DEMO_VALUES[name] || e[name] === ""),
    ordersByEnvironment,
    // The event code names the event in full (SC_SUBSCRIPTION_ACCEPTED); its type alone when the bank sent no code.
    lastSignedWebhook: last ? { at: last.at, event: last.eventCode ?? last.eventTypeCode } : null,
    webhookSecretSet: e.SCALEXPERT_WEBHOOK_SECRET !== "",
    legal: {
      unknownFeeModels: terms.unknownFeeModels,
      documents,
      standIns: terms.mentions.some((m) => isSandboxStandIn(m.url, e.APP_URL)),
    },
    orias: { value: e.MERCHANT_ORIAS, demo: e.MERCHANT_ORIAS === DEMO_VALUES.MERCHANT_ORIAS, needed: terms.french },
    acceptance: "error" in acceptance ? acceptance : { passed: acceptance.passed, total: acceptance.total },
  };
  return { facts, acceptance };
}
