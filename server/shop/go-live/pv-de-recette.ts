import type { AcceptanceCase, AcceptanceCaseKind, AcceptanceReport } from "./acceptance-cases";

/**
 * The "PV de recette": the acceptance report the merchant signs and sends to
 * the lender, filled from the orders that passed each case. One model for the
 * printable page and the PDF, in French (the lender's language).
 */

export interface PvCase {
  id: string;
  title: string;
  solutionCode: string;
  environment: string;
  passed: boolean;
  /** Null when no order stands for the case yet. */
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

const CASE_TITLES: Record<AcceptanceCaseKind, string> = {
  accepted: "Paiement accepté",
  refused: "Paiement refusé",
  cancelled_after_24h: "Paiement accepté en production, annulé 24 h plus tard",
  pre_accepted: "Crédit pré-accepté",
  rejected: "Crédit refusé",
  cancelled: "Crédit annulé",
};

const GOALS: Record<AcceptanceCaseKind, string> = {
  accepted: "acceptée par le prêteur (carte de test acceptée)",
  refused: "refusée par le prêteur (carte de test refusée)",
  cancelled_after_24h: "acceptée, puis annulée en totalité depuis le back-office au moins 24 h après son acceptation",
  pre_accepted: "pré-acceptée par le prêteur (dossier complété et signé)",
  rejected: "refusée par le prêteur",
  cancelled: "acceptée, puis annulée en totalité depuis le back-office",
};

const ENVIRONMENTS: Record<string, string> = { sandbox: "sandbox intégrée (répétition)", uatc: "UATC (recette)", prod: "PROD (production)" };

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const parisTime = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "medium" });

/** Amounts and times as written in the document ("1 234,56 €", "01/12/2026 10:00:00", Paris time). */
const money = (cents: number) => euros.format(cents / 100);
const time = (ms: number) => parisTime.format(new Date(ms));

/** What is left for a case, in the document's words (the acceptance module says it by code). */
function todoText(c: AcceptanceCase): string | null {
  if (c.passed || !c.todo) return null;
  const ref = c.evidence?.reference ?? "";
  switch (c.todo.code) {
    case "place_order":
      return `Passer une commande ${c.solutionCode} sur ${ENVIRONMENTS[c.environment] ?? c.environment}, ${GOALS[c.kind]}.`;
    case "await_bank":
      return `Commande ${ref} en cours : terminer le parcours de l'acheteur ou attendre la décision du prêteur.`;
    case "cancel_order":
      return `Annuler en totalité la commande ${ref} depuis le back-office${c.todo.notBefore !== null ? ` à partir du ${time(c.todo.notBefore)}` : ""}.`;
    case "cancelled_too_soon":
      return `La commande ${ref} a été annulée moins de 24 h après son acceptation : en passer une autre, ${GOALS[c.kind]}.`;
  }
}

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
    title: CASE_TITLES[c.kind],
    solutionCode: c.solutionCode,
    environment: ENVIRONMENTS[c.environment] ?? c.environment,
    passed: c.passed,
    order,
    todo: todoText(c),
  };
}

export function pvDocument(input: { merchant: string; orias: string; bankEnvironment: string; report: AcceptanceReport; now: number }): PvDocument {
  const { report } = input;
  return {
    title: "Procès-verbal de recette — financement Scalexpert",
    merchant: input.merchant,
    orias: input.orias,
    environment: ENVIRONMENTS[input.bankEnvironment] ?? input.bankEnvironment,
    date: time(input.now),
    summary: `${report.passed} cas passés sur ${report.total} (solutions ${report.solutions.codes.join(", ")}).`,
    cases: report.cases.map(pvCase),
    signature: "Pour le marchand (nom, fonction, date et signature) :",
  };
}
