"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/admin", label: "Orders", current: (path: string) => path === "/admin" || path.startsWith("/admin/orders") },
  { href: "/admin/api-log", label: "API log", current: (path: string) => path.startsWith("/admin/api-log") },
];

export function NavLinks() {
  const path = usePathname();
  return LINKS.map((link) => (
    <Link key={link.href} href={link.href} aria-current={link.current(path) ? "page" : undefined}>
      {link.label}
    </Link>
  ));
}
