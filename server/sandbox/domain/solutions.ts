/**
 * The sandbox bank's catalogue: the nine Scalexpert solution codes, with the
 * amounts, durations, rates and fees this sandbox applies to them.
 *
 * The bank does not publish its pricing; the figures below are our own,
 * chosen to look like real French and German point-of-sale credit offers:
 *
 * Amount ranges (inclusive)
 * - 3x split payment FR:   50 € – 3,000 €. Card split payments are offered
 *   from small baskets; the 3,000 € ceiling limits the exposure on the
 *   buyer's card, as French 3x/4x offers commonly do.
 * - 4x split payment FR:  100 € – 3,000 €. Four installments of at least 25 €.
 * - Long credit FR:       200 € – 6,000 €. 200 € is where French consumer
 *   credit law starts to apply (smaller loans are outside it); the ceiling is
 *   above 3,000 € so that the manual-review path of the journey (≥ 3,000 €)
 *   is reachable.
 * - Long credit DE:       200 € – 5,000 €.
 *
 * Durations: FR 4, 6, 10, 12, 18, 24, 36, 48, 60 months; DE 6, 12, 18, 24,
 * 36, 48 months. A duration is offered for an amount only when the amount
 * divided by the number of months is at least 15 € (lenders do not sell
 * 3-euro monthly installments), so 200 € in France gets 4 to 12 months and
 * 60 months starts at 900 €.
 *
 * Nominal annual rates (fixed, by amount band then duration band)
 * - SCFRLT-TXNO (buyer pays):  ≤ 3,000 €: 9.90 % (≤ 12 m), 14.90 % (≤ 24 m), 18.90 % (≤ 60 m);
 *                              > 3,000 €: 7.90 %, 10.90 %, 13.90 %.
 *   The higher band is cheaper because French usury ceilings are lower
 *   above 3,000 €; the highest APRC here is ≈ 20.6 %.
 * - SCFRLT-TXPS (shared):      ≤ 3,000 €: 2.90 %, 5.90 %, 7.90 %; > 3,000 €: 2.90 %, 4.90 %, 6.90 %.
 * - SCFRLT-TXTS, SCDELT-DXTS (merchant pays): 0 %.
 * - SCDELT-DXCO (buyer pays, merchant earns a commission): 5.90 % (≤ 12 m), 7.90 % (≤ 24 m), 9.90 % (≤ 48 m).
 * Long credits carry no fees: their cost is the interest.
 *
 * Split payment fees (partial subsidy, paid by the buyer on the first installment)
 * - SCFRSP-3XPS: 1.45 % of the amount, at most 15.00 €.
 * - SCFRSP-4XPS: 2.20 % of the amount, at most 25.00 €.
 * Total-subsidy codes (…TS) cost the buyer nothing.
 */

export const SOLUTION_CODES = [
  "SCFRSP-3XTS",
  "SCFRSP-3XPS",
  "SCFRSP-4XTS",
  "SCFRSP-4XPS",
  "SCFRLT-TXNO",
  "SCFRLT-TXPS",
  "SCFRLT-TXTS",
  "SCDELT-DXTS",
  "SCDELT-DXCO",
] as const;
export type SolutionCode = (typeof SOLUTION_CODES)[number];

export type Market = "FR" | "DE";
export type SolutionKind = "split" | "long";
export type Producer = "FRANFINANCE" | "HANSEATIC BANK";
/** TS: total subsidy (merchant pays); PS: partial subsidy (shared); NO: none (buyer pays); CO: buyer pays, merchant earns a commission. */
export type Subsidy = "TS" | "PS" | "NO" | "CO";
export type FeePayer = "merchant" | "shared" | "buyer";

export interface BuyerFee {
  /** Percentage of the financed amount, in basis points (145 = 1.45 %). */
  readonly basisPoints: number;
  readonly capCents: number;
}

export interface RateBand {
  /** Upper bound (inclusive) of the duration band, in months. */
  readonly upToMonths: number;
  /** Fixed nominal annual rate, in basis points (990 = 9.90 %). */
  readonly nominalRateBp: number;
}

