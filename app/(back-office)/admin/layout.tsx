import type { ReactNode } from "react";
import { requireAdmin } from "@/server/shop/auth/session";
import { TRPCReactProvider } from "@/server/shop/trpc/client";
import { NavLinks } from "./_components/nav-links";
import { SignOutButton } from "./sign-out-button";

export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Pages check the session too (layouts and pages render concurrently): this one guards the shell.
  const admin = await requireAdmin("/admin");
  return (
    <div className="bo-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="bo-nav" aria-label="Back office">
        <span className="title">Merchant back office</span>
        <NavLinks />
        <span className="who">
          Signed in as <br />
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
