import Link from "next/link";
import type { ReactNode } from "react";
import { requireAdmin } from "@/server/shop/auth/session";
import { TRPCReactProvider } from "@/server/shop/trpc/client";
import { SignOutButton } from "./sign-out-button";

export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const admin = await requireAdmin("/admin");
  return (
    <div className="bo-shell">
      <nav className="bo-nav" aria-label="Back office">
        <span className="title">Back office</span>
        <Link href="/admin">Orders</Link>
        <span>{admin.email}</span>
        <SignOutButton />
      </nav>
      <TRPCReactProvider>
        <main className="bo-main">{children}</main>
      </TRPCReactProvider>
    </div>
  );
}
