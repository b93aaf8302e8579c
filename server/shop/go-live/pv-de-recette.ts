import { adminMessagesFor } from "../i18n/admin-messages";
import type { AcceptanceCase, AcceptanceReport } from "./acceptance-cases";
import { todoText } from "./todo-text";

/**
 * The "PV de recette": the acceptance report the merchant signs and sends to
 * the lender, filled from the orders that passed each case. One model for the
 * printable page and the PDF, in French (the lender's language), with the
 * back office's French words for the cases.
 */

export interface PvCase {
  id: string;
  title: string;
  solutionCode: string;
  environment: string;
  passed: boolean;
  /** Null when no order passed the case yet. */
  order: {
    reference: string;
    subscriptionId: string;
    amounts: string;
    statuses: string;
    timestamps: string;
  } | null;
  /** What is left to do, when not passed. */
  todo: string | null;
}

export interface PvDocument {
  title: string;
  merchant: string;
  orias: string;
  environment: string;
  /** When the document was drawn up. */
  date: string;
  summary: string;
  cases: PvCase[];
  signature: string;
}

const words = adminMessagesFor("fr").goLive;
const environmentName = (name: string) => words.environments[name] ?? name;

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const parisTime = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "medium" });

/** Amounts and times as written in the document ("1 234,56 €", "01/12/2026 10:00:00", Paris time). */
const money = (cents: number) => euros.format(cents / 100);
const time = (ms: number) => parisTime.format(new Date(ms));

function pvCase(c: AcceptanceCase): PvCase {
  const e = c.evidence;
  const order =
    c.passed && e
      ? {
          reference: e.reference,
          subscriptionId: e.subscriptionId ?? "—",
          amounts: `commande ${money(e.totalCents)}, financé ${money(e.initialFinancedCents)}` + (e.cancelledCents > 0 ? `, annulé ${money(e.cancelledCents)}` : ""),
          statuses: [...new Set(e.history.map((h) => h.bankStatus).filter((s): s is string => Boolean(s)))].join(" → ") || (e.bankStatus ?? "—"),
          timestamps:
            `passée le ${time(e.placedAt)}` +
            (e.acceptedAt !== null ? `, acceptée le ${time(e.acceptedAt)}` : "") +
            (e.reachedAt !== null ? `, ${c.expectedStatus} le ${time(e.reachedAt)}` : "") +
            (e.cancelledAt !== null ? `, annulée le ${time(e.cancelledAt)}` : ""),
        }
      : null;
  return {
    id: c.id,
    title: words.kinds[c.kind] ?? c.kind,
    solutionCode: c.solutionCode,
    environment: environmentName(c.environment),
    passed: c.passed,
    order,
    todo: todoText(c, adminMessagesFor("fr"), time),
  };
}

export function pvDocument(input: { merchant: string; orias: string; bankEnvironment: string; report: AcceptanceReport; now: number }): PvDocument {
  const { report } = input;
  return {
    title: "Procès-verbal de recette — financement Scalexpert",
    merchant: input.merchant,
    orias: input.orias,
    environment: environmentName(input.bankEnvironment),
    date: time(input.now),
    summary: `${report.passed} cas passés sur ${report.total} (solutions ${report.solutions.codes.join(", ")}).`,
    cases: report.cases.map(pvCase),
    signature: "Pour le marchand (nom, fonction, date et signature) :",
  };
}