export interface AmountBand {
  /** Upper bound (inclusive) of the amount band, in cents. */
  readonly upToAmountCents: number;
  readonly rates: readonly RateBand[];
}

interface SolutionBase {
  readonly code: SolutionCode;
  readonly familyCode: "SC";
  readonly market: Market;
  readonly producer: Producer;
  readonly subsidy: Subsidy;
  readonly feePayer: FeePayer;
  /** Inclusive financed-amount range, in cents. */
  readonly minAmountCents: number;
  readonly maxAmountCents: number;
}

export interface SplitPaymentSolution extends SolutionBase {
  readonly kind: "split";
  readonly installments: 3 | 4;
  /** Fee charged to the buyer (partial subsidy), or null when the merchant pays everything. */
  readonly buyerFee: BuyerFee | null;
}

export interface LongCreditSolution extends SolutionBase {
  readonly kind: "long";
  /** The durations the producer sells, in months, ascending. */
  readonly durations: readonly number[];
  /** Ascending amount bands; the first whose bound is ≥ the amount applies. */
  readonly pricing: readonly AmountBand[];
  /** A duration is offered only if amount / months is at least this. */
  readonly minMonthlyPrincipalCents: number;
}

export type Solution = SplitPaymentSolution | LongCreditSolution;

const EUR = 100;
const FR_DURATIONS = [4, 6, 10, 12, 18, 24, 36, 48, 60] as const;
const DE_DURATIONS = [6, 12, 18, 24, 36, 48] as const;
const MIN_MONTHLY_PRINCIPAL_CENTS = 15 * EUR;

const flat = (nominalRateBp: number, upToAmountCents: number): readonly AmountBand[] => [
  { upToAmountCents, rates: [{ upToMonths: 60, nominalRateBp }] },
];

function split(code: SolutionCode, installments: 3 | 4, minEuros: number, buyerFee: BuyerFee | null): SplitPaymentSolution {
  return {
    code,
    familyCode: "SC",
    market: "FR",
    producer: "FRANFINANCE",
    kind: "split",
    installments,
    subsidy: buyerFee ? "PS" : "TS",
    feePayer: buyerFee ? "shared" : "merchant",
    buyerFee,
    minAmountCents: minEuros * EUR,
    maxAmountCents: 3000 * EUR,
  };
}

function frenchCredit(code: SolutionCode, subsidy: "NO" | "PS" | "TS", pricing: readonly AmountBand[]): LongCreditSolution {
  return {
    code,
    familyCode: "SC",
    market: "FR",
    producer: "FRANFINANCE",
    kind: "long",
    subsidy,
    feePayer: subsidy === "NO" ? "buyer" : subsidy === "PS" ? "shared" : "merchant",
    minAmountCents: 200 * EUR,
    maxAmountCents: 6000 * EUR,
    durations: FR_DURATIONS,
    pricing,
    minMonthlyPrincipalCents: MIN_MONTHLY_PRINCIPAL_CENTS,
  };
}

function germanCredit(code: SolutionCode, subsidy: "TS" | "CO", pricing: readonly AmountBand[]): LongCreditSolution {
  return {
    code,
    familyCode: "SC",
    market: "DE",
    producer: "HANSEATIC BANK",
    kind: "long",
    subsidy,
    feePayer: subsidy === "TS" ? "merchant" : "buyer",
    minAmountCents: 200 * EUR,
    maxAmountCents: 5000 * EUR,
    durations: DE_DURATIONS,
    pricing,
    minMonthlyPrincipalCents: MIN_MONTHLY_PRINCIPAL_CENTS,
  };
}

const bands = (r12: number, r24: number, r60: number): readonly RateBand[] => [
  { upToMonths: 12, nominalRateBp: r12 },
  { upToMonths: 24, nominalRateBp: r24 },
  { upToMonths: 60, nominalRateBp: r60 },
];

