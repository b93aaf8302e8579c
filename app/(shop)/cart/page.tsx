import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { Suspense } from "react";
import { shopDb } from "@/db/shop/client";
import { currentCartId } from "@/server/shop/cart/cart-session";
import { readCart } from "@/server/shop/cart/cart-store";
import { financedItems, productName } from "@/server/shop/catalog/products";
import { getI18n } from "@/server/shop/i18n/server";
import { OfferInsert, OfferInsertSkeleton } from "../_components/offer-insert";
import { LineControls } from "./line-controls";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.cart.title };
}

export default async function CartPage() {
  const { t, fmt, country, locale } = await getI18n();
  const cartId = await currentCartId();
  const cart = cartId ? readCart(shopDb(), cartId) : null;
  if (!cart || cart.lines.length === 0) {
    return (
      <div className="empty-state">
        <h1>{t.cart.title}</h1>
        <p>{t.cart.empty}</p>
        <Link className="button" href="/">
          {t.cart.continueShopping}
        </Link>
      </div>
    );
  }
  return (
    <>
      <h1>{t.cart.title}</h1>
      <div className="cart-layout">
        <ul className="cart-lines" aria-label={t.cart.itemsLabel}>
          {cart.lines.map((line) => (
            <li key={line.productId} className="cart-line">
              <Image src={line.imagePath} alt="" width={120} height={90} unoptimized />
              <div className="cart-line-info">
                <span className="brand-name">{line.brand}</span>
                <Link href={`/products/${line.slug}`} className="name">
                  {productName(line.slug, line.name, locale)}
                </Link>
                <span className="muted">
                  {t.cart.unitPrice} {fmt.money(line.unitPriceCents)}
                </span>
              </div>
              <LineControls productId={line.productId} name={productName(line.slug, line.name, locale)} quantity={line.quantity} />
              <span className="line-total">
                <span className="visually-hidden">{t.cart.lineTotal} </span>
                {fmt.money(line.lineTotalCents)}
              </span>
            </li>
          ))}
        </ul>
        <aside className="cart-summary" aria-labelledby="cart-summary-title">
          <h2 id="cart-summary-title">{t.cart.summary}</h2>
          <dl className="totals">
            <dt>{t.cart.subtotal}</dt>
            <dd>{fmt.money(cart.totals.subtotalCents)}</dd>
            <dt>{t.cart.delivery}</dt>
            <dd>{cart.totals.deliveryCents === 0 ? t.cart.freeDelivery : fmt.money(cart.totals.deliveryCents)}</dd>
            <dt className="grand">{t.cart.total}</dt>
            <dd className="grand" data-testid="cart-total">
              {fmt.money(cart.totals.totalCents)}
            </dd>
          </dl>
          <Link className="button button-block" href="/checkout">
            {t.cart.checkout}
          </Link>
        </aside>
        {/* The offers follow the total: a change of quantity re-renders them (from the cache for a total seen before). */}
        <div className="cart-offers">
          <Suspense key={`${cart.totals.totalCents}:${country}`} fallback={<OfferInsertSkeleton locale={locale} />}>
            <OfferInsert amountCents={cart.totals.totalCents} locale={locale} country={country} items={financedItems(cart.lines, locale)} placement="cart" dialogId="cart-offers" />
          </Suspense>
        </div>
      </div>
    </>
  );
}
