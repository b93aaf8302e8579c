/**
 * Figure 1: the catalogue's cached pages against a prerendered page of the
 * same build. The product page (the reference product, bench/lib/databases.ts)
 * and the catalogue are cached shells per language and country with the
 * shopper's parts streamed in (cart count, offers, quantity); the baseline is
 * Next's own `/_not-found`, prerendered at build time with no per-request
 * part at all: what serving a finished page costs this server.
 *
 * Two things are measured, separately: the time to the first byte of the
 * answer (the shell, as a browser starts drawing it), and full pages a second
 * (every byte, the streamed offers included). Offers are in the shop's cache
 * by now (figure 2 ran first, and the warm-up views fill it): this is the
 * steady state of browsing, not the first view.
 */
import { request } from "node:http";
import type { BenchContext } from "../lib/context";
import { referenceProduct } from "../lib/databases";
import { http } from "../lib/http";
import { compareRounds, load, type LoadSpec, type RoundsSummary } from "../lib/load";
import { measure, type FigureResult } from "../lib/report";
import { median } from "../lib/stats";

const CONNECTIONS = 8;
/** Next's prerendered 404, asked for by its own path (unknown URLs get the shop's not-found route instead). */
const PRERENDERED_PATH = "/_not-found";
const TARGETS = { ttfb: 1.2, productThroughput: 0.25, catalogueThroughput: 0.5 } as const;

interface Page {
  path: string;
  status: number;
  bytes: number;
  /** Next answered from a cached shell, the per-request parts streamed after it. */
  cachedShell: boolean;
  offers: boolean;
}

async function look(base: string, path: string, status: number): Promise<Page> {
  const answer = await http(`${base}${path}`);
  if (answer.status !== status) throw new Error(`${path} answered ${answer.status}, not ${status}`);
  return {
    path,
    status,
    bytes: Buffer.byteLength(answer.text),
    cachedShell: answer.headers.get("x-nextjs-postponed") === "1",
    offers: answer.text.includes('data-testid="offer-insert"'),
  };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Milliseconds to the first byte of the body, `connections` requests at a time for `seconds`; bounded. */
async function firstBytes(url: string, connections: number, seconds: number): Promise<number[]> {
  const until = performance.now() + seconds * 1000;
  const times: number[] = [];
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const started = performance.now();
      const req = request(url, { agent: false, timeout: 20_000 }, (res) => {
        let first = true;
        res.on("data", () => {
          if (first) times.push(performance.now() - started);
          first = false;
        });
        res.on("end", resolve);
        res.on("error", reject);
      });
      req.on("timeout", () => req.destroy(new Error(`${url}: no answer in 20 s`)));
      req.on("error", reject);
      req.end();
    });
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) await one();
    }),
  );
  return times;
}

/** TTFB rounds of several pages, alternated like the load rounds: medians of each round's median. */
async function ttfbRounds(urls: string[], rounds: number, seconds: number): Promise<{ p50: number; p99: number; rounds: number[] }[]> {
  const results = urls.map(() => ({ medians: [] as number[], all: [] as number[] }));
  for (let round = 0; round < rounds; round++) {
    const order = urls.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) {
      const times = await firstBytes(urls[i]!, CONNECTIONS, seconds);
      results[i]!.medians.push(median(times));
      results[i]!.all.push(...times);
    }
  }
  return results.map((r) => ({ p50: median(r.medians), p99: percentile(r.all, 99), rounds: r.medians }));
}

/** Responses that failed, or answered another status than the page's own (the baseline is a 404). */
function failures(summary: RoundsSummary, status: number): number {
  return summary.rounds.reduce((n, r) => n + r.errors + Object.entries(r.statusCodes).reduce((m, [code, count]) => m + (Number(code) === status ? 0 : count), 0), 0);
}

