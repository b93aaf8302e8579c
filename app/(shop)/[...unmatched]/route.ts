import { headers } from "next/headers";
import { nonceOf } from "@/server/lib/security-headers";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
import { getI18n } from "@/server/shop/i18n/server";
import { notFoundDocument, type NotFoundTexts } from "@/server/shop/pages/not-found-document";

/**
 * Every URL no other route answers (and the back office's unknown orders,
 * which proxy.ts rewrites here): a real 404 for any method, in the visitor's
 * language, with no script (server/shop/pages/not-found-document.ts says why).
 */
async function notFound(request: Request): Promise<Response> {
  const html = notFoundDocument(await textsFor(new URL(request.url).pathname), nonceOf((await headers()).get("content-security-policy")));
  return new Response(request.method === "HEAD" ? null : html, {
    status: 404,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

async function textsFor(pathname: string): Promise<NotFoundTexts> {
  if (pathname.startsWith("/admin/")) {
    const { locale, t } = await getAdminI18n();
    return { lang: locale, brand: t.shell.title, ...t.notFound, backHref: "/admin" };
  }
  const { locale, t } = await getI18n();
  return { lang: locale, brand: t.layout.brand, ...t.notFound, backHref: "/" };
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
