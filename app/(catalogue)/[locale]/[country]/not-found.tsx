"use client";
import { NotFoundMessage } from "@/app/(shop)/_components/not-found-message";
import { useI18n } from "@/app/_client/i18n";

/** Unknown product: in the language of the page's path (the layout's provider), so that it can be cached like the page. */
export default function NotFound() {
  return <NotFoundMessage text={useI18n().t.notFound} />;
}
