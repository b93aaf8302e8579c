import { dateTime, relativeTime } from "@/server/shop/admin/labels";

/** A time as the back office shows it (Paris time), the exact UTC instant on hover. */
export function Time({ ms, now, relative = false }: { ms: number | null; now?: number; relative?: boolean }) {
  if (ms === null) return <span className="muted">never</span>;
  const iso = new Date(ms).toISOString();
  return (
    <time dateTime={iso} title={iso}>
      {relative && now !== undefined ? relativeTime(ms, now) : dateTime(ms)}
    </time>
  );
}
