import type { EligibleSolution, FinancingQuery } from "../bank/eligibility";
import type { SolutionSimulations } from "../bank/simulation";
import type { Country } from "../i18n/locales";
import type { Offer, OffersResult } from "./offer-types";
import { solutionKind } from "./solution-kind";
import { createTtlCache, type TtlCache } from "./ttl-cache";

/** The two bank calls an offer needs; the engine's client provides them. */
export interface OffersBank {
  eligibleSolutions(query: FinancingQuery): Promise<EligibleSolution[]>;
  simulateSolutions(query: FinancingQuery): Promise<SolutionSimulations[]>;
}

const MARKETS: readonly string[] = ["FR", "DE"];

/** Joins eligibility (the kit) with simulations (the figures), by solution code. */
export function buildOffers(eligible: readonly EligibleSolution[], simulated: readonly SolutionSimulations[]): Offer[] {
  const byCode = new Map(simulated.map((s) => [s.solutionCode, s.simulations]));
  const offers = eligible.map(
    (solution): Offer => ({
      solutionCode: solution.solutionCode,
      kind: solutionKind(solution.solutionCode),
      market: (MARKETS.includes(solution.marketCode) ? solution.marketCode : "FR") as Country,
      conditions: solution.conditions,
      kit: solution.kit,
      simulations: [...(byCode.get(solution.solutionCode) ?? [])].sort((a, b) => a.duration - b.duration),
    }),
  );
  // Split payment first (fewest instalments first), then credit.
  const rank = (o: Offer) => (o.kind === "split" ? 0 : 1000) + (o.simulations[0]?.duration ?? 999);
  return offers.sort((a, b) => rank(a) - rank(b) || a.solutionCode.localeCompare(b.solutionCode));
}

export interface OffersServiceOptions {
  bank: OffersBank;
  ttlMs?: number;
  errorTtlMs?: number;
  /** How long past its time-to-live the last good answer is served while the bank refuses (429) or fails. */
  staleIfErrorMs?: number;
  maxEntries?: number;
  now?: () => number;
  onError?: (error: unknown) => void;
}

export interface OffersService {
  offers(amountCents: number, country: Country): Promise<OffersResult>;
  readonly cache: TtlCache<string, Awaited<ReturnType<typeof buildOffers>>>;
}

/**
 * Offers per (amount, country), cached: browsing the catalogue or a cart
 * costs the bank at most one eligibility and one simulation call per
 * distinct amount and country per time-to-live (5 minutes by default).
 * While the bank refuses (429) or fails, the last good answer for the same
 * amount and country is served for up to 30 minutes past its time-to-live
 * (offers change rarely; a page without them is worse than yesterday's
 * rates, which the bank re-checks at subscription anyway). Without one, a
 * failure is answered as "unavailable" (the page shows a quiet note) and
 * remembered briefly, so an outage does not slow every page view.
 */
export function createOffersService(options: OffersServiceOptions): OffersService {
  const cache = createTtlCache<string, Offer[]>({
    ttlMs: options.ttlMs ?? 5 * 60_000,
    errorTtlMs: options.errorTtlMs ?? 15_000,
    staleIfErrorMs: options.staleIfErrorMs ?? 30 * 60_000,
    maxEntries: options.maxEntries ?? 1000,
    now: options.now,
  });
  return {
    cache,
    async offers(amountCents, country) {
      if (!Number.isSafeInteger(amountCents) || amountCents <= 0) return { status: "ok", amountCents, country, offers: [] };
      try {
        const offers = await cache.get(`${amountCents}:${country}`, async () => {
          const query = { financedCents: amountCents, buyerBillingCountry: country };
          // Independent calls: in parallel, so the page waits for one round trip.
          try {
            const [eligible, simulated] = await Promise.all([options.bank.eligibleSolutions(query), options.bank.simulateSolutions(query)]);
            return buildOffers(eligible, simulated);
          } catch (error) {
            // Reported once per failed load, not once per page view served from the cache.
            options.onError?.(error);
            throw error;
          }
        });
        return { status: "ok", amountCents, country, offers };
      } catch {
        return { status: "unavailable", amountCents, country };
      }
    },
  };
}
