"use client";
import { useMutation } from "@tanstack/react-query";
import type { inferRouterInputs } from "@trpc/server";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { parseEuroAmount } from "@/server/shop/admin/euro-amount";
import { dateTime, euros } from "@/server/shop/admin/labels";
import type { Decision } from "@/server/shop/admin/order-actions";
import { useTRPC } from "@/server/shop/trpc/client";
import type { AppRouter } from "@/server/shop/trpc/routers/_app";
import { ActionResult, fieldErrorsOf } from "./action-result";

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
  full: Decision;
  partial: Decision;
  /** Split payment: the end of the 90-day window. */
  splitWindowEnd: number | null;
  /** The buyer's contact: who usually asks for a cancellation. */
  defaultContact: Contact;
}

const REASONS = ["Goods returned by the buyer", "Order cancelled by the buyer", "Withdrawal within 14 days", "Item out of stock", "Price adjustment"];

/** "1234.5" for an input: what parseEuroAmount reads back to the same cents. */
function amountText(cents: number): string {
  return (cents / 100).toFixed(2);
}

/**
 * Full or partial cancellation. The amount starts at what is still financed
 * (the most the bank allows); the rules (only from accepted, one partial,
 * 90 days for split payment) are explained here and enforced on the server
 * before the bank is called. A confirmation step stands before the call: the
 * bank cannot undo a cancellation.
 */
export function CancelForm({ orderId, remainingCents, full, partial, splitWindowEnd, defaultContact }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [amount, setAmount] = useState(amountText(remainingCents));
  // After a partial cancellation the page's data reloads: the default follows the new remaining amount.
  const [shownRemaining, setShownRemaining] = useState(remainingCents);
  if (shownRemaining !== remainingCents) {
    setShownRemaining(remainingCents);
    setAmount(amountText(remainingCents));
  }
  const [pending, setPending] = useState<null | { input: CancelInput; cents: number }>(null);
  const cancel = useMutation(
    trpc.admin.orders.cancel.mutationOptions({
      onSuccess: (outcome) => {
        if (outcome.ok) router.refresh();
      },
      onSettled: () => setPending(null),
    }),
  );
  const errors = fieldErrorsOf(cancel.error);
  const cents = parseEuroAmount(amount);
  const kind = cents === null || cents <= 0 ? null : cents > remainingCents ? "too much" : cents === remainingCents ? "full" : "partial";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const input = {
      id: orderId,
      amount: text("amount"),
      reason: text("reason"),
      item: text("item"),
      contact: { firstName: text("firstName"), lastName: text("lastName"), email: text("email"), phoneNumber: text("phoneNumber") },
    };
    const typed = parseEuroAmount(input.amount);
    // What the server will refuse (bad input, too much, a second partial) goes straight to it, and
    // its reason is shown; a request the bank may carry out is confirmed first.
    const refused = typed === null || typed > remainingCents || (typed < remainingCents && !partial.allowed);
    if (refused) cancel.mutate(input);
    else setPending({ input, cents: typed });
  }

  const describe = (field: string) => (errors[field] ? `${id}-${field}` : undefined);
  const fieldError = (field: string) =>
    errors[field] && (
      <span className="field-error" id={`${id}-${field}`}>
        {errors[field]![0]}
      </span>
    );

  return (
    <>
      {cancel.data && <ActionResult outcome={cancel.data} showAmount />}
      {cancel.error && Object.keys(errors).length === 0 && (
        <p className="notice error" role="alert">
          {cancel.error.message}
        </p>
      )}
      {!full.allowed ? (
        <p className="muted" data-testid="cancel-unavailable">
          {full.reason}
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate aria-label="Cancel the financing">
          <p className="muted small">
            Still financed: <strong data-testid="remaining">{euros(remainingCents)}</strong>. Cancelling all of it ends the financing; less is a partial
            cancellation, which the bank allows once.
            {splitWindowEnd !== null && <> Split payment: cancellable until {dateTime(splitWindowEnd)} (90 days after acceptance).</>}
          </p>
          {!partial.allowed && (
            <p className="notice info small" data-testid="partial-unavailable">
              {partial.reason}
            </p>
          )}
          <div className="form-grid">
            <label>
              Amount to cancel (€)
              <input
                name="amount"
                inputMode="decimal"
                value={amount}
                onChange={(event) => setAmount(event.target.value)}
                aria-invalid={errors.amount ? true : undefined}
                aria-describedby={describe("amount") ?? `${id}-kind`}
              />
              <span className="hint" id={`${id}-kind`} aria-live="polite">
                {kind === "full" && "Full cancellation."}
                {kind === "partial" && `Partial cancellation: ${euros(remainingCents - cents!)} stays financed.`}
                {kind === "too much" && `More than the ${euros(remainingCents)} still financed.`}
              </span>
              {fieldError("amount")}
            </label>
            <label>
              Reason
              <input name="reason" list={`${id}-reasons`} maxLength={200} aria-invalid={errors.reason ? true : undefined} aria-describedby={describe("reason")} />
              <datalist id={`${id}-reasons`}>
                {REASONS.map((reason) => (
                  <option key={reason} value={reason} />
                ))}
              </datalist>
              {fieldError("reason")}
            </label>
            <label>
              Item cancelled <span className="hint">optional; default: the order&apos;s items</span>
              <input name="item" maxLength={200} />
            </label>
          </div>
          <fieldset aria-describedby={describe("contact")}>
            <legend>Who asked for it</legend>
            <div className="form-grid">
              <label>
                First name
                <input name="firstName" defaultValue={defaultContact.firstName} maxLength={50} autoComplete="off" />
              </label>
              <label>
                Last name
                <input name="lastName" defaultValue={defaultContact.lastName} maxLength={50} autoComplete="off" />
              </label>
              <label>
                Email
                <input name="email" type="email" defaultValue={defaultContact.email} maxLength={200} autoComplete="off" />
              </label>
              <label>
                Phone
                <input name="phoneNumber" type="tel" defaultValue={defaultContact.phoneNumber} maxLength={30} autoComplete="off" />
              </label>
            </div>
            {errors.contact && (
              <p className="field-error" id={`${id}-contact`}>
                {errors.contact.join(" ")}
              </p>
            )}
          </fieldset>

          {pending ? (
            <div className="confirm-box" role="alertdialog" aria-labelledby={`${id}-confirm`}>
              <p id={`${id}-confirm`}>
                <strong>
                  {pending.cents === remainingCents ? "Cancel the whole financing" : "Cancel part of the financing"}: {euros(pending.cents)}?
                </strong>{" "}
                The bank cannot undo it.
              </p>
              <div className="form-actions">
                <button type="button" className="danger" onClick={() => cancel.mutate(pending.input)} disabled={cancel.isPending} autoFocus>
                  {cancel.isPending ? "Cancelling…" : `Yes, cancel ${euros(pending.cents)}`}
                </button>
                <button type="button" className="secondary" onClick={() => setPending(null)} disabled={cancel.isPending}>
                  Go back
                </button>
              </div>
            </div>
          ) : (
            <div className="form-actions">
              <button type="submit" className="danger">
                Cancel financing…
              </button>
            </div>
          )}
        </form>
      )}
    </>
  );
}
