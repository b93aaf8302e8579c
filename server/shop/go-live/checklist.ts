import type { BankEnvironment } from "@/server/lib/bank-environment";

/**
 * The go-live check-list: what a deployment must show before the merchant
 * sells with the lender's financing, each line green or red with the reason.
 * Pure: the facts are gathered by ./go-live-facts.ts, the words are the back
 * office's (each line names its reason by code, with the values it quotes).
 */

export interface GoLiveFacts {
  mode: "demo" | "production";
  /** The bank the shop talks to now. */
  bankEnvironment: BankEnvironment;
  /** Which of the bank's credentials are still the sandbox's public demo ones, or unset. */
  demoKeys: readonly ("SCALEXPERT_CLIENT_ID" | "SCALEXPERT_CLIENT_SECRET" | "SCALEXPERT_WEBHOOK_SECRET")[];
  /** Orders in the shop's database per bank environment they were placed against. */
  ordersByEnvironment: Readonly<Partial<Record<BankEnvironment, number>>>;
  /** The newest webhook event whose signature held (only those are stored). */
  /** The event as the bank names it (SC_SUBSCRIPTION_ACCEPTED). */
  lastSignedWebhook: { at: number; event: string } | null;
  webhookSecretSet: boolean;
  legal: {
    /** Solution codes whose fee model nobody says: their legal mentions cannot be chosen. */
    unknownFeeModels: readonly string[];
    /** Each legal-mentions document the contract needs, and whether it is served. */
    documents: readonly { file: string; url: string; served: boolean }[];
    /** The documents are the sandbox's stand-ins, not the lender's. */
    standIns: boolean;
  };
  orias: { value: string; demo: boolean; needed: boolean };
  acceptance: { passed: number; total: number } | { error: string };
}

export type CheckId = "environment" | "keys" | "separation" | "webhooks" | "legal" | "orias" | "acceptance";

export type CheckReason =
  | { code: "bank_sandbox" }
  | { code: "bank_real"; environment: "uatc" | "prod" }
  | { code: "keys_demo"; names: readonly string[] }
  | { code: "keys_set" }
  | { code: "mixed"; environment: BankEnvironment; others: readonly { environment: BankEnvironment; count: number }[] }
  | { code: "separate"; environment: BankEnvironment }
  | { code: "webhook_secret_missing" }
  | { code: "webhook_none" }
  | { code: "webhook_last"; at: number; event: string }
  | { code: "fee_model_unknown"; codes: readonly string[] }
  | { code: "documents_missing"; files: readonly string[] }
  | { code: "documents_stand_ins" }
  | { code: "legal_ok"; files: readonly string[] }
  | { code: "orias_demo" }
  | { code: "orias_set"; value: string }
  | { code: "orias_not_needed" }
  | { code: "acceptance_unknown"; error: string }
  | { code: "acceptance_left"; passed: number; total: number }
  | { code: "acceptance_done"; total: number };

export interface CheckLine {
  id: CheckId;
  ok: boolean;
  reason: CheckReason;
}

function line(id: CheckId, ok: boolean, reason: CheckReason): CheckLine {
  return { id, ok, reason };
}

function environmentLine(facts: GoLiveFacts): CheckLine {
  const env = facts.bankEnvironment;
  return env === "sandbox" ? line("environment", false, { code: "bank_sandbox" }) : line("environment", true, { code: "bank_real", environment: env });
}

function keysLine(facts: GoLiveFacts): CheckLine {
  return facts.demoKeys.length > 0 ? line("keys", false, { code: "keys_demo", names: facts.demoKeys }) : line("keys", true, { code: "keys_set" });
}

/**
 * Test and production keep apart: a production shop holding test (or sandbox)
 * subscriptions, or a test shop holding production ones, shares its keys or
 * its database across environments.
 */
function separationLine(facts: GoLiveFacts): CheckLine {
  const here = facts.bankEnvironment;
  const others = Object.entries(facts.ordersByEnvironment)
    .filter(([environment, count]) => environment !== here && (count ?? 0) > 0)
    .map(([environment, count]) => ({ environment: environment as BankEnvironment, count: count ?? 0 }))
    .sort((a, b) => a.environment.localeCompare(b.environment));
  return others.length > 0 ? line("separation", false, { code: "mixed", environment: here, others }) : line("separation", true, { code: "separate", environment: here });
}

function webhooksLine(facts: GoLiveFacts): CheckLine {
  if (!facts.webhookSecretSet) return line("webhooks", false, { code: "webhook_secret_missing" });
  const last = facts.lastSignedWebhook;
  return last ? line("webhooks", true, { code: "webhook_last", at: last.at, event: last.event }) : line("webhooks", false, { code: "webhook_none" });
}

function legalLine(facts: GoLiveFacts): CheckLine {
  const { unknownFeeModels, documents, standIns } = facts.legal;
  if (unknownFeeModels.length > 0) return line("legal", false, { code: "fee_model_unknown", codes: unknownFeeModels });
  const missing = documents.filter((d) => !d.served).map((d) => d.file);
  if (missing.length > 0) return line("legal", false, { code: "documents_missing", files: missing });
  // The lender's real documents are part of going live; the sandbox's stand-ins are enough for a demo only.
  if (standIns && facts.mode === "production") return line("legal", false, { code: "documents_stand_ins" });
  return line("legal", true, { code: "legal_ok", files: documents.map((d) => d.file) });
}

function oriasLine(facts: GoLiveFacts): CheckLine {
  if (!facts.orias.needed) return line("orias", true, { code: "orias_not_needed" });
  return facts.orias.demo ? line("orias", false, { code: "orias_demo" }) : line("orias", true, { code: "orias_set", value: facts.orias.value });
}

function acceptanceLine(facts: GoLiveFacts): CheckLine {
  const a = facts.acceptance;
  if ("error" in a) return line("acceptance", false, { code: "acceptance_unknown", error: a.error });
  return a.passed === a.total && a.total > 0
    ? line("acceptance", true, { code: "acceptance_done", total: a.total })
    : line("acceptance", false, { code: "acceptance_left", passed: a.passed, total: a.total });
}

/** Every line of the check-list, in the order a merchant works through them. */
export function goLiveChecklist(facts: GoLiveFacts): CheckLine[] {
  return [environmentLine(facts), keysLine(facts), separationLine(facts), webhooksLine(facts), legalLine(facts), oriasLine(facts), acceptanceLine(facts)];
}
