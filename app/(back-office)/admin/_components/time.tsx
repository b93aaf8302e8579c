import { getAdminI18n } from "@/server/shop/i18n/admin-server";

/** A time as the back office shows it (the admin's language, the shop's Paris time), the exact UTC instant on hover. */
export async function Time({ ms, now, relative = false }: { ms: number | null; now?: number; relative?: boolean }) {
  const { t, fmt } = await getAdminI18n();
  if (ms === null) return <span className="muted">{t.common.never}</span>;
  const iso = new Date(ms).toISOString();
  return (
    <time dateTime={iso} title={t.common.utcTitle(iso)}>
      {relative && now !== undefined ? fmt.relative(ms, now) : fmt.dateTime(ms)}
    </time>
  );
}
