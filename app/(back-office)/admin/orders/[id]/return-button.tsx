"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { Decision } from "@/server/shop/admin/order-actions";
import { useAdminI18n } from "@/app/_client/admin-i18n";
import { useTRPC } from "@/app/_client/trpc";
import { ActionStatus } from "./action-result";

/**
 * 1.7.1's return confirmation: the goods of a delivered long credit came
 * back. The lender needs it before such a credit can be cancelled, so the
 * page offers it beside the cancellation. `decision.reason` is already in the
 * admin's language (the page translates it).
 */
export function ReturnButton({ orderId, decision, minimumCents }: { orderId: string; decision: Decision; minimumCents: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { t } = useAdminI18n();
  const confirm = useMutation(trpc.admin.orders.confirmReturn.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <>
      <ActionStatus result={confirm.data} error={confirm.error} action="return" okText={t.outcome.returned} minimumCents={minimumCents} />
      {decision.allowed ? (
        <div className="form-actions">
          <p className="muted small">{t.returnForm.intro}</p>
          <button type="button" className="secondary" onClick={() => confirm.mutate({ id: orderId })} disabled={confirm.isPending}>
            {confirm.isPending ? t.returnForm.pending : t.returnForm.submit}
          </button>
        </div>
      ) : (
        <p className="muted" data-testid="return-unavailable">
          {decision.reason}
        </p>
      )}
    </>
  );
}
