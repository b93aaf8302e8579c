import type { Metadata } from "next";
import { env } from "@/server/env";
import { safeCallbackPath } from "@/server/shop/auth/callback-url";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
import { LanguageSwitch } from "../_components/language-switch";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminI18n()).t.meta.signIn };
}

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const { locale, t } = await getAdminI18n();
  return (
    <div className="login">
      <div className="card">
        <LanguageSwitch locale={locale} />
        <h1>{t.shell.title}</h1>
        <LoginForm callbackUrl={safeCallbackPath(callbackUrl, env().APP_URL)} />
      </div>
    </div>
  );
}
