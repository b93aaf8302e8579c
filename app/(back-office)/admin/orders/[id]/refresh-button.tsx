"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/server/shop/trpc/client";
import { ActionResult } from "./action-result";

/** Re-reads the order from the bank and shows what changed. */
export function RefreshButton({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = useMutation(trpc.admin.orders.refresh.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div style={{ display: "grid", gap: ".5rem", justifyItems: "end", maxWidth: "28rem" }}>
      <button type="button" className="secondary" onClick={() => refresh.mutate({ id: orderId })} disabled={refresh.isPending}>
        {refresh.isPending ? "Reading the bank…" : "Refresh from the bank"}
      </button>
      {refresh.data && <ActionResult outcome={refresh.data} />}
      {refresh.error && (
        <p className="notice error" role="alert">
          {refresh.error.message}
        </p>
      )}
    </div>
  );
}
