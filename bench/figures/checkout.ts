/**
 * Figure 3: the time to place a financed order through the storefront (the
 * checkout form's tRPC procedure over HTTP: validation, order committed,
 * POST /subscriptions to the bank, the journey's redirect answered) against
 * the bank's part alone: a direct POST /subscriptions to the sandbox with the
 * very body the shop sent (read back from the sandbox database, with a new
 * order id), with a token obtained beforehand. One order at a time, the two
 * alternated; a fresh cart per order, made outside the timing.
 */
import { randomUUID } from "node:crypto";
import type { BenchContext } from "../lib/context";
import { bankCallsSince, lastBankCallId, orderBankCall, receivedSubscriptionRequest, referenceProduct, subscriptionOfOrder } from "../lib/databases";
import { http, trpcMutation } from "../lib/http";
import { measure, type FigureResult } from "../lib/report";
import { accessToken, DEMO_CREDENTIALS, subscriptionsUrl } from "../lib/sandbox";
import { cartWith } from "../lib/shop";
import { median } from "../lib/stats";
import { checkoutForm } from "@/tests/support/checkout-form";

const TARGET_RATIO = 1.3;
/** The shop's own work per order, before and after the bank call together, at the median. */
const OWN_WORK_LIMIT_MS = 8;

type PlaceOutcome = { ok: true; token: string; redirect: { type: string; url?: string } } | { ok: false; message: string };

/** What a shopper types into the checkout form (French 3x, delivery to the billing address). */
const form = (idempotencyKey: string) => checkoutForm({ idempotencyKey, solutionCode: "SCFRSP-3XTS", lastName: "Dupont", email: "claire.dupont@example.com" });

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

export async function checkoutOverhead(ctx: BenchContext): Promise<Omit<FigureResult, "seconds">> {
  const base = ctx.server.baseURL;
  const product = referenceProduct(ctx.shopDbPath);

  const placeThroughShop = async (): Promise<{ ms: number; token: string; startedAt: number; endedAt: number }> => {
    const cookie = await cartWith(base, product.id);
    const startedAt = Date.now();
    const { ms, value } = await timed(() => trpcMutation<PlaceOutcome>(base, "checkout.place", form(randomUUID()), cookie));
    const endedAt = Date.now();
    const outcome = value.data;
    if (!outcome.ok) throw new Error(`the shop refused the order: ${outcome.message}`);
    if (outcome.redirect.type === "url" && !outcome.redirect.url) throw new Error("the shop answered no redirect URL");
    return { ms, token: outcome.token, startedAt, endedAt };
  };

  // The body the shop sends, as the bank received it.
  const first = await placeThroughShop();
  ctx.shared.orderToken = first.token;
  const shopBody = receivedSubscriptionRequest(ctx.sandboxDbPath, subscriptionOfOrder(ctx.shopDbPath, first.token));
  const bearer = await accessToken(base, DEMO_CREDENTIALS.clientId, DEMO_CREDENTIALS.clientSecret);
  const postDirect = async (): Promise<number> => {
    const body = JSON.stringify({ ...shopBody, merchantGlobalOrderId: randomUUID() });
    const { ms, value } = await timed(() =>
      http(subscriptionsUrl(base), { method: "POST", headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" }, body }),
    );
    if (value.status !== 201) throw new Error(`direct POST /subscriptions answered ${value.status}: ${value.text.slice(0, 300)}`);
    return ms;
  };
  await postDirect(); // warm-up, as the shop's first order was

  const logBefore = lastBankCallId(ctx.shopDbPath);
  const shopRounds: number[] = [];
  const directRounds: number[] = [];
  const all = { shop: [] as number[], direct: [] as number[] };
  // Each order and its direct twin run back to back, under the same machine load: their ratio is the steadiest estimate.
  const pairRatios: number[] = [];
  const placed: Awaited<ReturnType<typeof placeThroughShop>>[] = [];
  const viaShop = async () => {
    const order = await placeThroughShop();
    placed.push(order);
    return order.ms;
  };
  for (let round = 0; round < ctx.plan.rounds; round++) {
    const shop: number[] = [];
    const direct: number[] = [];
    for (let i = 0; i < ctx.plan.ordersPerRound; i++) {
      // Alternate which goes first, so that neither always follows the other's work.
      if ((round + i) % 2 === 0) {
        shop.push(await viaShop());
        direct.push(await postDirect());
      } else {
        direct.push(await postDirect());
        shop.push(await viaShop());
      }
    }
    shop.forEach((ms, i) => pairRatios.push(ms / direct[i]!));
    shopRounds.push(median(shop));
    directRounds.push(median(direct));
    all.shop.push(...shop);
    all.direct.push(...direct);
  }
  // Where an order's time goes, from the shop's own API log (start and latency of its POST, in ms since the epoch):
  // before the bank call (validation, order committed), the call itself, after it (subscription stored, answer sent).
  const phases = placed.flatMap((o) => {
    const call = orderBankCall(ctx.shopDbPath, o.token, "initiateCreditSubscription");
    return call ? [{ before: call.at - o.startedAt, bank: call.latencyMs, after: o.endedAt - (call.at + call.latencyMs) }] : [];
  });
  const phase = (key: "before" | "bank" | "after") => median(phases.map((p) => p[key])).toFixed(0);
  const ownWork = median(phases.map((p) => p.before + p.after));
  const callsPerOrder = Object.entries(bankCallsSince(ctx.shopDbPath, logBefore))
    .map(([op, n]) => `${op} ${(n / all.shop.length).toFixed(2)}`)
    .join(", ");
  const value = median(shopRounds);
  const baseline = median(directRounds);
  const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))]!;
  return {
    id: 3,
    title: "Checkout overhead",
    measures: [
      measure({
        label: "place a financed order via the shop (tRPC checkout.place), median",
        unit: "ms",
        value,
        baseline,
        baselineLabel: "direct POST /subscriptions, same body",
        target: { text: `≤ ${TARGET_RATIO}×`, met: value / baseline <= TARGET_RATIO },
        rounds: { value: shopRounds, baseline: directRounds },
      }),
      measure({
        label: "the shop's own work per order (before + after the bank call), median",
        unit: "ms",
        value: ownWork,
        baseline: median(phases.map((p) => p.bank)),
        baselineLabel: "the bank call itself, as the shop timed it",
        target: { text: `< ${OWN_WORK_LIMIT_MS} ms`, met: ownWork < OWN_WORK_LIMIT_MS },
        rounds: { value: phases.map((p) => p.before + p.after) },
      }),
    ],
    notes: [
      `${ctx.plan.rounds} rounds of ${ctx.plan.ordersPerRound} orders each way, one at a time (French 3x, ${(product.priceCents / 100).toFixed(2)} €); ` +
        `p90 ${p90(all.shop).toFixed(1)} ms via the shop, ${p90(all.direct).toFixed(1)} ms direct; median of the per-pair ratios ${median(pairRatios).toFixed(2)}×.`,
      `Inside an order (medians, from the shop's API log, ±1 ms): ${phase("before")} ms before the bank call, ${phase("bank")} ms in POST /subscriptions, ` +
        `${phase("after")} ms after it; "before" starts when the bench sends the request, so it includes Next's routing, which the direct POST pays too. ` +
        `Bank calls per order: ${callsPerOrder || "none logged"}. Shop and bank share one server process here.`,
    ],
  };
}
