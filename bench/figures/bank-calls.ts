/**
 * Figure 2: bank calls made while serving 1,000 product-page views across
 * the whole catalogue, counted in the shop's own API log (bank_api_calls,
 * one row per HTTP attempt, retries included). Runs first, on a cold offers
 * cache, once per billing country: all views fall within one cache period
 * (5 minutes), so the bound is one eligibility and one simulation call per
 * distinct (price, country).
 */
import type { BenchContext } from "../lib/context";
import { bankCallsSince, lastBankCallId, productPrices } from "../lib/databases";
import { load } from "../lib/load";
import { measure, type FigureResult, type Measure } from "../lib/report";

const CONNECTIONS = 8;
const ELIGIBILITY = "getEligibleProductServices";
const SIMULATION = "simulateSolution";
const TOKEN = "requestAccessToken";

export async function bankCallsPerViews(ctx: BenchContext): Promise<Omit<FigureResult, "seconds">> {
  const products = productPrices(ctx.shopDbPath);
  const distinctPrices = new Set(products.map((p) => p.priceCents)).size;
  const measures: Measure[] = [];
  const notes: string[] = [];
  for (const [country, views] of [
    ["FR", ctx.plan.views],
    ["DE", ctx.plan.secondCountryViews],
  ] as const) {
    const before = lastBankCallId(ctx.shopDbPath);
    const headers = { cookie: `shop_country=${country}` };
    const run = await load({
      url: ctx.server.baseURL,
      connections: CONNECTIONS,
      // Every connection starts at the first product: enough views each to reach the last one.
      amount: Math.max(views, CONNECTIONS * products.length),
      // Bounded, but long enough for every view on a busy machine: a partial run would not be "per 1,000 views".
      limitSeconds: 300,
      // Each connection walks the catalogue: the first views of a product arrive together, as they would from several shoppers.
      requests: products.map((p) => ({ method: "GET" as const, path: `/products/${p.slug}`, headers })),
    });
    const calls = bankCallsSince(ctx.shopDbPath, before);
    const eligibility = calls[ELIGIBILITY] ?? 0;
    const simulation = calls[SIMULATION] ?? 0;
    const token = calls[TOKEN] ?? 0;
    const other = Object.entries(calls).filter(([op]) => ![ELIGIBILITY, SIMULATION, TOKEN].includes(op));
    // Not scaled to a thousand: the calls are bounded by the distinct prices, not proportional to the views.
    const bound = 2 * distinctPrices;
    measures.push(
      measure({
        label: `${country}: eligibility + simulation calls for ${run.requests.toLocaleString("en-US")} product views`,
        unit: "calls",
        value: eligibility + simulation,
        baseline: bound,
        baselineLabel: `bound: 2 × ${distinctPrices} distinct prices`,
        target: { text: "≤ 1 eligibility + 1 simulation per (price, country)", met: eligibility <= distinctPrices && simulation <= distinctPrices },
      }),
    );
    notes.push(
      `${country}: ${run.requests} views (${run.non2xx + run.errors} failed), ${eligibility} eligibility, ${simulation} simulation, ${token} token request(s)` +
        (other.length ? `, other: ${other.map(([op, n]) => `${op} ${n}`).join(", ")}` : "") +
        `; without the cache it would be ${2 * run.requests}.`,
    );
  }
  return { id: 2, title: "Bank calls per product-page views", measures, notes };
}
