/**
 * Figure 5: the embedded bank's own throughput at 32 connections, against
 * the cheapest route of the same handler (GET .../health: routing plus one
 * tiny query, no authentication) as the floor, in interleaved rounds.
 *
 * The listing is measured for a merchant holding 1,000 subscriptions and one
 * holding 100,000, the small listing being the large one's baseline. Each is
 * measured the same way: one wave of 32 concurrent requests for the first
 * page (a 100,000-row listing costs seconds per request: a timed run at 32
 * connections would leave minutes of queued work behind it), then one
 * request for the last page (the deepest OFFSET), then one request for
 * everything at once (pageSize=500000, what the vendor's plugins send from
 * their status crons: the whole list in one answer). Fixture: 100 subscriptions
 * made over the API, their rows copied in SQL into the bench's own temporary
 * sandbox database (seconds, where 100,000 POSTs would take many minutes).
 *
 * The gateway's rate limit (600 calls a minute per application) is raised
 * for the bench's server (SANDBOX_RATE_LIMIT_PER_MINUTE): it is still
 * checked on every call, it just does not refuse.
 */
import type { BenchContext } from "../lib/context";
import { cloneSubscriptions, subscriptionCount } from "../lib/databases";
import { http, httpJson } from "../lib/http";
import { compareRounds, load, settle, summarize, type LoadSpec, type RoundsSummary } from "../lib/load";
import { measure, type FigureResult, type Measure } from "../lib/report";
import {
  accessToken,
  apiBase,
  bankBase,
  createSubscriptions,
  createBenchMerchant,
  subscriptionBody,
  subscriptionsUrl,
  type BenchMerchant,
} from "../lib/sandbox";

const CONNECTIONS = 32;
const AMOUNT = 989;
const ONE_REQUEST_TIMEOUT_MS = 120_000;
/** The largest page size the vendor's plugins ask for. */
const WHOLE_LIST_PAGE_SIZE = 500_000;

