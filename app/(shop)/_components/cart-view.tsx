import Link from "next/link";
import { shopDb } from "@/db/shop/client";
import { currentCartId } from "@/server/shop/cart/cart-session";
import type { CartTotals as Totals } from "@/server/shop/cart/cart-math";
import { readCart } from "@/server/shop/cart/cart-store";
import type { Messages } from "@/server/shop/i18n/messages";
import type { Formatters } from "@/server/shop/i18n/format";

/** The shopper's cart, or null where there is none or it holds nothing (the pages then say so, with `EmptyCart`). */
export async function currentCart() {
  const cartId = await currentCartId();
  const cart = cartId ? readCart(shopDb(), cartId) : null;
  return cart && cart.lines.length > 0 ? cart : null;
}

/** A page that needs a cart, without one: what it is, and the way back to the catalogue. */
export function EmptyCart({ title, text, t }: { title: string; text: string; t: Messages }) {
  return (
    <div className="empty-state">
      <h1>{title}</h1>
      <p>{text}</p>
      <Link className="button" href="/">
        {t.cart.continueShopping}
      </Link>
    </div>
  );
}

/** The cart's delivery and total (and its subtotal, on the cart page); `testId` names the total for the tests. */
export function CartTotals({ totals, totalLabel, withSubtotal, testId, t, fmt }: { totals: Totals; totalLabel: string; withSubtotal: boolean; testId: string; t: Messages; fmt: Formatters }) {
  return (
    <dl className="totals">
      {withSubtotal && (
        <>
          <dt>{t.cart.subtotal}</dt>
          <dd>{fmt.money(totals.subtotalCents)}</dd>
        </>
      )}
      <dt>{t.cart.delivery}</dt>
      <dd>{totals.deliveryCents === 0 ? t.cart.freeDelivery : fmt.money(totals.deliveryCents)}</dd>
      <dt className="grand">{totalLabel}</dt>
      <dd className="grand" data-testid={testId}>
        {fmt.money(totals.totalCents)}
      </dd>
    </dl>
  );
}
