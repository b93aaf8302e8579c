/**
 * The rows one page of a list covers: pages count from 1, and the page size
 * is clamped to 1..max (`standard` when not asked), whatever the caller sent.
 */
export function pageWindow(asked: { page?: number; pageSize?: number }, sizes: { standard: number; max: number }): { limit: number; offset: number } {
  const page = Math.max(1, Math.trunc(asked.page ?? 1));
  const limit = Math.min(sizes.max, Math.max(1, Math.trunc(asked.pageSize ?? sizes.standard)));
  return { limit, offset: (page - 1) * limit };
}
