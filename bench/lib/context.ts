/** What every figure gets: the running server, its databases, the plan of the run and a logger. */
import type { RunningServer } from "@/tests/support/server";

export interface Plan {
  /** Rounds per comparison (medians are taken over them). */
  rounds: number;
  /** Seconds per page-load run. */
  pageSeconds: number;
  /** Rounds and seconds per sandbox-endpoint run (eight endpoints: fewer, shorter rounds). */
  sandboxRounds: number;
  sandboxSeconds: number;
  /** Seconds of discarded load before measuring. */
  warmupSeconds: number;
  /** Orders placed per round (checkout figure). */
  ordersPerRound: number;
  /** Bank calls per token-efficiency round. */
  tokenCalls: number;
  /** Subscriptions made over the API for the small listing; the large one is this times `listingCopies`. */
  listingBase: number;
  listingCopies: number;
}

export const FULL_PLAN: Plan = {
  rounds: 5,
  pageSeconds: 3,
  sandboxRounds: 3,
  sandboxSeconds: 3,
  warmupSeconds: 3,
  ordersPerRound: 10,
  tokenCalls: 1000,
  listingBase: 1000,
  listingCopies: 100,
};

/** `--quick`: every figure in a few seconds, for development on a shared machine; figures are indicative only. */
export const QUICK_PLAN: Plan = {
  rounds: 2,
  pageSeconds: 2,
  sandboxRounds: 1,
  sandboxSeconds: 2,
  warmupSeconds: 1,
  ordersPerRound: 3,
  tokenCalls: 300,
  listingBase: 200,
  listingCopies: 50,
};

export interface BenchContext {
  server: RunningServer;
  plan: Plan;
  shopDbPath: string;
  sandboxDbPath: string;
  consolePassword: string;
  /** Things a figure leaves for a later one (an order's public token for the order pages). */
  shared: { orderToken?: string; rssAtStartKiB?: number };
  log(message: string): void;
}
