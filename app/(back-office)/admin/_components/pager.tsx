import Link from "next/link";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";

/** "Showing 26–50 of 120" and previous/next links that keep the other parameters. */
export async function Pager({ page, pageSize, total, hrefFor, of }: { page: number; pageSize: number; total: number; hrefFor: (page: number) => string; of: "orders" | "calls" }) {
  const { t } = await getAdminI18n();
  const words = t.pager[of];
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <div className="pager">
      <p className="muted" aria-live="polite">
        {total === 0 ? words.none : words.showing(first, last, total)}
        {pages > 1 && t.pager.page(page, pages)}
      </p>
      {pages > 1 && (
        <nav aria-label={words.pages}>
          <Link className="button secondary" href={hrefFor(page - 1)} aria-disabled={page <= 1} tabIndex={page <= 1 ? -1 : undefined} rel="prev">
            {t.pager.previous}
          </Link>
          <Link className="button secondary" href={hrefFor(page + 1)} aria-disabled={page >= pages} tabIndex={page >= pages ? -1 : undefined} rel="next">
            {t.pager.next}
          </Link>
        </nav>
      )}
    </div>
  );
}
