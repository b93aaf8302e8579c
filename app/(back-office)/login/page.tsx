import type { Metadata } from "next";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

/** Only same-site paths are accepted as a destination after sign-in. */
function safeCallback(raw: string | undefined): string {
  return raw && raw.startsWith("/") && !raw.startsWith("//") ? raw : "/admin";
}

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  return (
    <div className="login">
      <div className="card">
        <h1>Merchant back office</h1>
        <LoginForm callbackUrl={safeCallback(callbackUrl)} />
      </div>
    </div>
  );
}
