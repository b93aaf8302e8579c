import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./back-office.css";

export const metadata: Metadata = {
  title: { default: "Back office", template: "%s · Back office marchand" },
  robots: { index: false },
};

export default function BackOfficeLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
