/**
 * The cancel form's own checks, run before the confirmation step, with the
 * server's rules (admin-orders router's cancelInput, orders/rules.ts canCancel)
 * in the admin's language. The server checks everything again.
 */
import { parseEuroAmount } from "@/server/shop/admin/euro-amount";
import { refusalText } from "@/server/shop/admin/labels";
import type { Decision } from "@/server/shop/admin/order-actions";
import type { AdminFormatters } from "@/server/shop/i18n/admin-format";
import type { AdminMessages } from "@/server/shop/i18n/admin-messages";

export type CancelField = "amount" | "reason" | "firstName" | "lastName" | "email" | "phoneNumber";

export interface CancelValues {
  amount: string;
  reason: string;
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber: string;
}

export interface CancelContext {
  remainingCents: number;
  minimumCents: number;
  partial: Decision;
  bankStatus: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// The router's phone rule.
const PHONE = /^\+?[0-9][0-9 ().-]{5,28}$/;

/** The typed amount in cents, or why it cannot be cancelled (the form shows it as the admin types). */
export function checkAmount(amount: string, context: CancelContext, t: AdminMessages, fmt: AdminFormatters): { cents: number; error: null } | { cents: null; error: string } {
  const cents = parseEuroAmount(amount);
  const { remainingCents, minimumCents, partial } = context;
  const refuse = (error: string) => ({ cents: null, error });
  if (cents === null) return refuse(t.cancelForm.errors.amountFormat);
  if (cents === 0) return refuse(t.cancelForm.errors.amountZero);
  if (cents > remainingCents) return refuse(t.cancelForm.tooMuch(fmt.money(remainingCents)));
  if (cents < remainingCents && !partial.allowed) return refuse(partial.reason);
  if (cents < remainingCents && remainingCents - cents < minimumCents) {
    return refuse(refusalText("below_minimum_remaining", { action: "cancel", bankStatus: context.bankStatus, remainingCents, minimumCents }, t, fmt));
  }
  return { cents, error: null };
}

export function checkCancellation(values: CancelValues, context: CancelContext, t: AdminMessages, fmt: AdminFormatters): { cents: number | null; errors: Partial<Record<CancelField, string>> } {
  const errors: Partial<Record<CancelField, string>> = {};
  const { cents, error } = checkAmount(values.amount, context, t, fmt);
  if (error) errors.amount = error;
  if (!values.reason.trim()) errors.reason = t.cancelForm.errors.reason;
  if (!values.firstName.trim()) errors.firstName = t.cancelForm.errors.firstName;
  if (!values.lastName.trim()) errors.lastName = t.cancelForm.errors.lastName;
  if (!EMAIL.test(values.email.trim())) errors.email = t.cancelForm.errors.email;
  if (!PHONE.test(values.phoneNumber.trim())) errors.phoneNumber = t.cancelForm.errors.phone;
  return { cents, errors };
}