export async function sandboxThroughput(ctx: BenchContext): Promise<Omit<FigureResult, "seconds">> {
  const base = ctx.server.baseURL;
  const api = apiBase(base);
  const { listingSeed, listingSmall, listingLarge } = ctx.plan;
  const fmtCount = (n: number) => n.toLocaleString("en-US");

  const merchant = await createBenchMerchant(base, ctx.consolePassword, "bench sandbox throughput");
  const seed = await createBenchMerchant(base, ctx.consolePassword, "bench listing seed");
  const small = await createBenchMerchant(base, ctx.consolePassword, `bench listing ${listingSmall}`);
  const big = await createBenchMerchant(base, ctx.consolePassword, `bench listing ${listingLarge}`);
  const [token, seedToken, smallToken, bigToken] = await Promise.all([merchant, seed, small, big].map((m) => accessToken(base, m.clientId, m.clientSecret)));

  const t0 = performance.now();
  await createSubscriptions(base, seedToken!, listingSeed, 16, AMOUNT);
  const apiSeedSeconds = (performance.now() - t0) / 1000;
  let cloneSeconds = 0;
  const copyTo = async (target: BenchMerchant, total: number): Promise<number> => {
    const start = performance.now();
    cloneSubscriptions(ctx.sandboxDbPath, seed.merchantId, target, Math.ceil(total / listingSeed));
    cloneSeconds += (performance.now() - start) / 1000;
    // The copy blocked this process for seconds: let it notice the kept-alive connections the server closed meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return subscriptionCount(ctx.sandboxDbPath, target.merchantId);
  };
  // The large copy waits until the timed runs are over: its hundreds of megabytes of writes would disturb them.
  const smallCount = await copyTo(small, listingSmall);

  const auth = (t: string) => ({ authorization: `Bearer ${t}` });
  const json = { "content-type": "application/json" };
  const spec = (url: string, extra: Partial<LoadSpec> = {}): LoadSpec => ({ url, connections: CONNECTIONS, durationSeconds: ctx.plan.sandboxSeconds, ...extra });
  const specs = {
    health: spec(`${bankBase(base)}/health`),
    eligible: spec(`${api}/eligible-solutions?financedAmount=${AMOUNT}&buyerBillingCountry=FR`, { headers: auth(token!) }),
    simulate: spec(`${api}/_simulate-solutions`, { method: "POST", headers: { ...auth(token!), ...json }, body: JSON.stringify({ financedAmount: AMOUNT, buyerBillingCountry: "FR" }) }),
    create: spec(subscriptionsUrl(base), {
      method: "POST",
      headers: { ...auth(token!), ...json },
      // autocannon puts a fresh id in place of [<id>] on every request: each is a new order.
      body: JSON.stringify(subscriptionBody("bench-[<id>]", AMOUNT, `${base}/checkout/return/bench`)),
      idReplacement: true,
    }),
    list: spec(`${api}/subscriptions?page=1`, { headers: auth(smallToken!) }),
  };
  const names = Object.keys(specs) as (keyof typeof specs)[];
  ctx.log(`${ctx.plan.sandboxRounds} round(s) × ${names.length} endpoints × ${ctx.plan.sandboxSeconds} s at ${CONNECTIONS} connections`);
  const summaries = await compareRounds(
    names.map((n) => specs[n]),
    ctx.plan.sandboxRounds,
    `${base}/api/health`,
  );
  const r = Object.fromEntries(names.map((n, i) => [n, summaries[i]!])) as Record<keyof typeof specs, RoundsSummary>;

  const bigCount = await copyTo(big, listingLarge);
  const counts = [smallCount, bigCount] as const;
  ctx.log(`seeded ${listingSeed} subscriptions over the API in ${apiSeedSeconds.toFixed(1)} s, copied to ${counts[0]} and ${counts[1]} in ${cloneSeconds.toFixed(1)} s`);

  // The listings: one wave of 32 first-page requests each, then the deepest page once.
  const wave = async (t: string) => {
    const run = await load({ url: `${api}/subscriptions?page=1`, connections: CONNECTIONS, amount: CONNECTIONS, headers: auth(t), timeoutSeconds: 150, limitSeconds: 180 });
    await settle(`${base}/api/health`);
    // All sent at once: the wave lasts as long as its slowest answer (autocannon's own clock ticks by the second).
    return summarize([{ ...run, rps: run.max > 0 ? (run.requests * 1000) / run.max : 0 }]);
  };
  ctx.log(`listing: one wave of ${CONNECTIONS} first-page requests with ${fmtCount(counts[0])}, then ${fmtCount(counts[1])} stored`);
  const waveSmall = await wave(smallToken!);
  const waveBig = await wave(bigToken!);
  const pageSize = (await httpJson<{ subscriptions: unknown[] }>(`${api}/subscriptions?page=1`, { headers: auth(smallToken!) })).subscriptions.length;
  const timedList = async (query: string, t: string) => {
    const start = performance.now();
    const answer = await http(`${api}/subscriptions?${query}`, { headers: auth(t) }, ONE_REQUEST_TIMEOUT_MS);
    return { ms: performance.now() - start, answer };
  };
  const deepest = async (t: string, total: number): Promise<number> => {
    const { ms, answer } = await timedList(`page=${Math.max(1, Math.ceil(total / pageSize))}`, t);
    if (answer.status !== 200) throw new Error(`last page answered ${answer.status}`);
    return ms;
  };
  ctx.log("listing: the last page, once each");
  const deepSmall = await deepest(smallToken!, counts[0]);
  const deepBig = await deepest(bigToken!, counts[1]);

  const warnings: string[] = [];
  // A refused or short answer is reported, not thrown: the rest of the figure stays measured.
  const wholeList = async (t: string, total: number): Promise<number | undefined> => {
    const { ms, answer } = await timedList(`pageSize=${WHOLE_LIST_PAGE_SIZE}`, t);
    const listed = answer.status === 200 ? (JSON.parse(answer.text) as { subscriptions: unknown[] }).subscriptions.length : undefined;
    if (listed === total) return ms;
    const what = listed === undefined ? `${answer.status}: ${answer.text.slice(0, 200)}` : `${listed} of ${fmtCount(total)} subscriptions`;
    warnings.push(`WARNING: GET /subscriptions?pageSize=${WHOLE_LIST_PAGE_SIZE} with ${fmtCount(total)} stored answered ${what}`);
    return undefined;
  };
  ctx.log(`listing: pageSize=${WHOLE_LIST_PAGE_SIZE}, once each`);
  const wholeSmall = await wholeList(smallToken!, counts[0]);
  const wholeBig = await wholeList(bigToken!, counts[1]);

  const pair = (label: string, s: RoundsSummary, b: RoundsSummary, baselineLabel: string): Measure[] => [
    measure({ label: `${label}: req/s`, unit: "req/s", value: s.rps, baseline: b.rps, baselineLabel, rounds: { value: s.rounds.map((x) => x.rps), baseline: b.rounds.map((x) => x.rps) } }),
    measure({ label: `${label}: p99`, unit: "ms", value: s.p99, baseline: b.p99, baselineLabel, rounds: { value: s.rounds.map((x) => x.p99), baseline: b.rounds.map((x) => x.p99) } }),
  ];
  const floor = "GET /health";
  const smallLabel = `${fmtCount(counts[0])} stored`;
  const measures = [
    ...pair("GET /eligible-solutions", r.eligible, r.health, floor),
    ...pair("POST /_simulate-solutions", r.simulate, r.health, floor),
    ...pair("POST /subscriptions", r.create, r.health, floor),
    ...pair(`GET /subscriptions?page=1, ${smallLabel}`, r.list, r.health, floor),
    ...pair(`GET /subscriptions?page=1, ${fmtCount(counts[1])} stored (one wave of ${CONNECTIONS})`, waveBig, waveSmall, `${smallLabel}, same wave`),
    measure({
      label: `GET /subscriptions, last page, ${fmtCount(counts[1])} stored (one request)`,
      unit: "ms",
      value: deepBig,
      baseline: deepSmall,
      baselineLabel: smallLabel,
    }),
    ...(wholeBig === undefined || wholeSmall === undefined
      ? []
      : [
          measure({
            label: `GET /subscriptions?pageSize=${WHOLE_LIST_PAGE_SIZE}, ${fmtCount(counts[1])} stored (one request, the whole list)`,
            unit: "ms",
            value: wholeBig,
            baseline: wholeSmall,
            baselineLabel: smallLabel,
          }),
        ]),
  ];
  const notes = [
    `${CONNECTIONS} connections, median of ${ctx.plan.sandboxRounds} round(s) of ${ctx.plan.sandboxSeconds} s, endpoints alternated each round. ` +
      `Floor GET /health: ${r.health.rps.toFixed(0)} req/s, p99 ${r.health.p99} ms.`,
    `Listing fixture: ${fmtCount(listingSeed)} subscriptions created over the API in ${apiSeedSeconds.toFixed(1)} s (16 at a time), ` +
      `copied in SQL to ${fmtCount(counts[0])} and ${fmtCount(counts[1])} for two merchants in ${cloneSeconds.toFixed(1)} s. Pages of ${pageSize} (the contract's default), ` +
      `except the whole-list request (pageSize=${WHOLE_LIST_PAGE_SIZE}), timed to its last byte.`,
    ...warnings,
  ];
  const failures = [...summaries, waveSmall, waveBig].reduce((n, s) => n + s.failures, 0);
  if (failures > 0) {
    const codes = [...summaries, waveSmall, waveBig].flatMap((s) => s.rounds.flatMap((x) => Object.entries(x.statusCodes).filter(([c]) => !c.startsWith("2")).map(([c, n]) => `${c}×${n}`)));
    notes.push(`WARNING: ${failures} responses were not 2xx or failed (${codes.join(", ") || "connection errors or timeouts"}).`);
  }
  return { id: 5, title: "Sandbox throughput", measures, notes };
}
