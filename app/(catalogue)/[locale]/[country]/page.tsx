import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { Suspense } from "react";
import { CardTeaser } from "@/app/(shop)/_components/card-teaser";
import { cachedProducts } from "@/server/shop/catalog/catalog-cache";
import { i18nFor } from "@/server/shop/i18n/server";
import { type PreferenceParams, routePreferences } from "./route-preferences";

type Props = { params: PreferenceParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = i18nFor(await routePreferences(params));
  return { title: t.catalogue.title };
}

export default async function CataloguePage({ params }: Props) {
  const prefs = await routePreferences(params);
  const { t, fmt, locale, country } = i18nFor(prefs);
  const products = await cachedProducts(locale);
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
                {/* Each card's instalment streams in on its own: the cached page does not wait for the bank. */}
                <Suspense fallback={null}>
                  <CardTeaser amountCents={p.priceCents} locale={locale} country={country} product={p} />
                </Suspense>
              </div>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
