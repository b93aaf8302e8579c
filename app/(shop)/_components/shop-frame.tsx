import Link from "next/link";
import type { ReactNode } from "react";
import { env } from "@/server/env";
import { FINANCING_TERMS_PATH } from "@/server/shop/compliance/terms";
import { I18nProvider } from "@/app/_client/i18n";
import type { Preferences } from "@/server/shop/i18n/locales";
import { messagesFor } from "@/server/shop/i18n/messages";
import { PreferencesSwitch } from "./preferences-switch";
import "../shop.css";

/**
 * The document of every shop page: the two root layouts (the cached catalogue
 * pages, and the cart, checkout and order pages) differ only in how they know
 * the shopper's language and in the cart link they pass.
 */
export function ShopFrame({ locale, country, cartLink, children }: Preferences & { cartLink: ReactNode; children: ReactNode }) {
  const t = messagesFor(locale);
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
              {cartLink}
            </nav>
            <PreferencesSwitch locale={locale} country={country} />
          </div>
        </header>
        <I18nProvider locale={locale} country={country}>
          <main id="main" tabIndex={-1}>
            {children}
          </main>
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
