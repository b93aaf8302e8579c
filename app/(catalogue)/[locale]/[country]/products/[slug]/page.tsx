import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { OfferInsert, OfferInsertSkeleton } from "@/app/(shop)/_components/offer-insert";
import { MAX_QUANTITY } from "@/server/shop/cart/cart-math";
import { cachedProduct } from "@/server/shop/catalog/catalog-cache";
import type { Product } from "@/server/shop/catalog/products";
import type { Preferences } from "@/server/shop/i18n/locales";
import { i18nFor } from "@/server/shop/i18n/server";
import { routePreferences } from "../../route-preferences";
import { AddToCart } from "./add-to-cart";

type Params = Promise<{ locale: string; country: string; slug: string }>;
type SearchParams = Promise<{ quantity?: string | string[] }>;
type Props = { params: Params; searchParams: SearchParams };

/** No product is rendered by the build (it has no catalogue): each is rendered on its first view and kept (see the layout). */
export function generateStaticParams() {
  return [{ slug: "_" }];
}

/** The quantity the shopper picked (kept in the URL so that the offers follow it); anything else is 1. */
function chosenQuantity(raw: string | string[] | undefined): number {
  const n = typeof raw === "string" && /^\d{1,2}$/.test(raw) ? Number(raw) : 1;
  return n >= 1 && n <= MAX_QUANTITY ? n : 1;
}

async function productOf(params: Params): Promise<{ prefs: Preferences; product: Product | null }> {
  const prefs = await routePreferences(params);
  return { prefs, product: await cachedProduct((await params).slug, prefs.locale) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { prefs, product } = await productOf(params);
  return { title: product?.name ?? i18nFor(prefs).t.product.notFound, description: product?.description };
}

/** What depends on the quantity in the URL: the offers for price × quantity, and the form that starts from it. */
async function OffersAndCart({ product, prefs, searchParams }: { product: Product; prefs: Preferences; searchParams: SearchParams }) {
  const quantity = chosenQuantity((await searchParams).quantity);
  const amountCents = product.priceCents * quantity;
  return (
    <>
      {/* The bank's answer streams in: the page is readable before the offers arrive. */}
      <Suspense key={amountCents} fallback={<OfferInsertSkeleton locale={prefs.locale} />}>
        <OfferInsert amountCents={amountCents} locale={prefs.locale} country={prefs.country} items={[product]} placement="product" dialogId="product-offers" />
      </Suspense>
      <AddToCart productId={product.id} slug={product.slug} quantity={quantity} />
    </>
  );
}

export default async function ProductPage({ params, searchParams }: Props) {
  const { prefs, product } = await productOf(params);
  if (!product) notFound();
  const { t, fmt } = i18nFor(prefs);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/">← {t.product.backToCatalogue}</Link>
      </p>
      <article className="product-page">
        <div className="product-media">
          <Image src={product.imagePath} alt={product.name} width={800} height={600} unoptimized priority />
        </div>
        <div className="product-info">
          <p className="brand-name">{product.brand}</p>
          <h1>{product.name}</h1>
          <p className="price">
            {fmt.money(product.priceCents)} <span className="vat">{t.product.vatIncluded}</span>
          </p>
          {/* The cached page holds the form at quantity 1 until the URL's quantity is read. */}
          <Suspense
            fallback={
              <>
                <OfferInsertSkeleton locale={prefs.locale} />
                <AddToCart productId={product.id} slug={product.slug} quantity={1} />
              </>
            }
          >
            <OffersAndCart product={product} prefs={prefs} searchParams={searchParams} />
          </Suspense>
          <p>{product.description}</p>
          <h2 className="small-heading">{t.product.specifications}</h2>
          <p>{product.specifications}</p>
          <dl className="facts">
            <dt>{t.product.reference}</dt>
            <dd>{product.sku}</dd>
          </dl>
        </div>
      </article>
    </>
  );
}
