/**
 * Figure 5: the embedded bank's own throughput at 32 connections, against
 * the cheapest route of the same handler (GET .../health: routing plus one
 * tiny query, no authentication) as the floor. The listing is measured for a
 * merchant holding 1,000 subscriptions and one holding 100,000, on the first
 * page and on random pages (deep OFFSETs), the small listing being the large
 * one's baseline. Fixture: 100 subscriptions made over the API, their rows
 * copied in SQL into the bench's own temporary sandbox database (seconds,
 * where 100,000 POSTs would take many minutes).
 * The gateway's rate limit (600 calls a minute per application) is raised
 * for the bench's server (SANDBOX_RATE_LIMIT_PER_MINUTE): it is still
 * checked on every call, it just does not refuse.
 */
import autocannon from "autocannon";
import type { BenchContext } from "../lib/context";
import { cloneSubscriptions, subscriptionCount } from "../lib/databases";
import { httpJson } from "../lib/http";
import { compareRounds, type LoadSpec, type RoundsSummary } from "../lib/load";
import { measure, type FigureResult, type Measure } from "../lib/report";
import { accessToken, apiBase, bankBase, createSubscriptions, createTestMerchant, subscriptionBody } from "../lib/sandbox";

const CONNECTIONS = 32;
const AMOUNT = 989;

