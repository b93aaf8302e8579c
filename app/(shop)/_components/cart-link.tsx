import Link from "next/link";
import { shopDb } from "@/db/shop/client";
import { currentCartId } from "@/server/shop/cart/cart-session";
import { itemCount } from "@/server/shop/cart/cart-store";
import type { Locale } from "@/server/shop/i18n/locales";
import { messagesFor } from "@/server/shop/i18n/messages";

/** The link with the count as words and as a badge; the count alone is the shopper's (their cart cookie). */
function CartLinkWith({ locale, count }: { locale: Locale; count: number | null }) {
  const t = messagesFor(locale);
  return (
    <Link href="/cart" className="cart-link" aria-label={count === null ? t.layout.cart : `${t.layout.cart} — ${t.layout.cartCount(count)}`}>
      <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <circle cx="9" cy="21" r="1" />
        <circle cx="20" cy="21" r="1" />
        <path d="M1 1h4l2.7 13.4a2 2 0 0 0 2 1.6h9.7a2 2 0 0 0 2-1.6L23 6H6" />
      </svg>
      <span>{t.layout.cart}</span>
      {count !== null && (
        <span className="cart-count" data-testid="cart-count">
          {count}
        </span>
      )}
    </Link>
  );
}

/** Rendered on the server, per request; client mutations call router.refresh() to update it. */
export async function CartLink({ locale }: { locale: Locale }) {
  const cartId = await currentCartId();
  return <CartLinkWith locale={locale} count={cartId ? itemCount(shopDb(), cartId) : 0} />;
}

/** What a cached page shows until the shopper's count streams in: the link, without a number. */
export function CartLinkPlaceholder({ locale }: { locale: Locale }) {
  return <CartLinkWith locale={locale} count={null} />;
}
