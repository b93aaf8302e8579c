"use client";
import { signOut } from "next-auth/react";
import { useAdminI18n } from "@/server/shop/i18n/admin-client";

export function SignOutButton() {
  const { t } = useAdminI18n();
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login" })}>
      {t.shell.signOut}
    </button>
  );
}
