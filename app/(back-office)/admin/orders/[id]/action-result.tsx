import { euros } from "@/server/shop/admin/labels";

export interface ActionOutcome {
  ok: boolean;
  code: string | null;
  message: string;
  stateLabel: string;
  financedCents: number;
  bankFinancedCents: number | null;
}

/** What an action came to: the bank's (or the rules') word, and where the order now stands. */
export function ActionResult({ outcome, showAmount = false }: { outcome: ActionOutcome; showAmount?: boolean }) {
  return (
    <div className={`notice ${outcome.ok ? "ok" : "error"}`} role={outcome.ok ? "status" : "alert"} data-testid="action-result">
      <p>
        {outcome.ok ? null : <strong>Not done. </strong>}
        {outcome.message}
      </p>
      <p className="small">
        Order now: <strong>{outcome.stateLabel}</strong>
        {showAmount && (
          <>
            {" "}
            · financed amount now <strong data-testid="new-financed">{euros(outcome.bankFinancedCents ?? outcome.financedCents)}</strong>
          </>
        )}
      </p>
    </div>
  );
}

/** Field messages of a tRPC validation error (zod's flattened fieldErrors). */
export function fieldErrorsOf(error: unknown): Record<string, string[] | undefined> {
  const data = (error as { data?: { zodError?: { fieldErrors?: Record<string, string[] | undefined> } | null } | null } | null)?.data;
  return data?.zodError?.fieldErrors ?? {};
}
