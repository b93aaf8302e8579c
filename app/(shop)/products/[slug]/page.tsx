import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { shopDb } from "@/db/shop/client";
import { MAX_QUANTITY } from "@/server/shop/cart/cart-math";
import { productBySlug } from "@/server/shop/catalog/products";
import { getI18n } from "@/server/shop/i18n/server";
import { OfferInsert, OfferInsertSkeleton } from "../../_components/offer-insert";
import { AddToCart } from "./add-to-cart";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ quantity?: string | string[] }> };

/** The quantity the shopper picked (kept in the URL so that the offers follow it); anything else is 1. */
function chosenQuantity(raw: string | string[] | undefined): number {
  const n = typeof raw === "string" && /^\d{1,2}$/.test(raw) ? Number(raw) : 1;
  return n >= 1 && n <= MAX_QUANTITY ? n : 1;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t, locale }, { slug }] = await Promise.all([getI18n(), params]);
  const product = productBySlug(shopDb(), slug, locale);
  return { title: product?.name ?? t.product.notFound, description: product?.description };
}

export default async function ProductPage({ params, searchParams }: Props) {
  const [{ t, fmt, country, locale }, { slug }, search] = await Promise.all([getI18n(), params, searchParams]);
  const product = productBySlug(shopDb(), slug, locale);
  if (!product) notFound();
  const quantity = chosenQuantity(search.quantity);
  const amountCents = product.priceCents * quantity;
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
          {/* The bank's answer streams in: the page is readable before the offers arrive. */}
          <Suspense key={`${amountCents}:${country}`} fallback={<OfferInsertSkeleton />}>
            <OfferInsert amountCents={amountCents} country={country} dialogId="product-offers" />
          </Suspense>
          <AddToCart productId={product.id} slug={product.slug} quantity={quantity} />
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
