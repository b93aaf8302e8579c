"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useId } from "react";
import type { Decision } from "@/server/shop/admin/order-actions";
import type { DeliveryOperator } from "@/server/contract/types";
import { OPERATOR_LABELS } from "@/server/shop/admin/labels";
import { useTRPC } from "@/server/shop/trpc/client";
import { ActionResult, fieldErrorsOf } from "./action-result";

const OPERATORS = Object.keys(OPERATOR_LABELS) as DeliveryOperator[];

/**
 * Confirm delivery of a long credit: tracking number and carrier, as the bank
 * takes them. Where the rules say no, the reason instead; once confirmed, what
 * was confirmed (children). Always mounted, so the result of the last try
 * stays on screen when the page reloads its data.
 */
export function DeliveryForm({ orderId, decision, children }: { orderId: string; decision: Decision; children?: ReactNode }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const confirm = useMutation(trpc.admin.orders.confirmDelivery.mutationOptions({ onSuccess: () => router.refresh() }));
  const errors = fieldErrorsOf(confirm.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    confirm.mutate({ id: orderId, trackingNumber: String(form.get("trackingNumber") ?? ""), operator: String(form.get("operator") ?? "") as DeliveryOperator });
  }

  return (
    <>
      {confirm.data && <ActionResult outcome={confirm.data} />}
      {confirm.error && Object.keys(errors).length === 0 && (
        <p className="notice error" role="alert">
          {confirm.error.message}
        </p>
      )}
      {children ??
        (!decision.allowed ? (
          <p className="muted" data-testid="delivery-unavailable">
            {decision.reason}
          </p>
        ) : (
        <form onSubmit={onSubmit} noValidate aria-label="Confirm delivery">
          <p className="muted small">Once the goods have reached the buyer, tell the lender: it then pays you within 2 to 8 days.</p>
          <div className="form-grid">
            <label>
              Tracking number
              <input
                name="trackingNumber"
                maxLength={100}
                autoComplete="off"
                aria-invalid={errors.trackingNumber ? true : undefined}
                aria-describedby={errors.trackingNumber ? `${id}-tracking` : undefined}
              />
              {errors.trackingNumber && (
                <span className="field-error" id={`${id}-tracking`}>
                  {errors.trackingNumber[0]}
                </span>
              )}
            </label>
            <label>
              Carrier
              <select name="operator" defaultValue="" aria-invalid={errors.operator ? true : undefined} aria-describedby={errors.operator ? `${id}-operator` : undefined}>
                <option value="" disabled>
                  Choose…
                </option>
                {OPERATORS.map((operator) => (
                  <option key={operator} value={operator}>
                    {OPERATOR_LABELS[operator]}
                  </option>
                ))}
              </select>
              {errors.operator && (
                <span className="field-error" id={`${id}-operator`}>
                  {errors.operator[0]}
                </span>
              )}
            </label>
          </div>
          <div className="form-actions">
            <button type="submit" disabled={confirm.isPending}>
              {confirm.isPending ? "Confirming…" : "Confirm delivery"}
            </button>
          </div>
        </form>
        ))}
    </>
  );
}
