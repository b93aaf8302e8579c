import type { ReactNode } from "react";
import { requireAdmin } from "@/server/shop/auth/session";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
import { TRPCReactProvider } from "@/app/_client/trpc";
import { LanguageSwitch } from "../_components/language-switch";
import { NavLinks } from "./_components/nav-links";
import { SignOutButton } from "./sign-out-button";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Pages check the session too (layouts and pages render concurrently): this one guards the shell.
  const admin = await requireAdmin("/admin");
  const { locale, t } = await getAdminI18n();
  return (
    <div className="bo-shell">
      <a className="skip-link" href="#main">
        {t.shell.skipToContent}
      </a>
      <nav className="bo-nav" aria-label={t.shell.nav}>
        <span className="title">{t.shell.title}</span>
        <NavLinks />
        <LanguageSwitch locale={locale} />
        <span className="who">
          {t.shell.signedInAs} <br />
          {admin.email}
        </span>
        <SignOutButton />
      </nav>
      <TRPCReactProvider>
        <main className="bo-main" id="main">
          {children}
        </main>
      </TRPCReactProvider>
    </div>
  );
}
