import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { env } from "@/server/env";
import { FINANCING_TERMS_PATH } from "@/server/shop/compliance/terms";
import { CANONICAL_PATH_HEADER, canonicalLocation } from "@/server/lib/canonical-host";
import { I18nProvider } from "@/server/shop/i18n/client";
import { getI18n } from "@/server/shop/i18n/server";
import { TRPCReactProvider } from "@/server/shop/trpc/client";
import { CartLink } from "./_components/cart-link";
import { PreferencesSwitch } from "./_components/preferences-switch";
import "./shop.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: { default: t.meta.title, template: `%s · ${t.layout.brand}` }, description: t.meta.description };
}

export default async function ShopLayout({ children }: { children: ReactNode }) {
  // Opened on another host name than APP_URL's (proxy.ts): go there before anything is shown or stored.
  const moveTo = (await headers()).get(CANONICAL_PATH_HEADER);
  if (moveTo) redirect(canonicalLocation(env().APP_URL, moveTo));
  const { locale, country, t } = await getI18n();
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t.layout.skipToContent}
        </a>
        {env().APP_MODE === "demo" && (
          <aside className="demo-banner" aria-label="Demo">
            {t.layout.footer}
          </aside>
        )}
        <header className="site-header">
          <div className="site-header-inner">
            <Link href="/" className="brand">
              {t.layout.brand}
            </Link>
            <nav aria-label={t.layout.mainNav} className="main-nav">
              <Link href="/">{t.layout.catalogue}</Link>
              <CartLink />
            </nav>
            <PreferencesSwitch locale={locale} country={country} />
          </div>
        </header>
        <I18nProvider locale={locale} country={country}>
          <TRPCReactProvider>
            <main id="main" tabIndex={-1}>
              {children}
            </main>
          </TRPCReactProvider>
        </I18nProvider>
        <footer className="site-footer">
          <p>{t.layout.footerLegal}</p>
          <p>
            <Link href={FINANCING_TERMS_PATH}>{t.terms.link}</Link>
          </p>
        </footer>
      </body>
    </html>
  );
}
