"use client";
import { signOut } from "next-auth/react";
import { useAdminI18n } from "@/app/_client/admin-i18n";

export function SignOutButton() {
  const { t } = useAdminI18n();
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login" })}>
      {t.shell.signOut}
    </button>
  );
}
