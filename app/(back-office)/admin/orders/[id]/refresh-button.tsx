"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useAdminI18n } from "@/app/_client/admin-i18n";
import { useTRPC } from "@/app/_client/trpc";
import { ActionStatus } from "./action-result";

/** Re-reads the order from the bank and shows what changed. */
export function RefreshButton({ orderId, minimumCents }: { orderId: string; minimumCents: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { t } = useAdminI18n();
  const refresh = useMutation(trpc.admin.orders.refresh.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="refresh">
      <button type="button" className="secondary" onClick={() => refresh.mutate({ id: orderId })} disabled={refresh.isPending}>
        {refresh.isPending ? t.order.refreshing : t.order.refresh}
      </button>
      <ActionStatus result={refresh.data} error={refresh.error} action="refresh" okText={t.outcome.refreshed} minimumCents={minimumCents} />
    </div>
  );
}