export async function sandboxThroughput(ctx: BenchContext): Promise<Omit<FigureResult, "seconds">> {
  const base = ctx.server.baseURL;
  const api = apiBase(base);
  const { listingSeed, listingSmall, listingLarge } = ctx.plan;

  const merchant = await createTestMerchant(base, ctx.consolePassword, "bench sandbox throughput");
  const seed = await createTestMerchant(base, ctx.consolePassword, "bench listing seed");
  const small = await createTestMerchant(base, ctx.consolePassword, `bench listing ${listingSmall}`);
  const big = await createTestMerchant(base, ctx.consolePassword, `bench listing ${listingLarge}`);
  const [token, seedToken, smallToken, bigToken] = await Promise.all([merchant, seed, small, big].map((m) => accessToken(base, m.clientId, m.clientSecret)));

  let t0 = performance.now();
  await createSubscriptions(base, seedToken!, listingSeed, 16, AMOUNT);
  const apiSeedSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  cloneSubscriptions(ctx.sandboxDbPath, seed.merchantId, small, Math.ceil(listingSmall / listingSeed));
  cloneSubscriptions(ctx.sandboxDbPath, seed.merchantId, big, Math.ceil(listingLarge / listingSeed));
  const cloneSeconds = (performance.now() - t0) / 1000;
  const counts = [subscriptionCount(ctx.sandboxDbPath, small.merchantId), subscriptionCount(ctx.sandboxDbPath, big.merchantId)];
  ctx.log(`seeded ${counts[0]} subscriptions over the API in ${apiSeedSeconds.toFixed(1)} s, ${counts[1]} by copy in ${cloneSeconds.toFixed(1)} s`);

  const pageSize = (await httpJson<{ subscriptions: unknown[] }>(`${api}/subscriptions?page=1`, { headers: { authorization: `Bearer ${smallToken}` } })).subscriptions.length;
  const auth = (t: string) => ({ authorization: `Bearer ${t}` });
  const spec = (url: string, extra: Partial<LoadSpec> = {}): LoadSpec => ({ url, connections: CONNECTIONS, durationSeconds: ctx.plan.sandboxSeconds, ...extra });
  const randomPages = (t: string, total: number): Partial<LoadSpec> => {
    const pages = Math.max(1, Math.ceil(total / pageSize));
    const request: autocannon.Request = {
      method: "GET",
      headers: auth(t),
      setupRequest: (req) => ({ ...req, path: `/sandbox/baas/uatc/e-financing/api/v1/subscriptions?page=${1 + Math.floor(Math.random() * pages)}` }),
    };
    return { requests: [request] };
  };
  const json = { "content-type": "application/json" };

  const specs = {
    health: spec(`${bankBase(base)}/health`),
    eligible: spec(`${api}/eligible-solutions?financedAmount=${AMOUNT}&buyerBillingCountry=FR`, { headers: auth(token!) }),
    simulate: spec(`${api}/_simulate-solutions`, { method: "POST", headers: { ...auth(token!), ...json }, body: JSON.stringify({ financedAmount: AMOUNT, buyerBillingCountry: "FR" }) }),
    create: spec(`${api}/subscriptions`, {
      method: "POST",
      headers: { ...auth(token!), ...json },
      // autocannon puts a fresh id in place of [<id>] on every request: each is a new order.
      body: JSON.stringify(subscriptionBody("bench-[<id>]", AMOUNT, `${base}/checkout/return/bench`)),
      idReplacement: true,
    }),
    listSmall: spec(`${api}/subscriptions?page=1`, { headers: auth(smallToken!) }),
    listBig: spec(`${api}/subscriptions?page=1`, { headers: auth(bigToken!) }),
    listSmallDeep: spec(`${api}/subscriptions`, randomPages(smallToken!, counts[0]!)),
    listBigDeep: spec(`${api}/subscriptions`, randomPages(bigToken!, counts[1]!)),
  };
  const names = Object.keys(specs) as (keyof typeof specs)[];
  ctx.log(`${ctx.plan.sandboxRounds} round(s) × ${names.length} endpoints × ${ctx.plan.sandboxSeconds} s at ${CONNECTIONS} connections`);
  const summaries = await compareRounds(
    names.map((n) => specs[n]),
    ctx.plan.sandboxRounds,
    `${base}/api/health`,
  );
  const r = Object.fromEntries(names.map((n, i) => [n, summaries[i]!])) as Record<keyof typeof specs, RoundsSummary>;

  const pair = (label: string, s: RoundsSummary, b: RoundsSummary, baselineLabel: string): Measure[] => [
    measure({ label: `${label}: req/s`, unit: "req/s", value: s.rps, baseline: b.rps, baselineLabel, rounds: { value: s.rounds.map((x) => x.rps), baseline: b.rounds.map((x) => x.rps) } }),
    measure({ label: `${label}: p99`, unit: "ms", value: s.p99, baseline: b.p99, baselineLabel, rounds: { value: s.rounds.map((x) => x.p99), baseline: b.rounds.map((x) => x.p99) } }),
  ];
  const floor = "GET /health";
  const fmtCount = (n: number) => n.toLocaleString("en-US");
  const measures = [
    ...pair("GET /eligible-solutions", r.eligible, r.health, floor),
    ...pair("POST /_simulate-solutions", r.simulate, r.health, floor),
    ...pair("POST /subscriptions", r.create, r.health, floor),
    ...pair(`GET /subscriptions?page=1, ${fmtCount(counts[0]!)} stored`, r.listSmall, r.health, floor),
    ...pair(`GET /subscriptions?page=1, ${fmtCount(counts[1]!)} stored`, r.listBig, r.listSmall, `${fmtCount(counts[0]!)} stored`),
    ...pair(`GET /subscriptions?page=random, ${fmtCount(counts[1]!)} stored`, r.listBigDeep, r.listSmallDeep, `${fmtCount(counts[0]!)} stored, random page`),
  ];
  const notes = [
    `${CONNECTIONS} connections, median of ${ctx.plan.sandboxRounds} round(s) of ${ctx.plan.sandboxSeconds} s, endpoints alternated each round. ` +
      `Floor GET /health: ${r.health.rps.toFixed(0)} req/s, p99 ${r.health.p99} ms. Pages of ${pageSize} (the contract's default size).`,
    `Listing fixture: ${fmtCount(listingSeed)} subscriptions created over the API in ${apiSeedSeconds.toFixed(1)} s (16 at a time), ` +
      `copied in SQL to ${fmtCount(counts[0]!)} and ${fmtCount(counts[1]!)} for two merchants in ${cloneSeconds.toFixed(1)} s.`,
    `Random pages with ${fmtCount(counts[0]!)} stored: ${r.listSmallDeep.rps.toFixed(0)} req/s, p99 ${r.listSmallDeep.p99} ms.`,
  ];
  const failures = summaries.reduce((n, s) => n + s.failures, 0);
  if (failures > 0) {
    const codes = summaries.flatMap((s, i) => s.rounds.flatMap((x) => Object.entries(x.statusCodes).filter(([c]) => !c.startsWith("2")).map(([c, n]) => `${names[i]} ${c}×${n}`)));
    notes.push(`WARNING: ${failures} responses were not 2xx or failed (${codes.join(", ") || "connection errors"}).`);
  }
  return { id: 5, title: "Sandbox throughput", measures, notes };
}
