"use client";
import { useMutation } from "@tanstack/react-query";
import type { inferRouterInputs } from "@trpc/server";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import type { Decision } from "@/server/shop/admin/order-actions";
import { useAdminI18n } from "@/app/_client/admin-i18n";
import { useTRPC } from "@/app/_client/trpc";
import type { AppRouter } from "@/server/shop/trpc/routers/_app";
import { ActionStatus, fieldErrorsOf } from "./action-result";
import { checkAmount, checkCancellation, type CancelField } from "@/server/shop/admin/cancel-checks";

interface Contact {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber: string;
}

type CancelInput = inferRouterInputs<AppRouter>["admin"]["orders"]["cancel"];

interface Props {
  orderId: string;
  remainingCents: number;
  /** What the lender keeps financed at least after a partial cancellation (rules.ts). */
  minimumCents: number;
  /** Decisions whose reason is already in the admin's language. */
  full: Decision;
  partial: Decision;
  bankStatus: string | null;
  /** Split payment: the end of the 90-day window. */
  splitWindowEnd: number | null;
  /** Long credit: the end of the buyer's 14-day withdrawal period, when the acceptance is known. */
  creditWindowEnd: number | null;
  isCredit: boolean;
  /** The buyer's contact: who usually asks for a cancellation. */
  defaultContact: Contact;
}

/**
 * Full or partial cancellation. The amount starts at what is still financed
 * (the most the bank allows); the rules (only from accepted, one partial,
 * 100 € left, 90 days for split payment, 14 days of withdrawal for a credit)
 * are explained here, checked here as the admin types (cancel-checks.ts), and
 * enforced again on the server before the bank is called. Only a request
 * that passes the checks reaches the confirmation step: the bank cannot undo
 * a cancellation, and "are you sure?" must not come before "the reason is
 * missing".
 */
