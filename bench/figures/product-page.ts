/**
 * Figure 1: what the financing offers add to a product page. The page with
 * offers is the reference product (bench/lib/databases.ts); the floor is
 * the catalogue home page: same root layout, same i18n, a database read,
 * rendered on every request, and no financing code at all. A product
 * with no eligible solution, when the catalogue has one, is measured beside
 * them: same template, offers looked up (cache hit) but none shown.
 * Offers are in the shop's cache by now (figure 2 ran first, and the warm-up
 * views fill it): this is the steady state of browsing, not the first view.
 */
import type { BenchContext } from "../lib/context";
import { productPrices, referenceProduct } from "../lib/databases";
import { http } from "../lib/http";
import { compareRounds, load, type LoadSpec } from "../lib/load";
import { measure, type FigureResult } from "../lib/report";

const CONNECTIONS = 8;

async function hasOffers(url: string): Promise<{ offers: boolean; bytes: number }> {
  const page = await http(url);
  if (page.status !== 200) throw new Error(`${new URL(url).pathname} answered ${page.status}`);
  return { offers: page.text.includes('class="offers"'), bytes: Buffer.byteLength(page.text) };
}

export async function productPageOverhead(ctx: BenchContext): Promise<Omit<FigureResult, "seconds">> {
  const base = ctx.server.baseURL;
  const products = productPrices(ctx.shopDbPath);
  const withOffers = referenceProduct(ctx.shopDbPath);

  const offered = await hasOffers(`${base}/products/${withOffers.slug}`);
  if (!offered.offers) throw new Error(`/products/${withOffers.slug} shows no offers block: nothing to measure`);
  const home = await hasOffers(`${base}/`);
  let noOffers: { slug: string; bytes: number } | undefined;
  for (const p of [...products].sort((a, b) => a.priceCents - b.priceCents)) {
    const page = await hasOffers(`${base}/products/${p.slug}`);
    if (!page.offers) {
      noOffers = { slug: p.slug, bytes: page.bytes };
      break;
    }
  }

  const spec = (path: string): LoadSpec => ({ url: `${base}${path}`, connections: CONNECTIONS, durationSeconds: ctx.plan.pageSeconds });
  const specs = [spec(`/products/${withOffers.slug}`), spec("/"), ...(noOffers ? [spec(`/products/${noOffers.slug}`)] : [])];
  ctx.log(`warm-up ${ctx.plan.warmupSeconds} s per page`);
  for (const s of specs) await load({ ...s, durationSeconds: ctx.plan.warmupSeconds });
  ctx.log(`${ctx.plan.rounds} rounds × ${specs.length} pages × ${ctx.plan.pageSeconds} s at ${CONNECTIONS} connections`);
  const [product, floor, productNoOffers] = await compareRounds(specs, ctx.plan.rounds, `${base}/api/health`);

  const page = `/products/${withOffers.slug}`;
  const floorLabel = "home page, no financing";
  const rounds = (key: "rps" | "p50" | "p99") => ({ value: product!.rounds.map((r) => r[key]), baseline: floor!.rounds.map((r) => r[key]) });
  const measures = [
    measure({ label: `${page} (with offers): req/s`, unit: "req/s", value: product!.rps, baseline: floor!.rps, baselineLabel: floorLabel, rounds: rounds("rps") }),
    measure({ label: `${page}: p50 latency`, unit: "ms", value: product!.p50, baseline: floor!.p50, baselineLabel: floorLabel, rounds: rounds("p50") }),
    measure({ label: `${page}: p99 latency`, unit: "ms", value: product!.p99, baseline: floor!.p99, baselineLabel: floorLabel, rounds: rounds("p99") }),
  ];
  const notes = [
    `${CONNECTIONS} connections, median of ${ctx.plan.rounds} rounds of ${ctx.plan.pageSeconds} s, pages alternated each round; full responses (the streamed offers included).`,
    `HTML: ${page} ${(offered.bytes / 1024).toFixed(1)} kB, home ${(home.bytes / 1024).toFixed(1)} kB.`,
  ];
  if (productNoOffers && noOffers) {
    notes.push(
      `Same template without offers (/products/${noOffers.slug}, no eligible solution, ${(noOffers.bytes / 1024).toFixed(1)} kB): ` +
        `${productNoOffers.rps.toFixed(0)} req/s, p50 ${productNoOffers.p50} ms, p99 ${productNoOffers.p99} ms.`,
    );
  }
  const failures = product!.failures + floor!.failures + (productNoOffers?.failures ?? 0);
  if (failures > 0) notes.push(`WARNING: ${failures} responses were not 2xx or failed.`);
  return { id: 1, title: "Product page overhead", measures, notes };
}
