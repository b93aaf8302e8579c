import type { Metadata } from "next";
import type { ReactNode } from "react";
import { env } from "@/server/env";
import { AdminI18nProvider } from "@/app/_client/admin-i18n";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
import "./back-office.css";

// Rendered per request (sessions, cookies): no prerendered shell to wait for (Next 16 cacheComponents).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getAdminI18n();
  return { title: { default: t.meta.titleDefault, template: t.meta.titleTemplate }, robots: { index: false } };
}

export default async function BackOfficeLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getAdminI18n();
  return (
    <html lang={locale}>
      <body>
        {env().APP_MODE === "demo" && (
          <aside className="demo-banner" aria-label={t.shell.demoLabel}>
            {t.shell.demo}
          </aside>
        )}
        <AdminI18nProvider locale={locale}>{children}</AdminI18nProvider>
      </body>
    </html>
  );
}
