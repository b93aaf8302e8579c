"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useAdminI18n } from "@/app/_client/admin-i18n";

export function NavLinks() {
  const path = usePathname();
  const { t } = useAdminI18n();
  const links = [
    { href: "/admin", label: t.shell.orders, current: path === "/admin" || path.startsWith("/admin/orders") },
    { href: "/admin/financing", label: t.shell.financing, current: path.startsWith("/admin/financing") },
    { href: "/admin/api-log", label: t.shell.apiLog, current: path.startsWith("/admin/api-log") },
    { href: "/admin/go-live", label: t.goLive.nav, current: path.startsWith("/admin/go-live") },
  ];
  return links.map((link) => (
    <Link key={link.href} href={link.href} aria-current={link.current ? "page" : undefined}>
      {link.label}
    </Link>
  ));
}
