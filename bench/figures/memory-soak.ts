/**
 * Figure 7: the server's resident memory under steady, bounded load for
 * several minutes (10 by default, `--soak-minutes N`): a few shoppers at a
 * time, one request each after the other, browsing product pages across the
 * catalogue, putting products in a cart, looking at it, and now and then
 * placing a financed order. RSS is read from /proc every 30 s; the figure is
 * its growth from the end of the warm-up (minute 2, or half the run when
 * shorter) to the end of the run: a server that keeps something per request
 * without bound grows linearly, one that is merely warm stays flat.
 */
import { randomUUID } from "node:crypto";
import type { BenchContext } from "../lib/context";
import { productPrices, referenceProduct } from "../lib/databases";
import { http, trpcMutation } from "../lib/http";
import { measure, type FigureResult } from "../lib/report";
import { cartWith } from "../lib/shop";
import { median } from "../lib/stats";
import { memoryOf } from "./page-weight";
import { checkoutForm } from "@/tests/support/checkout-form";

const GROWTH_LIMIT = 0.1;
const SAMPLE_MS = 30_000;
/** Shoppers at once, each waiting for its answer and a short pause before the next request: the load stays bounded. */
const SHOPPERS = 4;
const PAUSE_MS = 50;
/** One visit in this many ends with an order (the rest browse and fill carts). */
const ORDER_EVERY = 10;

export async function memorySoak(ctx: BenchContext): Promise<Omit<FigureResult, "seconds">> {
  const base = ctx.server.baseURL;
  const minutes = ctx.plan.soakMinutes;
  const warmupMs = Math.min(2, minutes / 2) * 60_000;
  const durationMs = minutes * 60_000;
  const slugs = productPrices(ctx.shopDbPath).map((p) => p.slug);
  const product = referenceProduct(ctx.shopDbPath);
  const counts = { views: 0, carts: 0, orders: 0, failed: 0 };
  const started = performance.now();
  const over = () => performance.now() - started >= durationMs;
  const pause = () => new Promise((r) => setTimeout(r, PAUSE_MS));

  const get = async (path: string, cookie?: string) => {
    const answer = await http(`${base}${path}`, cookie ? { headers: { cookie } } : {});
    if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
  };
  // One shopper's visit: a few product pages, a cart, the cart page, sometimes an order.
  // Each order comes from its own client address, as many shoppers' would (the placement limits are per address).
  const visit = async (shopper: number, n: number) => {
    for (let i = 0; i < 3; i++) {
      await get(`/products/${slugs[(shopper * 7 + n * 3 + i) % slugs.length]}`);
      counts.views++;
      await pause();
    }
    const address = { "x-forwarded-for": `10.7.${shopper}.${n % 250}` };
    const cookie = await cartWith(base, product.id, "FR", address);
    counts.carts++;
    await get("/cart", cookie);
    await pause();
    if (n % ORDER_EVERY === ORDER_EVERY - 1) {
      const form = checkoutForm({ idempotencyKey: randomUUID(), solutionCode: "SCFRSP-3XTS", lastName: "Soak", email: "soak@example.com" });
      const { data } = await trpcMutation<{ ok: boolean }>(base, "checkout.place", form, cookie, address);
      if (!data.ok) throw new Error("the shop refused a soak order");
      counts.orders++;
    }
  };
  const shopper = async (id: number) => {
    for (let n = 0; !over(); n++) {
      try {
        await visit(id, n);
      } catch (error) {
        counts.failed++;
        if (counts.failed === 1) ctx.log(`first failure: ${error instanceof Error ? error.message : String(error)}`);
      }
      await pause();
    }
  };

  const samples: { atMs: number; rssKiB: number }[] = [];
  const sample = () => samples.push({ atMs: performance.now() - started, rssKiB: memoryOf(ctx.server.pid).rssKiB });
  sample();
  const sampler = setInterval(() => {
    sample();
    const last = samples.at(-1)!;
    ctx.log(`${(last.atMs / 60_000).toFixed(1)} min: RSS ${(last.rssKiB / 1024).toFixed(0)} MB, ${counts.views} views, ${counts.orders} orders`);
  }, SAMPLE_MS);
  try {
    await Promise.all(Array.from({ length: SHOPPERS }, (_, i) => shopper(i)));
  } finally {
    clearInterval(sampler);
  }
  sample();

  // The warm-up's end: the first sample at or after it.
  const atWarmup = samples.find((s) => s.atMs >= warmupMs - 1000) ?? samples[0]!;
  const atEnd = samples.at(-1)!;
  const growth = atEnd.rssKiB / atWarmup.rssKiB - 1;
  const afterWarmup = samples.filter((s) => s.atMs >= atWarmup.atMs);
  const mb = (kiB: number) => kiB / 1024;
  return {
    id: 7,
    title: "Memory under steady load",
    measures: [
      measure({
        label: `server RSS after ${minutes} min of steady load (shoppers browsing, carting, ordering)`,
        unit: "MB",
        value: mb(atEnd.rssKiB),
        baseline: mb(atWarmup.rssKiB),
        baselineLabel: `same process at ${(atWarmup.atMs / 60_000).toFixed(1)} min, after warm-up`,
        target: { text: `growth ≤ ${GROWTH_LIMIT * 100} %`, met: growth <= GROWTH_LIMIT },
        rounds: { value: samples.map((s) => Math.round(mb(s.rssKiB))) },
      }),
    ],
    notes: [
      `${SHOPPERS} shoppers one request at a time (${PAUSE_MS} ms pause): ${counts.views} product views, ${counts.carts} carts and cart pages, ${counts.orders} orders, ${counts.failed} failed visits; ` +
        `RSS sampled every ${SAMPLE_MS / 1000} s: growth ${(growth * 100).toFixed(1)} % after warm-up, median ${mb(median(afterWarmup.map((s) => s.rssKiB))).toFixed(0)} MB, ` +
        `max ${mb(Math.max(...afterWarmup.map((s) => s.rssKiB))).toFixed(0)} MB.`,
    ],
  };
}
