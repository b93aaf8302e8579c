import type { Metadata } from "next";
import { type ReactNode, Suspense } from "react";
import { CartLink, CartLinkPlaceholder } from "@/app/(shop)/_components/cart-link";
import { ShopFrame } from "@/app/(shop)/_components/shop-frame";
import { messagesFor } from "@/server/shop/i18n/messages";
import { type PreferenceParams, routePreferences } from "./route-preferences";

/**
 * The catalogue and the product pages, cached per language and country:
 * proxy.ts rewrites `/` and `/products/<slug>` to `/<locale>/<country>/...`
 * from the shopper's cookies, so the whole page but the shopper's own parts
 * (cart count, offers, chosen quantity) is a shell rendered once and kept.
 * The real values are not listed here: they are rendered on their first
 * view, after the catalogue is in the database (the build has none); the
 * placeholder only lets the build check that the shell reads no request data.
 */
export function generateStaticParams() {
  return [{ locale: "_", country: "_" }];
}

type Props = { params: PreferenceParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = messagesFor((await routePreferences(params)).locale);
  return { title: { default: t.meta.title, template: `%s · ${t.layout.brand}` }, description: t.meta.description };
}

export default async function CatalogueLayout({ children, params }: Props & { children: ReactNode }) {
  const { locale, country } = await routePreferences(params);
  return (
    <ShopFrame
      locale={locale}
      country={country}
      cartLink={
        <Suspense fallback={<CartLinkPlaceholder locale={locale} />}>
          <CartLink locale={locale} />
        </Suspense>
      }
    >
      {children}
    </ShopFrame>
  );
}
