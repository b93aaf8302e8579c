/**
 * Load generation with autocannon against the bench's own server (loopback
 * only). Every run is bounded by a duration or a request count AND a hard
 * deadline, after which the run is stopped whatever it is doing.
 */
import autocannon from "autocannon";
import { median } from "./stats";

export interface LoadSpec {
  /** Absolute URL on 127.0.0.1; path and query included. */
  url: string;
  connections: number;
  /** Seconds; ignored when `amount` is set. */
  durationSeconds?: number;
  /** Total requests to make (takes precedence over the duration). */
  amount?: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** A sequence each connection cycles through (paths, bodies). */
  requests?: autocannon.Request[];
  /** Replaces "[<id>]" in the body with a fresh id per request (unique order ids). */
  idReplacement?: boolean;
  /** Hard limit in seconds, after which the run is stopped whatever it is doing (default: its duration, or 60 s for a count, plus 15 s). */
  limitSeconds?: number;
  /** A request unanswered after this many seconds counts as failed (default 20). */
  timeoutSeconds?: number;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
}

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "[::1]") throw new Error(`the bench loads loopback only, not ${host}`);
}

/** One autocannon run; never longer than its hard limit. */
export async function load(spec: LoadSpec): Promise<LoadResult> {
  assertLoopback(spec.url);
  const hardLimitMs = (spec.limitSeconds ?? (spec.amount !== undefined ? 60 : (spec.durationSeconds ?? 5)) + 15) * 1000;
  const started = performance.now();
  return new Promise<LoadResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: spec.durationSeconds ?? 5,
        amount: spec.amount,
        method: spec.method ?? "GET",
        headers: spec.headers,
        body: spec.body,
        requests: spec.requests,
        idReplacement: spec.idReplacement,
        timeout: spec.timeoutSeconds ?? 20,
      },
      (error, result) => {
        clearTimeout(deadline);
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]));
        const seconds = (performance.now() - started) / 1000;
        resolve({
          // Completed responses over the wall-clock time of the run: autocannon's own duration is
          // rounded to whole seconds, and the mean of its per-second samples drops the last partial one.
          rps: seconds > 0 ? result.requests.total / seconds : 0,
          p50: result.latency.p50,
          p99: result.latency.p99,
          max: result.latency.max,
          requests: result.requests.total,
          non2xx: result.non2xx,
          errors: result.errors,
          statusCodes,
        });
      },
    );
    const deadline = setTimeout(() => instance.stop(), hardLimitMs);
  });
}

export interface RoundsSummary {
  rps: number;
  p50: number;
  p99: number;
  rounds: LoadResult[];
  /** Responses that were not 2xx, or failed, over all rounds: a figure with any is flagged. */
  failures: number;
}

export function summarize(rounds: readonly LoadResult[]): RoundsSummary {
  return {
    rps: median(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    rounds: [...rounds],
    failures: rounds.reduce((n, r) => n + r.non2xx + r.errors, 0),
  };
}

/**
 * Measures several specs side by side: each round runs every spec once,
 * alternating the order from one round to the next, so that the machine's
 * drift (other people's builds and tests) falls on all of them alike.
 */
export async function compareRounds(specs: readonly LoadSpec[], rounds: number, settleUrl?: string): Promise<RoundsSummary[]> {
  const results: LoadResult[][] = specs.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = specs.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) {
      results[i]!.push(await load(specs[i]!));
      if (settleUrl) await settle(settleUrl);
    }
  }
  return results.map(summarize);
}

/**
 * Lets the server finish what a run left it: autocannon stops on time, but
 * the server still works through the requests it had accepted, and the next
 * run must not inherit that backlog. A cheap request queues behind it; a
 * second one confirms the server is answering promptly again.
 */
export async function settle(url: string): Promise<void> {
  for (let i = 0; i < 2; i++) {
    try {
      await (await fetch(url, { signal: AbortSignal.timeout(30_000) })).arrayBuffer();
    } catch {
      // still busy after 30 s: the next run will show it
    }
  }
}
