"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { Decision } from "@/server/shop/admin/order-actions";
import { useTRPC } from "@/server/shop/trpc/client";
import { ActionResult } from "./action-result";

/**
 * 1.7.1's return confirmation: the goods of a delivered long credit came
 * back. The lender needs it before such a credit can be cancelled, so the
 * page offers it beside the cancellation.
 */
export function ReturnButton({ orderId, decision }: { orderId: string; decision: Decision }) {
  const trpc = useTRPC();
  const router = useRouter();
  const confirm = useMutation(trpc.admin.orders.confirmReturn.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <>
      {confirm.data && <ActionResult outcome={confirm.data} />}
      {confirm.error && (
        <p className="notice error" role="alert">
          {confirm.error.message}
        </p>
      )}
      {decision.allowed ? (
        <div className="form-actions">
          <p className="muted small">The goods came back to you? Tell the lender first: a delivered credit is cancelled only after its return.</p>
          <button type="button" className="secondary" onClick={() => confirm.mutate({ id: orderId })} disabled={confirm.isPending}>
            {confirm.isPending ? "Confirming…" : "Confirm return"}
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
