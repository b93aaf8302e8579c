import { SOLUTIONS, offeredDurations, type Solution } from "./solutions";

/**
 * The solutions a merchant may offer to this buyer: contracted by the
 * merchant, sold on the buyer's billing country's market, and with the
 * financed amount inside the solution's range (with at least one duration).
 * Returned in catalogue order (split before long credit), whatever the order
 * of `merchantCodes`; unknown codes are ignored.
 *
 * `country` is the buyer's billing country as sent (ISO 3166-1 alpha-2);
 * a country where no solution is sold simply yields an empty list.
 */
export function eligibleSolutions(merchantCodes: Iterable<string>, country: string, amountCents: number): Solution[] {
  const contracted = new Set(merchantCodes);
  return SOLUTIONS.filter(
    (s) => contracted.has(s.code) && s.market === country && offeredDurations(s, amountCents).length > 0,
  );
}

/** Whether `code` is one of the solutions eligible for this merchant, country and amount (POST /subscriptions). */
export function isEligible(merchantCodes: Iterable<string>, code: string, country: string, amountCents: number): boolean {
  return eligibleSolutions(merchantCodes, country, amountCents).some((s) => s.code === code);
}
