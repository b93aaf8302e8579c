import Link from "next/link";
import type { ReactNode } from "react";
import type { z } from "zod";
import { requireAdmin } from "@/server/shop/auth/session";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A list page's filters read from its URL (the first value of a repeated
 * parameter; the page's schema turns what it cannot read into "no filter"),
 * once the admin is checked, and the page's URL with some of them changed
 * (any change but the page's number goes back to the first page).
 */
export async function listParams<Params extends { page?: number }>(path: string, schema: z.ZodType<Params>, searchParams: Promise<SearchParams>) {
  const raw = await searchParams;
  const params = schema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const href = (change: Partial<Params>): string => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...params, page: undefined, ...change })) if (value !== undefined && value !== "") query.set(key, String(value));
    const search = query.toString();
    return search ? `${path}?${search}` : path;
  };
  await requireAdmin(href({ page: params.page } as Partial<Params>));
  return { raw, params, href };
}

/**
 * A list's filters as a plain GET form (they work without JavaScript and the
 * URL keeps them), with the way back to the whole list once one is set.
 */
export async function FilterForm({ action, label, filtered, children }: { action: string; label: string; filtered: boolean; children: ReactNode }) {
  const { t } = await getAdminI18n();
  return (
    <form className="filters" method="get" action={action} role="search" aria-label={label}>
      {children}
      <button type="submit">{t.common.apply}</button>
      {filtered && (
        <Link className="button secondary" href={action}>
          {t.common.clearFilters}
        </Link>
      )}
    </form>
  );
}

/** One filter as a select whose first choice is no filter at all. */
export async function FilterSelect({ label, name, value, options }: { label: string; name: string; value: string; options: readonly { value: string | number; label: ReactNode }[] }) {
  const { t } = await getAdminI18n();
  return (
    <label>
      {label}
      <select name={name} defaultValue={value}>
        {[{ value: "", label: t.common.any }, ...options].map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