export async function productPageOverhead(ctx: BenchContext): Promise<Omit<FigureResult, "seconds">> {
  const base = ctx.server.baseURL;
  const reference = referenceProduct(ctx.shopDbPath);
  // The first views render the cached shells (each page is rendered once, on its first view).
  const product = await look(base, `/products/${reference.slug}`, 200);
  const catalogue = await look(base, "/", 200);
  const prerendered = await look(base, PRERENDERED_PATH, 404);
  for (const page of [await look(base, product.path, 200), await look(base, catalogue.path, 200)]) {
    if (!page.cachedShell) throw new Error(`${page.path} is not served from a cached shell: nothing to measure`);
  }
  if (!product.offers) throw new Error(`${product.path} shows no offers: nothing to measure`);

  const pages = [product, catalogue, prerendered];
  const spec = (path: string): LoadSpec => ({ url: `${base}${path}`, connections: CONNECTIONS, durationSeconds: ctx.plan.pageSeconds });
  ctx.log(`warm-up ${ctx.plan.warmupSeconds} s per page`);
  for (const page of pages) await load({ ...spec(page.path), durationSeconds: ctx.plan.warmupSeconds });

  ctx.log(`time to first byte: ${ctx.plan.rounds} rounds × ${pages.length} pages × ${ctx.plan.pageSeconds} s at ${CONNECTIONS} connections`);
  const [productTtfb, catalogueTtfb, prerenderedTtfb] = await ttfbRounds(
    pages.map((p) => `${base}${p.path}`),
    ctx.plan.rounds,
    ctx.plan.pageSeconds,
  );
  ctx.log(`full pages: ${ctx.plan.rounds} rounds × ${pages.length} pages × ${ctx.plan.pageSeconds} s at ${CONNECTIONS} connections`);
  const [productLoad, catalogueLoad, prerenderedLoad] = await compareRounds(
    pages.map((p) => spec(p.path)),
    ctx.plan.rounds,
    `${base}/api/health`,
  );

  const baselineLabel = "prerendered /_not-found";
  const target = (value: number, baseline: number, bound: number, atMost: boolean) => ({
    text: `${atMost ? "≤" : "≥"} ${bound} × baseline`,
    met: atMost ? value <= bound * baseline : value >= bound * baseline,
  });
  /** Full pages per second of one page, against the prerendered baseline's, at least `bound` times it. */
  const throughput = (page: string, loaded: RoundsSummary, bound: number) =>
    measure({
      label: `${page}: full pages/s`,
      unit: "req/s",
      value: loaded.rps,
      baseline: prerenderedLoad!.rps,
      baselineLabel,
      rounds: { value: loaded.rounds.map((r) => r.rps), baseline: prerenderedLoad!.rounds.map((r) => r.rps) },
      target: target(loaded.rps, prerenderedLoad!.rps, bound, false),
    });
  const measures = [
    measure({
      label: `${product.path}: time to first byte, median`,
      unit: "ms",
      value: productTtfb!.p50,
      baseline: prerenderedTtfb!.p50,
      baselineLabel,
      rounds: { value: productTtfb!.rounds, baseline: prerenderedTtfb!.rounds },
      target: target(productTtfb!.p50, prerenderedTtfb!.p50, TARGETS.ttfb, true),
    }),
    throughput(`${product.path} (with offers)`, productLoad!, TARGETS.productThroughput),
    throughput("/ (catalogue)", catalogueLoad!, TARGETS.catalogueThroughput),
    measure({ label: `${product.path}: full page p99`, unit: "ms", value: productLoad!.p99, baseline: prerenderedLoad!.p99, baselineLabel }),
  ];
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const notes = [
    `${CONNECTIONS} connections, median of ${ctx.plan.rounds} rounds of ${ctx.plan.pageSeconds} s, pages alternated each round; time to first byte and full pages in separate rounds.`,
    `HTML: ${product.path} ${kB(product.bytes)}, / ${kB(catalogue.bytes)}, ${PRERENDERED_PATH} (Next's prerendered 404) ${kB(prerendered.bytes)}.`,
    `Catalogue: time to first byte ${catalogueTtfb!.p50.toFixed(1)} ms (p99 ${catalogueTtfb!.p99.toFixed(1)} ms), full page p50 ${catalogueLoad!.p50} ms, p99 ${catalogueLoad!.p99} ms.`,
    `Product page: first byte p99 ${productTtfb!.p99.toFixed(1)} ms, baseline ${prerenderedTtfb!.p99.toFixed(1)} ms.`,
  ];
  const failed = failures(productLoad!, 200) + failures(catalogueLoad!, 200) + failures(prerenderedLoad!, 404);
  if (failed > 0) notes.push(`WARNING: ${failed} responses failed or answered another status than their page's.`);
  return { id: 1, title: "Catalogue pages against a prerendered page", measures, notes };
}
