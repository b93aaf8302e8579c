"use client";
import Link from "next/link";
import { useI18n } from "@/server/shop/i18n/client";

/** Unknown product: in the language of the page's path (the layout's provider), so that it can be cached like the page. */
export default function NotFound() {
  const { t } = useI18n();
  return (
    <div className="empty-state">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <Link className="button" href="/">
        {t.notFound.back}
      </Link>
    </div>
  );
}
