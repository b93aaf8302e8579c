"use client";
import { amountsInText, refusalText, type RefusalFacts } from "@/server/shop/admin/labels";
import { useAdminI18n } from "@/app/_client/admin-i18n";
import type { OrderState } from "@/server/shop/orders/states";
import type { RefusalCode } from "@/server/shop/orders/rules";

export interface ActionOutcome {
  ok: boolean;
  code: string | null;
  /** The bank's failure in the admin's language, or the engine's own English sentence (messageLang says which). */
  message: string;
  messageLang: string;
  state: OrderState;
  bankStatus: string | null;
  financedCents: number;
  bankFinancedCents: number | null;
  /** A cancellation the lender has yet to decide on. */
  cancellationRequestedCents: number | null;
}

type Action = "refresh" | "delivery" | "return" | "cancel";

const ENGINE_FAILURES = ["bank_refused", "bank_unreachable", "outcome_unknown"] as const;

/**
 * What an action came to, in the admin's language: for a refusal of the
 * rules, its reason from the code; for the bank's refusal or silence, what
 * that means, with the explanation of what the bank said beside (in the
 * admin's language, quoting the bank's own words as it sent them).
 */
export function ActionResult({ outcome, action, okText, minimumCents, showAmount = false }: { outcome: ActionOutcome; action: Action; okText: string; minimumCents: number; showAmount?: boolean }) {
  const { locale, t, fmt } = useAdminI18n();
  const financed = outcome.bankFinancedCents ?? outcome.financedCents;
  let text = okText;
  let detail: string | null = null;
  if (!outcome.ok) {
    const code = outcome.code;
    if (code && (ENGINE_FAILURES as readonly string[]).includes(code)) {
      text = { bank_refused: t.outcome.bankRefused, bank_unreachable: t.outcome.bankUnreachable, outcome_unknown: t.outcome.outcomeUnknown }[code as (typeof ENGINE_FAILURES)[number]];
      detail = amountsInText(outcome.message, fmt);
    } else if (code && code in t.refusals) {
      const facts: RefusalFacts = { bankStatus: outcome.bankStatus, remainingCents: financed, minimumCents };
      text = refusalText(code as RefusalCode, { ...facts, action: action === "refresh" ? "cancel" : action }, t, fmt);
    } else {
      text = amountsInText(outcome.message, fmt);
    }
  }
  return (
    <div className={`notice ${outcome.ok ? "ok" : "error"}`} role={outcome.ok ? "status" : "alert"} data-testid="action-result" data-code={outcome.code ?? "ok"}>
      <p>
        {outcome.ok ? null : <strong>{t.common.notDone} </strong>}
        {text}
      </p>
      {detail && (
        <p className="small" lang={outcome.messageLang === locale ? undefined : outcome.messageLang}>
          {outcome.messageLang === locale ? detail : `${t.outcome.bankSaid} ${detail}`}
        </p>
      )}
      <p className="small">
        {t.outcome.now} <strong>{t.states[outcome.state].label}</strong>
        {showAmount && (
          <>
            {" "}
            · {t.outcome.financedNow} <strong data-testid="new-financed">{fmt.money(financed)}</strong>
          </>
        )}
      </p>
    </div>
  );
}

/**
 * Where an order's action says how it went: what it came to, or the error
 * that kept it from being sent or answered (a refusal of the router's guards, a lost connection).
 */
export function ActionStatus({ result, error, ...shown }: { result: ActionOutcome | undefined; error: { message: string } | null } & Omit<Parameters<typeof ActionResult>[0], "outcome">) {
  return (
    <>
      {result && <ActionResult outcome={result} {...shown} />}
      {error && (
        <p className="notice error" role="alert">
          {error.message}
        </p>
      )}
    </>
  );
}

/** Field messages of a tRPC validation error (zod's flattened fieldErrors). */
export function fieldErrorsOf(error: unknown): Record<string, string[] | undefined> {
  const data = (error as { data?: { zodError?: { fieldErrors?: Record<string, string[] | undefined> } | null } | null } | null)?.data;
  return data?.zodError?.fieldErrors ?? {};
}
