"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import type { DeliveryOperator } from "@/server/shop/bank/vocabulary";
import { operatorLabel, OPERATORS } from "@/server/shop/admin/labels";
import type { Decision } from "@/server/shop/admin/order-actions";
import { useAdminI18n } from "@/app/_client/admin-i18n";
import { useTRPC } from "@/app/_client/trpc";
import { ActionStatus } from "./action-result";

type Field = "trackingNumber" | "operator";

/**
 * Confirm delivery of a long credit: tracking number and carrier, as the bank
 * takes them. Where the rules say no, the reason instead (already in the
 * admin's language); once confirmed, what was confirmed (children). Always
 * mounted, so the result of the last try stays on screen when the page
 * reloads its data. Empty fields are caught here, in the admin's language,
 * before anything is sent.
 */
export function DeliveryForm({ orderId, decision, minimumCents, children }: { orderId: string; decision: Decision; minimumCents: number; children?: ReactNode }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const { t } = useAdminI18n();
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const confirm = useMutation(trpc.admin.orders.confirmDelivery.mutationOptions({ onSuccess: () => router.refresh() }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const trackingNumber = String(form.get("trackingNumber") ?? "").trim();
    const operator = String(form.get("operator") ?? "");
    const found: Partial<Record<Field, string>> = {};
    if (!trackingNumber) found.trackingNumber = t.deliveryForm.trackingRequired;
    if (!(OPERATORS as readonly string[]).includes(operator)) found.operator = t.deliveryForm.carrierRequired;
    setErrors(found);
    if (Object.keys(found).length > 0) {
      event.currentTarget.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
      return;
    }
    confirm.mutate({ id: orderId, trackingNumber, operator: operator as DeliveryOperator });
  }

  const invalid = (field: Field) => (errors[field] ? { "aria-invalid": true as const, "aria-describedby": `${id}-${field}` } : {});

  return (
    <>
      <ActionStatus result={confirm.data} error={confirm.error} action="delivery" okText={t.outcome.delivered} minimumCents={minimumCents} />
      {children ??
        (!decision.allowed ? (
          <p className="muted" data-testid="delivery-unavailable">
            {decision.reason}
          </p>
        ) : (
          <form onSubmit={onSubmit} noValidate aria-label={t.deliveryForm.label}>
            <p className="muted small">{t.deliveryForm.intro}</p>
            <div className="form-grid">
              <label>
                {t.deliveryForm.tracking}
                <input name="trackingNumber" maxLength={100} autoComplete="off" {...invalid("trackingNumber")} />
                {errors.trackingNumber && (
                  <span className="field-error" id={`${id}-trackingNumber`}>
                    {errors.trackingNumber}
                  </span>
                )}
              </label>
              <label>
                {t.deliveryForm.carrier}
                <select name="operator" defaultValue="" {...invalid("operator")}>
                  <option value="" disabled>
                    {t.deliveryForm.choose}
                  </option>
                  {OPERATORS.map((operator) => (
                    <option key={operator} value={operator}>
                      {operatorLabel(operator, t)}
                    </option>
                  ))}
                </select>
                {errors.operator && (
                  <span className="field-error" id={`${id}-operator`}>
                    {errors.operator}
                  </span>
                )}
              </label>
            </div>
            <div className="form-actions">
              <button type="submit" disabled={confirm.isPending}>
                {confirm.isPending ? t.deliveryForm.pending : t.deliveryForm.submit}
              </button>
            </div>
          </form>
        ))}
    </>
  );
}
