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
  /** Product-page views in France, then in Germany (bank-calls figure: the second country shows the cache is per country). */
  views: number;
  secondCountryViews: number;
  /** Cold rounds, and bank calls per round, of the token-efficiency figure. */
  tokenRounds: number;
  tokenCalls: number;
  /** Subscriptions made over the API, then copied into the small and the large listing's merchants. */
  listingSeed: number;
  listingSmall: number;
  listingLarge: number;
  /** Minutes of the memory soak (figure 7); `--soak-minutes N` sets it. */
  soakMinutes: number;
}

export const FULL_PLAN: Plan = {
  rounds: 4,
  pageSeconds: 3,
  sandboxRounds: 3,
  sandboxSeconds: 3,
  warmupSeconds: 2,
  ordersPerRound: 8,
  views: 1000,
  secondCountryViews: 120,
  tokenRounds: 1,
  tokenCalls: 1000,
  listingSeed: 100,
  listingSmall: 1_000,
  listingLarge: 100_000,
  soakMinutes: 10,
};

/** `--quick`: every figure in a few seconds, for development on a shared machine; figures are indicative only. */
export const QUICK_PLAN: Plan = {
  rounds: 2,
  pageSeconds: 2,
  sandboxRounds: 1,
  sandboxSeconds: 3,
  warmupSeconds: 1,
  ordersPerRound: 3,
  views: 200,
  secondCountryViews: 100,
  tokenRounds: 1,
  tokenCalls: 300,
  listingSeed: 50,
  listingSmall: 1_000,
  listingLarge: 10_000,
  soakMinutes: 1,
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
