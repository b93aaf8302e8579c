import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { Suspense } from "react";
import { shopDb } from "@/db/shop/client";
import { listProducts } from "@/server/shop/catalog/products";
import { getI18n } from "@/server/shop/i18n/server";
import { CardTeaser } from "./_components/card-teaser";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.catalogue.title };
}

export default async function CataloguePage() {
  const { t, fmt, locale, country } = await getI18n();
  const products = listProducts(shopDb(), locale);
  return (
    <>
      <div className="page-intro">
        <h1>{t.catalogue.title}</h1>
        <p>{t.catalogue.intro}</p>
      </div>
      <ul className="product-grid" aria-label={t.catalogue.productsLabel}>
        {products.map((p, index) => (
          <li key={p.id} className="product-card">
            <Link href={`/products/${p.slug}`}>
              <Image src={p.imagePath} alt="" width={800} height={600} unoptimized priority={index < 4} />
              <div className="body">
                <span className="brand-name">{p.brand}</span>
                <span className="name">{p.name}</span>
                <span className="price">{fmt.money(p.priceCents)}</span>
                {/* Each card's instalment streams in on its own: the catalogue does not wait for the bank. */}
                <Suspense fallback={null}>
                  <CardTeaser amountCents={p.priceCents} country={country} />
                </Suspense>
              </div>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
