import type { Metadata } from "next";
import { env } from "@/server/env";
import { safeCallbackPath } from "@/server/shop/auth/callback-url";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  return (
    <div className="login">
      <div className="card">
        <h1>Merchant back office</h1>
        <LoginForm callbackUrl={safeCallbackPath(callbackUrl, env().APP_URL)} />
      </div>
    </div>
  );
}
