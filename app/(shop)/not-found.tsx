import Link from "next/link";
import { getI18n } from "@/server/shop/i18n/server";

/** Unknown product, order or bank page: said in the shopper's language, inside the shop's layout. */
export default async function NotFound() {
  const { t } = await getI18n();
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
