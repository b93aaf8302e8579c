/**
 * Figure 6: first-load JavaScript per shopper route, from the scripts each
 * page actually loads: the <script src> chunks of its HTML plus the chunks
 * its inline React Server Components payload asks for (client components
 * streamed in later, such as the offers block), each gzipped with zlib
 * (level 6, what servers commonly send) and summed. The floor is Next's own
 * /_not-found of the same build: the framework and React with no page code
 * (it exists in every build; an extra empty route would ship to production).
 * Then the server's resident memory after all the load runs, against the
 * same process idle just after start.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { BenchContext } from "../lib/context";
import { referenceProduct } from "../lib/databases";
import { http } from "../lib/http";
import { measure, type FigureResult, type Measure } from "../lib/report";
import { cartWith } from "../lib/shop";

const ADDED_LIMIT_KB = 40;
const CHUNK = /\/_next\/static\/chunks\/[\w\-./]+?\.js/g;

/** Resident and peak memory of a process, in KiB (Linux /proc). */
export function memoryOf(pid: number): { rssKiB: number; peakKiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssKiB: field("VmRSS"), peakKiB: field("VmHWM") };
}

export async function pageWeight(ctx: BenchContext): Promise<Omit<FigureResult, "seconds">> {
  const base = ctx.server.baseURL;
  const gzipped = new Map<string, number>();
  const chunkSize = async (path: string): Promise<number> => {
    const known = gzipped.get(path);
    if (known !== undefined) return known;
    const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(30_000) });
    if (!res.ok) throw new Error(`${path} answered ${res.status}`);
    const size = gzipSync(Buffer.from(await res.arrayBuffer())).length;
    gzipped.set(path, size);
    return size;
  };
  const weigh = async (path: string, cookie?: string, status = 200): Promise<{ kB: number; chunks: string[] }> => {
    const page = await http(`${base}${path}`, cookie ? { headers: { cookie } } : {});
    if (page.status !== status) throw new Error(`${path} answered ${page.status}, expected ${status}`);
    const chunks = [...new Set(page.text.match(CHUNK) ?? [])];
    let bytes = 0;
    for (const c of chunks) bytes += await chunkSize(c);
    return { kB: bytes / 1024, chunks };
  };

  const product = referenceProduct(ctx.shopDbPath);
  const cookie = await cartWith(base, product.id);
  const floor = await weigh("/_not-found", undefined, 404);

  const routes: { label: string; path: string; cookie?: string; capped: boolean }[] = [
    { label: "/ (catalogue)", path: "/", capped: false },
    { label: "/products/[slug]", path: `/products/${product.slug}`, capped: true },
    { label: "/cart (1 item)", path: "/cart", cookie, capped: true },
    { label: "/checkout (1 item)", path: "/checkout", cookie, capped: true },
  ];
  if (ctx.shared.orderToken) {
    routes.push({ label: "/checkout/return/[token]", path: `/checkout/return/${ctx.shared.orderToken}`, capped: false });
    routes.push({ label: "/orders/[token]", path: `/orders/${ctx.shared.orderToken}`, capped: false });
  }
  const measures: Measure[] = [];
  const notes: string[] = [`Floor /_not-found: ${floor.kB.toFixed(1)} kB gzip in ${floor.chunks.length} chunks.`];
  const floorChunks = new Set(floor.chunks);
  for (const route of routes) {
    const w = await weigh(route.path, route.cookie);
    // What the page loads beyond the framework's own chunks.
    const own = w.chunks.filter((c) => !floorChunks.has(c));
    const added = own.reduce((kB, c) => kB + gzipped.get(c)! / 1024, 0);
    measures.push(
      measure({
        label: `first-load JS ${route.label} (+${added.toFixed(1)} kB in ${own.length} chunks)`,
        unit: "kB",
        value: w.kB,
        baseline: floor.kB,
        baselineLabel: "/_not-found",
        target: route.capped ? { text: `≤ floor + ${ADDED_LIMIT_KB} kB`, met: added <= ADDED_LIMIT_KB } : undefined,
      }),
    );
  }
  if (!ctx.shared.orderToken) notes.push("No order was placed in this run (figure 3 not measured): the return and order pages are left out.");

  const after = memoryOf(ctx.server.pid);
  const start = ctx.shared.rssAtStartKiB;
  measures.push(
    measure({
      label: "server resident memory (RSS) after the load runs",
      unit: "MB",
      value: after.rssKiB / 1024,
      baseline: start === undefined ? null : start / 1024,
      baselineLabel: "same process idle after start",
    }),
  );
  notes.push(`Server peak RSS (VmHWM) over the run: ${(after.peakKiB / 1024).toFixed(0)} MB.`);
  return { id: 6, title: "Page weight and server memory", measures, notes };
}
