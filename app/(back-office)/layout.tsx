import type { Metadata } from "next";
import type { ReactNode } from "react";
import { env } from "@/server/env";
import "./back-office.css";

export const metadata: Metadata = {
  title: { default: "Back office", template: "%s · Back office marchand" },
  robots: { index: false },
};

export default function BackOfficeLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {env().APP_MODE === "demo" && (
          <aside className="demo-banner" aria-label="Demo">
            Demo back office: public demo credentials, orders financed by the embedded sandbox bank. No real payment.
          </aside>
        )}
        {children}
      </body>
    </html>
  );
}
