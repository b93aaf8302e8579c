"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useTransition } from "react";
import { MAX_QUANTITY } from "@/server/shop/cart/cart-math";
import { useI18n } from "@/app/_client/i18n";
import { useTRPC } from "@/app/_client/trpc";

/** Quantity and removal of one cart line; the page re-renders on the server with the new totals and offers. */
export function LineControls({ productId, name, quantity }: { productId: number; name: string; quantity: number }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const id = useId();
  const refresh = () => startTransition(() => router.refresh());
  const update = useMutation(trpc.cart.setQuantity.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.cart.remove.mutationOptions({ onSuccess: refresh }));
  const busy = update.isPending || remove.isPending || refreshing;
  return (
    <div className="line-controls" aria-busy={busy}>
      <label htmlFor={id} className="visually-hidden">
        {t.cart.quantity(name)}
      </label>
      <select id={id} value={quantity} disabled={busy} onChange={(event) => update.mutate({ productId, quantity: Number(event.target.value) })}>
        {Array.from({ length: Math.max(MAX_QUANTITY, quantity) }, (_, i) => i + 1).map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      <button type="button" className="link-button" disabled={busy} onClick={() => remove.mutate({ productId })} aria-label={t.cart.removeItem(name)}>
        {t.cart.remove}
      </button>
      {(update.isError || remove.isError) && (
        <p role="alert" className="error-text">
          {t.cart.updateError}
        </p>
      )}
    </div>
  );
}
