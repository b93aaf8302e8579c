import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { shopDb } from "@/db/shop/client";
import { productBySlug } from "@/server/shop/catalog/products";
import { getI18n } from "@/server/shop/i18n/server";
import { OffersSection, OffersSkeleton } from "../../_components/offers-section";
import { AddToCart } from "./add-to-cart";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { slug }] = await Promise.all([getI18n(), params]);
  const product = productBySlug(shopDb(), slug);
  return { title: product?.name ?? t.product.notFound, description: product?.description };
}

export default async function ProductPage({ params }: Props) {
  const [{ t, fmt, country }, { slug }] = await Promise.all([getI18n(), params]);
  const product = productBySlug(shopDb(), slug);
  if (!product) notFound();
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
          <AddToCart productId={product.id} />
          <p>{product.description}</p>
          <h2 className="small-heading">{t.product.specifications}</h2>
          <p>{product.specifications}</p>
          <dl className="facts">
            <dt>{t.product.reference}</dt>
            <dd>{product.sku}</dd>
          </dl>
          {/* The bank's answer streams in: the page is readable before the offers arrive. */}
          <Suspense key={`${product.priceCents}:${country}`} fallback={<OffersSkeleton />}>
            <OffersSection amountCents={product.priceCents} country={country} />
          </Suspense>
        </div>
      </article>
    </>
  );
}
