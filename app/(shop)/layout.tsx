import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { TRPCReactProvider } from "@/server/shop/trpc/client";
import "./shop.css";

export const metadata: Metadata = {
  title: { default: "Maison Crédit — boutique de démonstration", template: "%s · Maison Crédit" },
  description: "Boutique de démonstration du financement Scalexpert (paiement en 3x/4x et crédit).",
};

export default function ShopLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>
        <a className="skip-link" href="#main">
          Aller au contenu
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Maison Crédit
          </Link>
          <nav aria-label="Navigation principale">
            <Link href="/">Catalogue</Link>
          </nav>
        </header>
        <TRPCReactProvider>
          <main id="main">{children}</main>
        </TRPCReactProvider>
        <footer className="site-footer">
          <p>Boutique de démonstration — financement proposé par la banque simulée Scalexpert (sandbox).</p>
        </footer>
      </body>
    </html>
  );
}
