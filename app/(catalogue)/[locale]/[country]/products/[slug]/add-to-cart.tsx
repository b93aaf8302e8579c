"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, useSyncExternalStore, useTransition } from "react";
import { MAX_QUANTITY } from "@/server/shop/cart/cart-math";
import { useI18n } from "@/app/_client/i18n";
import { addToCart } from "./cart-actions";

const noSubscription = () => () => {};

/** `quantity` comes from the URL: changing it replaces the URL, so that the server re-renders the offers for the new amount. */
export function AddToCart({ productId, slug, quantity: chosen }: { productId: number; slug: string; quantity: number }) {
  const { t } = useI18n();
  const router = useRouter();
  const quantityId = useId();
  const [quantity, setQuantity] = useState(chosen);
  const [outcome, setOutcome] = useState<"added" | "failed" | null>(null);
  const [pending, startTransition] = useTransition();
  // Until the script runs, a click would submit the bare form (a GET of this page) and add nothing: the button waits.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  return (
    <form
      className="add-to-cart"
      onSubmit={(event) => {
        event.preventDefault();
        setOutcome(null);
        startTransition(async () => {
          const result = await addToCart(productId, quantity).catch(() => ({ ok: false }) as const);
          setOutcome(result.ok ? "added" : "failed");
          // The header's cart count is rendered on the server.
          if (result.ok) router.refresh();
        });
      }}
    >
      <label htmlFor={quantityId}>{t.product.quantity}</label>
      <select id={quantityId} value={quantity} onChange={(event) => {
          const next = Number(event.target.value);
          setQuantity(next);
          router.replace(next === 1 ? `/products/${slug}` : `/products/${slug}?quantity=${next}`, { scroll: false });
        }}>
        {Array.from({ length: MAX_QUANTITY }, (_, i) => i + 1).map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={!ready || pending}>
        {pending ? t.product.adding : t.product.addToCart}
      </button>
      <p role="status" className="form-status">
        {outcome === "added" && (
          <>
            {t.product.added} <Link href="/cart">{t.product.viewCart}</Link>
          </>
        )}
        {outcome === "failed" && <span className="error-text">{t.cart.updateError}</span>}
      </p>
    </form>
  );
}
