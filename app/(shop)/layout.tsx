import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getI18n } from "@/server/shop/i18n/server";
import { TRPCReactProvider } from "@/app/_client/trpc";
import { CartLink } from "./_components/cart-link";
import { ShopFrame } from "./_components/shop-frame";

/** The cart, checkout and order pages are the shopper's own: rendered per request (the catalogue's pages are cached, app/(catalogue)). */
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: { default: t.meta.title, template: `%s · ${t.layout.brand}` }, description: t.meta.description };
}

export default async function ShopLayout({ children }: { children: ReactNode }) {
  const { locale, country } = await getI18n();
  return (
    <ShopFrame locale={locale} country={country} cartLink={<CartLink locale={locale} />}>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </ShopFrame>
  );
}
