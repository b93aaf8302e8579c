import type { Metadata } from "next";
import type { ReactNode } from "react";

// Rendered per request (sessions, cookies): no prerendered shell to wait for (Next 16 cacheComponents).
export const instant = false;

export const metadata: Metadata = {
  title: { default: "Scalexpert sandbox bank", template: "%s · Scalexpert sandbox bank" },
  robots: { index: false, follow: false },
};

/** Root layout of the bank side (console, journeys): its own html, nothing shared with the shop. */
export default function SandboxLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  );
}