export function CancelForm({ orderId, remainingCents, minimumCents, full, partial, bankStatus, splitWindowEnd, creditWindowEnd, isCredit, defaultContact }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const { t, fmt } = useAdminI18n();
  const [amount, setAmount] = useState(fmt.amountInput(remainingCents));
  // After a partial cancellation the page's data reloads: the default follows the new remaining amount.
  const [shownRemaining, setShownRemaining] = useState(remainingCents);
  if (shownRemaining !== remainingCents) {
    setShownRemaining(remainingCents);
    setAmount(fmt.amountInput(remainingCents));
  }
  const [checked, setChecked] = useState<Partial<Record<CancelField, string>>>({});
  const [pending, setPending] = useState<null | { input: CancelInput; cents: number }>(null);
  const [sent, setSent] = useState<null | { cents: number; remainingCents: number }>(null);
  const cancel = useMutation(
    trpc.admin.orders.cancel.mutationOptions({
      onSuccess: (outcome) => {
        if (outcome.ok) router.refresh();
      },
      onSettled: () => setPending(null),
    }),
  );
  const serverErrors = fieldErrorsOf(cancel.error);
  const context = { remainingCents, minimumCents, partial, bankStatus };
  const live = checkAmount(amount, context, t, fmt);
  const typed = live.cents;
  const kind = typed === null ? null : typed === remainingCents ? "full" : "partial";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? "");
    const values = { amount: text("amount"), reason: text("reason"), firstName: text("firstName"), lastName: text("lastName"), email: text("email"), phoneNumber: text("phoneNumber") };
    const result = checkCancellation(values, context, t, fmt);
    setChecked(result.errors);
    if (result.cents === null || Object.keys(result.errors).length > 0) {
      // Focus moves to the first field to correct, after React has marked it.
      requestAnimationFrame(() => formElement.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
      return;
    }
    setPending({
      cents: result.cents,
      input: {
        id: orderId,
        amount: values.amount,
        reason: values.reason,
        item: text("item"),
        contact: { firstName: values.firstName, lastName: values.lastName, email: values.email, phoneNumber: values.phoneNumber },
      },
    });
  }

  function send() {
    if (!pending) return;
    setSent({ cents: pending.cents, remainingCents });
    cancel.mutate(pending.input);
  }

  const errorOf = (field: CancelField): string | undefined => checked[field] ?? (field === "amount" || field === "reason" ? serverErrors[field]?.[0] : undefined);
  const invalid = (field: CancelField) => (errorOf(field) ? { "aria-invalid": true as const, "aria-describedby": `${id}-${field}` } : {});
  const fieldError = (field: CancelField) =>
    errorOf(field) && (
      <span className="field-error" id={`${id}-${field}`}>
        {errorOf(field)}
      </span>
    );
  const errorCount = Object.keys(checked).length;

  let okText = "";
  if (cancel.data?.ok && sent) {
    // A lender that decides later (Hanseatic) leaves the amount as it was: the order holds the amount asked for.
    const requestedCents = cancel.data.cancellationRequestedCents;
    // The amount now financed is said beside, by the result itself.
    okText =
      requestedCents !== null
        ? t.outcome.cancellationRequested(fmt.money(requestedCents))
        : sent.cents === sent.remainingCents
          ? t.outcome.cancelledFull
          : t.outcome.cancelledPartial;
  }

  return (
    <>
      {/* Field errors stand beside their fields instead. */}
      <ActionStatus result={cancel.data} error={Object.keys(serverErrors).length === 0 ? cancel.error : null} action="cancel" okText={okText} minimumCents={minimumCents} showAmount />
      {!full.allowed ? (
        <p className="muted" data-testid="cancel-unavailable">
          {full.reason}
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate aria-label={t.cancelForm.label}>
          <p className="muted small">
            {t.cancelForm.stillFinanced} <strong data-testid="remaining">{fmt.money(remainingCents)}</strong>. {t.cancelForm.explain}
          </p>
          {splitWindowEnd !== null && (
            <p className="notice info small" data-testid="cancel-window">
              {t.cancelForm.splitWindow(fmt.dateTime(splitWindowEnd))}
            </p>
          )}
          {isCredit && (
            <p className="notice info small" data-testid="cancel-window">
              {creditWindowEnd !== null ? t.cancelForm.creditWindowUntil(fmt.dateTime(creditWindowEnd)) : t.cancelForm.creditWindow}
            </p>
          )}
          {!partial.allowed && (
            <p className="notice info small" data-testid="partial-unavailable">
              {partial.reason}
            </p>
          )}
          {errorCount > 0 && (
            <p className="notice error small" role="alert" data-testid="cancel-errors">
              {t.cancelForm.errorsSummary(errorCount)}
            </p>
          )}
          <div className="form-grid">
            <label>
              {t.cancelForm.amount}
              <input
                name="amount"
                inputMode="decimal"
                value={amount}
                onChange={(event) => setAmount(event.target.value)}
                {...invalid("amount")}
                aria-describedby={errorOf("amount") ? `${id}-amount` : `${id}-kind`}
              />
              <span className="hint" id={`${id}-kind`} aria-live="polite">
                {kind === "full" && t.cancelForm.full}
                {kind === "partial" && typed !== null && t.cancelForm.partial(fmt.money(remainingCents - typed))}
                {!errorOf("amount") && live.error}
              </span>
              {fieldError("amount")}
            </label>
            <label>
              {t.cancelForm.reason}
              <input name="reason" list={`${id}-reasons`} maxLength={200} required {...invalid("reason")} />
              <datalist id={`${id}-reasons`}>
                {t.cancelForm.reasons.map((reason) => (
                  <option key={reason} value={reason} />
                ))}
              </datalist>
              {fieldError("reason")}
            </label>
            <label>
              {t.cancelForm.item} <span className="hint">{t.cancelForm.itemHint}</span>
              <input name="item" maxLength={200} />
            </label>
          </div>
          <fieldset>
            <legend>{t.cancelForm.who}</legend>
            <div className="form-grid">
              <label>
                {t.cancelForm.firstName}
                <input name="firstName" defaultValue={defaultContact.firstName} maxLength={50} autoComplete="off" {...invalid("firstName")} />
                {fieldError("firstName")}
              </label>
              <label>
                {t.cancelForm.lastName}
                <input name="lastName" defaultValue={defaultContact.lastName} maxLength={50} autoComplete="off" {...invalid("lastName")} />
                {fieldError("lastName")}
              </label>
              <label>
                {t.cancelForm.email}
                <input name="email" type="email" defaultValue={defaultContact.email} maxLength={200} autoComplete="off" {...invalid("email")} />
                {fieldError("email")}
              </label>
              <label>
                {t.cancelForm.phone}
                <input name="phoneNumber" type="tel" defaultValue={defaultContact.phoneNumber} maxLength={30} autoComplete="off" {...invalid("phoneNumber")} />
                {fieldError("phoneNumber")}
              </label>
            </div>
            {serverErrors.contact && <p className="field-error">{serverErrors.contact.join(" ")}</p>}
          </fieldset>

          {pending ? (
            <div className="confirm-box" role="alertdialog" aria-labelledby={`${id}-confirm`}>
              <p id={`${id}-confirm`}>
                <strong>{pending.cents === remainingCents ? t.cancelForm.confirmFull(fmt.money(pending.cents)) : t.cancelForm.confirmPartial(fmt.money(pending.cents))}</strong>{" "}
                {t.cancelForm.cannotUndo}
              </p>
              <div className="form-actions">
                <button type="button" className="danger" onClick={send} disabled={cancel.isPending} autoFocus>
                  {cancel.isPending ? t.cancelForm.cancelling : t.cancelForm.yes(fmt.money(pending.cents))}
                </button>
                <button type="button" className="secondary" onClick={() => setPending(null)} disabled={cancel.isPending}>
                  {t.cancelForm.back}
                </button>
              </div>
            </div>
          ) : (
            <div className="form-actions">
              <button type="submit" className="danger">
                {t.cancelForm.submit}
              </button>
            </div>
          )}
        </form>
      )}
    </>
  );
}
