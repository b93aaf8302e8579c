import Link from "next/link";

/** "Showing 26–50 of 120" and previous/next links that keep the other parameters. */
export function Pager({ page, pageSize, total, hrefFor, label }: { page: number; pageSize: number; total: number; hrefFor: (page: number) => string; label: string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <div className="pager">
      <p className="muted" aria-live="polite">
        {total === 0 ? `No ${label}` : `Showing ${first}–${last} of ${total} ${label}`}
        {pages > 1 && ` · page ${page} of ${pages}`}
      </p>
      {pages > 1 && (
        <nav aria-label={`Pages of ${label}`}>
          <Link className="button secondary" href={hrefFor(page - 1)} aria-disabled={page <= 1} tabIndex={page <= 1 ? -1 : undefined} rel="prev">
            ← Previous
          </Link>
          <Link className="button secondary" href={hrefFor(page + 1)} aria-disabled={page >= pages} tabIndex={page >= pages ? -1 : undefined} rel="next">
            Next →
          </Link>
        </nav>
      )}
    </div>
  );
}
