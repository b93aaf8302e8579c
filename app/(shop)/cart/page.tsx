import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { Suspense } from "react";
import { financedItems, productName } from "@/server/shop/catalog/products";
import { getI18n } from "@/server/shop/i18n/server";
import { CartTotals, currentCart, EmptyCart } from "../_components/cart-view";
import { OfferInsert, OfferInsertSkeleton } from "../_components/offer-insert";
import { LineControls } from "./line-controls";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.cart.title };
}

export default async function CartPage() {
  const { t, fmt, country, locale } = await getI18n();
  const cart = await currentCart();
  if (!cart) return <EmptyCart title={t.cart.title} text={t.cart.empty} t={t} />;
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
          <CartTotals totals={cart.totals} totalLabel={t.cart.total} withSubtotal testId="cart-total" t={t} fmt={fmt} />
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
