import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { financedItems, productName } from "@/server/shop/catalog/products";
import { ISO_COUNTRIES } from "@/server/shop/checkout/countries";
import { shopFinancing } from "@/server/shop/financing/shop-financing";
import { getI18n } from "@/server/shop/i18n/server";
import { intlTag } from "@/server/shop/i18n/locales";
import { CartTotals, currentCart, EmptyCart } from "../_components/cart-view";
import { FinancingGaps } from "../_components/financing-gaps";
import { CheckoutForm } from "./checkout-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.checkout.title, robots: { index: false } };
}

export default async function CheckoutPage() {
  const { t, fmt, country, locale } = await getI18n();
  const cart = await currentCart();
  if (!cart) return <EmptyCart title={t.checkout.title} text={t.checkout.emptyCart} t={t} />;
  // The choice the server's placement will accept: the same decision, on the same cart.
  const { offers, decision } = await shopFinancing({ amountCents: cart.totals.totalCents, country, items: financedItems(cart.lines, locale), placement: "checkout", locale });
  const regionNames = new Intl.DisplayNames([intlTag(locale)], { type: "region" });
  const birthCountries = ISO_COUNTRIES.map((code) => ({ code, name: regionNames.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, intlTag(locale)));
  return (
    <>
      <h1>{t.checkout.title}</h1>
      <div className="checkout-layout">
        {/* A new key per page load: a double click or a resubmission of this form finds the same order. */}
        <CheckoutForm
          offers={offers}
          financingNotes={<FinancingGaps decision={decision} scope="cart" t={t} fmt={fmt} />}
          country={country}
          idempotencyKey={randomUUID()}
          birthCountries={birthCountries}
        />
        <aside className="cart-summary" aria-labelledby="order-summary-title">
          <h2 id="order-summary-title">{t.checkout.summary}</h2>
          <ul className="summary-lines">
            {cart.lines.map((line) => (
              <li key={line.productId}>
                <span>
                  {productName(line.slug, line.name, locale)} <span className="muted">× {line.quantity}</span>
                </span>
                <span>{fmt.money(line.lineTotalCents)}</span>
              </li>
            ))}
          </ul>
          <CartTotals totals={cart.totals} totalLabel={t.checkout.total} withSubtotal={false} testId="checkout-total" t={t} fmt={fmt} />
          <Link href="/cart">{t.bankPage.backToCart}</Link>
        </aside>
      </div>
    </>
  );
}
