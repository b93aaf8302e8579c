import type { AdminFormatters } from "@/server/shop/i18n/admin-format";
import type { AdminMessages } from "@/server/shop/i18n/admin-messages";
import type { CheckReason } from "@/server/shop/go-live/checklist";

/** Why a check-list line is green or red, in the admin's words. */
export function reasonText(reason: CheckReason, t: AdminMessages, fmt: AdminFormatters): string {
  const r = t.goLive.reasons;
  const env = (name: string) => t.goLive.environments[name] ?? name;
  switch (reason.code) {
    case "bank_sandbox":
      return r.bankSandbox;
    case "bank_real":
      return r.bankReal(env(reason.environment));
    case "keys_demo":
      return r.keysDemo(reason.names.join(", "));
    case "keys_set":
      return r.keysSet;
    case "mixed":
      return r.mixed(env(reason.environment), reason.others.map((o) => `${env(o.environment)} (${o.count})`).join(", "));
    case "separate":
      return r.separate(env(reason.environment));
    case "webhook_secret_missing":
      return r.webhookSecretMissing;
    case "webhook_none":
      return r.webhookNone;
    case "webhook_last":
      return r.webhookLast(reason.event, fmt.dateTime(reason.at));
    case "fee_model_unknown":
      return r.feeModelUnknown(reason.codes.join(", "));
    case "documents_missing":
      return r.documentsMissing(reason.files.join(", "));
    case "documents_stand_ins":
      return r.documentsStandIns;
    case "legal_ok":
      return r.legalOk(reason.files.join(", "));
    case "orias_demo":
      return r.oriasDemo;
    case "orias_set":
      return r.oriasSet(reason.value);
    case "orias_not_needed":
      return r.oriasNotNeeded;
    case "acceptance_unknown":
      return r.acceptanceUnknown(reason.error);
    case "acceptance_left":
      return r.acceptanceLeft(reason.passed, reason.total);
    case "acceptance_done":
      return r.acceptanceDone(reason.total);
  }
}
