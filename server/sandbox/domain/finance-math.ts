/**
 * Consumer-credit arithmetic in integer cents: equal split payments,
 * amortised loans and the EU annual percentage rate of charge (APRC).
 * No knowledge of solution codes here; simulate.ts applies these to them.
 */

/** `totalCents` in `n` installments that differ by at most one cent; the extra cents go on the first. */
export function splitEvenly(totalCents: number, n: number): number[] {
  assertCents(totalCents, "totalCents");
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`installment count must be a positive integer: ${n}`);
  const base = Math.floor(totalCents / n);
  const remainder = totalCents - base * n;
  return Array.from({ length: n }, (_, i) => (i === 0 ? base + remainder : base));
}

/** A percentage in basis points (1 % = 100 bp), rounded half up to the cent, optionally capped. */
export function percentageOfCents(amountCents: number, basisPoints: number, capCents = Number.POSITIVE_INFINITY): number {
  assertCents(amountCents, "amountCents");
  if (!Number.isInteger(basisPoints) || basisPoints < 0) throw new RangeError(`basis points must be a non-negative integer: ${basisPoints}`);
  // amountCents * basisPoints is an exact integer for any realistic amount,
  // so the only rounding is the final one.
  return Math.min(Math.round((amountCents * basisPoints) / 10_000), capCents);
}

export interface AmortisedLoan {
  /** Monthly installments in cents, the last one settling the balance exactly. */
  readonly installments: readonly number[];
  /** Sum of the interest charged each month (each rounded to the cent). */
  readonly interestCents: number;
}

/**
 * French/German-style amortised loan: a constant monthly installment
 * P·r / (1 − (1 + r)^−n) with r = nominal annual rate / 12, rounded to the
 * cent. Each month's interest is the balance × r rounded to the cent, and the
 * last installment repays whatever balance is left, so that
 * Σ installments = principal + Σ interest, to the cent.
 */
export function amortise(principalCents: number, nominalRateBp: number, months: number): AmortisedLoan {
  assertCents(principalCents, "principalCents");
  if (principalCents <= 0) throw new RangeError(`principal must be positive: ${principalCents}`);
  if (!Number.isInteger(nominalRateBp) || nominalRateBp < 0) throw new RangeError(`rate must be non-negative basis points: ${nominalRateBp}`);
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`duration must be a positive number of months: ${months}`);

  const r = nominalRateBp / 10_000 / 12;
  const level = Math.round(r === 0 ? principalCents / months : (principalCents * r) / (1 - (1 + r) ** -months));

  const installments: number[] = [];
  let balance = principalCents;
  let interestCents = 0;
  for (let k = 1; k <= months; k++) {
    const interest = Math.round(balance * r);
    interestCents += interest;
    const installment = k === months ? balance + interest : level;
    balance -= installment - interest;
    installments.push(installment);
  }
  if (balance !== 0 || installments.some((c) => c <= 0)) {
    // Only reachable with absurd inputs (e.g. 1 cent over 60 months).
    throw new RangeError(`cannot amortise ${principalCents} cents over ${months} months`);
  }
  return { installments, interestCents };
}

/** A payment by the borrower, `years` after the funds are made available. */
export interface CashFlow {
  readonly amountCents: number;
  readonly years: number;
}

/** Months are taken as twelfths of a year, as Annex I of Directive 2008/48/EC allows. */
export function monthlyCashFlows(installments: readonly number[], firstPaymentMonth: number): CashFlow[] {
  return installments.map((amountCents, i) => ({ amountCents, years: (firstPaymentMonth + i) / 12 }));
}

/**
 * The APRC as a fraction (0.1268 for 12.68 %): the rate i solving
 *   creditCents = Σ amount_k · (1 + i)^(−t_k)
 * (Directive 2008/48/EC, Annex I). The right-hand side strictly decreases in
 * i, so bisection always converges; it runs until the bracket is below 1e-12,
 * well inside the 1e-10 precision asked of it.
 */
export function annualPercentageRateOfCharge(creditCents: number, flows: readonly CashFlow[]): number {
  assertCents(creditCents, "creditCents");
  if (creditCents <= 0) throw new RangeError(`credit must be positive: ${creditCents}`);
  if (!flows.some((f) => f.years > 0)) throw new RangeError("at least one payment must fall after the credit is granted");

  const repaid = flows.reduce((sum, f) => sum + f.amountCents, 0);
  // Exactly the amount lent back, whatever the dates: no cost, no rate.
  if (repaid === creditCents) return 0;

  const excess = (i: number) => flows.reduce((sum, f) => sum + f.amountCents * (1 + i) ** -f.years, 0) - creditCents;
  let lo = -0.99;
  let hi = 1;
  while (excess(hi) > 0) {
    lo = hi;
    hi *= 2;
    if (hi > 1e6) throw new RangeError("APRC out of range");
  }
  while (excess(lo) < 0) {
    // Repaying less than was lent (never for real offers) gives a negative rate.
    hi = lo;
    lo = -1 + (lo + 1) / 2;
    if (lo + 1 < 1e-12) throw new RangeError("APRC out of range");
  }
  while (hi - lo > 1e-12) {
    const mid = (lo + hi) / 2;
    if (excess(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** A fraction as a percentage with two decimals, as the API reports rates (0.126825 → 12.68). */
export function toPercent2(fraction: number): number {
  const rounded = Math.round(fraction * 10_000) / 100;
  return rounded === 0 ? 0 : rounded;
}

function assertCents(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer number of cents: ${value}`);
}
