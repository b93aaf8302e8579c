import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  amortise,
  annualPercentageRateOfCharge,
  monthlyCashFlows,
  percentageOfCents,
  splitEvenly,
  toPercent2,
} from "./finance-math";

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("splitEvenly", () => {
  it("puts the rounding remainder on the first installment", () => {
    expect(splitEvenly(10000, 3)).toEqual([3334, 3333, 3333]);
    expect(splitEvenly(10001, 4)).toEqual([2501, 2500, 2500, 2500]);
    expect(splitEvenly(10003, 4)).toEqual([2503, 2500, 2500, 2500]);
    expect(splitEvenly(9000, 3)).toEqual([3000, 3000, 3000]);
  });

  it("always sums to the total, installments differing by less than n cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 12 }), (total, n) => {
        const parts = splitEvenly(total, n);
        expect(parts).toHaveLength(n);
        expect(sum(parts)).toBe(total);
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThan(n);
      }),
    );
  });

  it("refuses a non-integer amount or count", () => {
    expect(() => splitEvenly(100.5, 3)).toThrow(RangeError);
    expect(() => splitEvenly(100, 0)).toThrow(RangeError);
  });
});

describe("percentageOfCents", () => {
  it("rounds half up and applies the cap", () => {
    expect(percentageOfCents(100000, 145)).toBe(1450);
    expect(percentageOfCents(3333, 145)).toBe(48); // 48.3285
    expect(percentageOfCents(3449, 145)).toBe(50); // 50.0105
    expect(percentageOfCents(300000, 145, 1500)).toBe(1500);
    expect(percentageOfCents(100000, 0)).toBe(0);
  });
});

describe("amortise", () => {
  it("matches the hand-computed 1,000 € at 12 % over 12 months", () => {
    // P·r/(1−(1+r)^−12) with r = 1 % = 88.8488 → 88.85; the last one settles at 88.84.
    const loan = amortise(100000, 1200, 12);
    expect(loan.installments.slice(0, 11)).toEqual(Array(11).fill(8885));
    expect(loan.installments[11]).toBe(8884);
    expect(loan.interestCents).toBe(6619);
    expect(sum(loan.installments)).toBe(106619);
  });

  it("repays a 0 % loan with equal installments, the last one adjusting", () => {
    const loan = amortise(100000, 0, 12);
    expect(loan.installments.slice(0, 11)).toEqual(Array(11).fill(8333));
    expect(loan.installments[11]).toBe(8337);
    expect(loan.interestCents).toBe(0);
  });

  it("always repays principal plus interest exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20000, max: 600000 }),
        fc.integer({ min: 0, max: 2500 }),
        fc.constantFrom(4, 6, 10, 12, 18, 24, 36, 48, 60),
        (principal, rateBp, months) => {
          const loan = amortise(principal, rateBp, months);
          expect(loan.installments).toHaveLength(months);
          expect(sum(loan.installments)).toBe(principal + loan.interestCents);
          expect(loan.interestCents).toBeGreaterThanOrEqual(0);
          if (rateBp === 0) expect(loan.interestCents).toBe(0);
          // The last installment only absorbs rounding: each month's (at most a cent: the level's half cent and the
          // interest's) then accrues interest until the end, so the bound is a cent a month compounded at the rate.
          const level = loan.installments[0]!;
          const r = rateBp / 10_000 / 12;
          const drift = r === 0 ? months : ((1 + r) ** months - 1) / r;
          expect(Math.abs(loan.installments[months - 1]! - level)).toBeLessThanOrEqual(Math.ceil(drift));
        },
      ),
    );
  });

  it("refuses impossible loans", () => {
    expect(() => amortise(0, 1200, 12)).toThrow(RangeError);
    expect(() => amortise(100000, -1, 12)).toThrow(RangeError);
    expect(() => amortise(100000, 1200, 0)).toThrow(RangeError);
    expect(() => amortise(1, 0, 60)).toThrow(RangeError);
  });
});

describe("annualPercentageRateOfCharge", () => {
  it("is exact on single-payment cases", () => {
    expect(annualPercentageRateOfCharge(100000, [{ amountCents: 110000, years: 1 }])).toBeCloseTo(0.1, 10);
    expect(annualPercentageRateOfCharge(100000, [{ amountCents: 121000, years: 2 }])).toBeCloseTo(0.1, 10);
    expect(annualPercentageRateOfCharge(100000, [{ amountCents: 90000, years: 1 }])).toBeCloseTo(-0.1, 10);
  });

  it("is 0 when exactly the amount lent is repaid", () => {
    expect(annualPercentageRateOfCharge(100000, monthlyCashFlows(splitEvenly(100000, 3), 0))).toBe(0);
    expect(annualPercentageRateOfCharge(100000, monthlyCashFlows(amortise(100000, 0, 24).installments, 1))).toBe(0);
  });

  it("gives ≈ 12.68 % for 1,000 € at 12 % nominal over 12 months, (1 + 1 %)^12 − 1", () => {
    const apr = annualPercentageRateOfCharge(100000, monthlyCashFlows(amortise(100000, 1200, 12).installments, 1));
    expect(toPercent2(apr)).toBe(12.68);
    expect(apr).toBeCloseTo(1.01 ** 12 - 1, 3);
  });

  it("returns a root of the APRC equation to 1e-10", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20000, max: 600000 }),
        fc.integer({ min: 1, max: 2500 }),
        fc.constantFrom(4, 6, 12, 24, 48, 60),
        (principal, rateBp, months) => {
          const flows = monthlyCashFlows(amortise(principal, rateBp, months).installments, 1);
          const i = annualPercentageRateOfCharge(principal, flows);
          const discounted = flows.reduce((s, f) => s + f.amountCents * (1 + i) ** -f.years, 0);
          expect(Math.abs(discounted - principal) / principal).toBeLessThan(1e-10);
          // The EU rate compounds monthly interest, so it is never below the
          // nominal rate, bar the interest lost to rounding each month to the cent.
          expect(i).toBeGreaterThanOrEqual(rateBp / 10_000 - 5e-4);
        },
      ),
    );
  });

  it("refuses flows that are all at time 0", () => {
    expect(() => annualPercentageRateOfCharge(100000, [{ amountCents: 100000, years: 0 }])).toThrow(RangeError);
  });
});

describe("toPercent2", () => {
  it("rounds to two decimals of a percent", () => {
    expect(toPercent2(0.126835)).toBe(12.68);
    expect(toPercent2(0.0927393)).toBe(9.27);
    expect(toPercent2(0)).toBe(0);
    expect(Object.is(toPercent2(-1e-9), 0)).toBe(true);
  });
});
