import Link from "next/link";
import { shopDb } from "@/db/shop/client";
import { currentCartId } from "@/server/shop/cart/cart-session";
import { itemCount } from "@/server/shop/cart/cart-store";
import { getI18n } from "@/server/shop/i18n/server";

/** Rendered on the server; client mutations call router.refresh() to update it. */
export async function CartLink() {
  const { t } = await getI18n();
  const cartId = await currentCartId();
  const count = cartId ? itemCount(shopDb(), cartId) : 0;
  return (
    <Link href="/cart" className="cart-link" aria-label={`${t.layout.cart} — ${t.layout.cartCount(count)}`}>
      <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <circle cx="9" cy="21" r="1" />
        <circle cx="20" cy="21" r="1" />
        <path d="M1 1h4l2.7 13.4a2 2 0 0 0 2 1.6h9.7a2 2 0 0 0 2-1.6L23 6H6" />
      </svg>
      <span>{t.layout.cart}</span>
      <span className="cart-count" data-testid="cart-count">
        {count}
      </span>
    </Link>
  );
}
