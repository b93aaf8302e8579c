/**
 * The acceptance check-list as the terminal shows it: one line per lender case, green (PASS) with
 * its order, or red (TODO) with what is left.
 */
import type { AcceptanceCase, AcceptanceReport } from "../../server/shop/go-live/acceptance-cases";
import { formatEuro } from "../../server/lib/money";

const ENVIRONMENT_LABELS = { sandbox: "embedded sandbox", uatc: "UATC", prod: "PROD" } as const;

const SOURCE_LABELS = { eligibility: "from the bank's eligibility answer", configured: "from the shop's configured contract; the bank did not answer" } as const;

function evidenceLine(c: AcceptanceCase, appUrl: string): string {
  const e = c.evidence;
  if (!e) return "no order yet";
  const amount = formatEuro(e.totalCents, "en-GB");
  const status = [e.bankStatus ?? "not at the bank", e.cancellationStatus].filter(Boolean).join(", ");
  return `order ${e.reference} (subscription ${e.subscriptionId ?? "none"}), ${amount}, ${status}, placed ${iso(e.placedAt)}; calls: ${appUrl}${e.apiLogHref}`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The report as text, `appUrl` in front of the back-office links. */
export function renderChecklist(report: AcceptanceReport, appUrl: string): string {
  const lines = [
    `Acceptance cases: tests on ${ENVIRONMENT_LABELS[report.environments.test]}, production case on ${ENVIRONMENT_LABELS[report.environments.production]}`,
    `Solutions ${report.solutions.codes.join(", ")} (${SOURCE_LABELS[report.solutions.source]})`,
    "",
  ];
  for (const c of report.cases) {
    lines.push(`${c.passed ? "PASS" : "TODO"}  ${c.id.padEnd(34)} ${ENVIRONMENT_LABELS[c.environment].padEnd(16)} expects ${c.expectedStatus}`);
    lines.push(`      ${evidenceLine(c, appUrl)}`);
    if (c.todo) lines.push(`      left to do: ${c.todo.text}`);
  }
  lines.push("", `${report.passed}/${report.total} cases passed${report.passed === report.total ? "" : `, ${report.total - report.passed} left`}`);
  return lines.join("\n");
}
