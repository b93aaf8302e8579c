"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useAdminI18n } from "@/app/_client/admin-i18n";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const { t } = useAdminI18n();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
    } else {
      // The login throttle's refusal (server/shop/auth/options.ts): "TooManyAttempts:<seconds>".
      const wait = /^TooManyAttempts:(\d+)$/.exec(result?.error ?? "")?.[1];
      setError(wait ? t.login.tooMany(Number(wait)) : t.login.wrong);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <label>
        {t.login.email}
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        {t.login.password}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? t.login.pending : t.login.submit}
      </button>
    </form>
  );
}