/** Every solution, in the order the bank lists them (split before long, France before Germany). */
export const SOLUTIONS: readonly Solution[] = deepFreeze([
  split("SCFRSP-3XTS", 3, 50, null),
  split("SCFRSP-3XPS", 3, 50, { basisPoints: 145, capCents: 15 * EUR }),
  split("SCFRSP-4XTS", 4, 100, null),
  split("SCFRSP-4XPS", 4, 100, { basisPoints: 220, capCents: 25 * EUR }),
  frenchCredit("SCFRLT-TXNO", "NO", [
    { upToAmountCents: 3000 * EUR, rates: bands(990, 1490, 1890) },
    { upToAmountCents: 6000 * EUR, rates: bands(790, 1090, 1390) },
  ]),
  frenchCredit("SCFRLT-TXPS", "PS", [
    { upToAmountCents: 3000 * EUR, rates: bands(290, 590, 790) },
    { upToAmountCents: 6000 * EUR, rates: bands(290, 490, 690) },
  ]),
  frenchCredit("SCFRLT-TXTS", "TS", flat(0, 6000 * EUR)),
  germanCredit("SCDELT-DXTS", "TS", flat(0, 5000 * EUR)),
  germanCredit("SCDELT-DXCO", "CO", [
    {
      upToAmountCents: 5000 * EUR,
      rates: [
        { upToMonths: 12, nominalRateBp: 590 },
        { upToMonths: 24, nominalRateBp: 790 },
        { upToMonths: 48, nominalRateBp: 990 },
      ],
    },
  ]),
]);

const BY_CODE: ReadonlyMap<string, Solution> = new Map(SOLUTIONS.map((s) => [s.code, s]));

export function isSolutionCode(code: string): code is SolutionCode {
  return BY_CODE.has(code);
}

/** The solution for a code, or undefined for a code this bank does not sell. */
export function findSolution(code: string): Solution | undefined {
  return BY_CODE.get(code);
}

/** Like findSolution, for codes already known to be valid (seeds, stored subscriptions). */
export function getSolution(code: SolutionCode): Solution {
  const solution = BY_CODE.get(code);
  if (!solution) throw new Error(`unknown solution code ${code}`);
  return solution;
}

export function isWithinAmountRange(solution: Solution, amountCents: number): boolean {
  return Number.isSafeInteger(amountCents) && amountCents >= solution.minAmountCents && amountCents <= solution.maxAmountCents;
}

/**
 * The durations (months) offered for this amount: the split-payment count, or
 * the long-credit durations whose monthly principal is at least the minimum.
 * Empty when the amount is outside the solution's range.
 */
export function offeredDurations(solution: Solution, amountCents: number): number[] {
  if (!isWithinAmountRange(solution, amountCents)) return [];
  if (solution.kind === "split") return [solution.installments];
  return solution.durations.filter((months) => amountCents / months >= solution.minMonthlyPrincipalCents);
}

/** The fixed nominal annual rate (basis points) of a long credit for this amount and duration. */
export function nominalRateBp(solution: LongCreditSolution, amountCents: number, months: number): number {
  const band = solution.pricing.find((b) => amountCents <= b.upToAmountCents);
  const rate = band?.rates.find((r) => months <= r.upToMonths);
  if (!band || !rate || !solution.durations.includes(months)) {
    throw new RangeError(`${solution.code} has no rate for ${amountCents} cents over ${months} months`);
  }
  return rate.nominalRateBp;
}

/**
 * The API's `implementationCode`: the number of installments followed by "X"
 * ("3X" for 3x split payment, "24X" for a 24-month credit), as in the bank's
 * examples. A long credit's duration is only known once the buyer picks it.
 */
export function implementationCode(solution: Solution, months?: number): string | undefined {
  if (solution.kind === "split") return `${solution.installments}X`;
  return months !== undefined && solution.durations.includes(months) ? `${months}X` : undefined;
}

/** Whether the producer answers a merchant's cancellation at once (Franfinance) or asynchronously (Hanseatic). */
export function answersCancellationAsynchronously(solution: Solution): boolean {
  return solution.producer === "HANSEATIC BANK";
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
