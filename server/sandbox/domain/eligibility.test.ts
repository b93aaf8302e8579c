import { describe, expect, it } from "vitest";
import { eligibleSolutions, isEligible } from "./eligibility";
import { SOLUTION_CODES } from "./solutions";

const ALL = [...SOLUTION_CODES];
// The catalogue's order is SOLUTION_CODES' order.
const FRENCH = ALL.filter((code) => code.startsWith("SCFR"));
const codes = (list: { code: string }[]) => list.map((s) => s.code);

describe("eligibleSolutions", () => {
  it("keeps the market of the buyer's country, in catalogue order", () => {
    expect(FRENCH).toHaveLength(7);
    expect(codes(eligibleSolutions([...ALL].reverse(), "FR", 100000))).toEqual(FRENCH);
    expect(codes(eligibleSolutions(ALL, "DE", 100000))).toEqual(["SCDELT-DXTS", "SCDELT-DXCO"]);
  });

  it("depends on the merchant's contract", () => {
    expect(codes(eligibleSolutions(["SCFRSP-3XTS", "SCFRLT-TXNO"], "FR", 100000))).toEqual(["SCFRSP-3XTS", "SCFRLT-TXNO"]);
    expect(eligibleSolutions(["SCFRSP-3XTS"], "DE", 100000)).toEqual([]);
    expect(eligibleSolutions([], "FR", 100000)).toEqual([]);
    expect(codes(eligibleSolutions(["SCFRSP-3XTS", "UNKNOWN-CODE"], "FR", 100000))).toEqual(["SCFRSP-3XTS"]);
  });

  it("returns nothing for a country where nothing is sold, or a lower-case code", () => {
    expect(eligibleSolutions(ALL, "IT", 100000)).toEqual([]);
    expect(eligibleSolutions(ALL, "fr", 100000)).toEqual([]);
  });

  it.each([
    // [amount in cents, FR codes expected]
    [4999, []],
    [5000, ["SCFRSP-3XTS", "SCFRSP-3XPS"]],
    [9999, ["SCFRSP-3XTS", "SCFRSP-3XPS"]],
    [10000, ["SCFRSP-3XTS", "SCFRSP-3XPS", "SCFRSP-4XTS", "SCFRSP-4XPS"]],
    [19999, ["SCFRSP-3XTS", "SCFRSP-3XPS", "SCFRSP-4XTS", "SCFRSP-4XPS"]],
    [20000, ["SCFRSP-3XTS", "SCFRSP-3XPS", "SCFRSP-4XTS", "SCFRSP-4XPS", "SCFRLT-TXNO", "SCFRLT-TXPS", "SCFRLT-TXTS"]],
    [300000, ["SCFRSP-3XTS", "SCFRSP-3XPS", "SCFRSP-4XTS", "SCFRSP-4XPS", "SCFRLT-TXNO", "SCFRLT-TXPS", "SCFRLT-TXTS"]],
    [300001, ["SCFRLT-TXNO", "SCFRLT-TXPS", "SCFRLT-TXTS"]],
    [600000, ["SCFRLT-TXNO", "SCFRLT-TXPS", "SCFRLT-TXTS"]],
    [600001, []],
  ])("FR boundaries: %i cents", (amount, expected) => {
    expect(codes(eligibleSolutions(ALL, "FR", amount))).toEqual(expected);
  });

  it.each([
    [19999, []],
    [20000, ["SCDELT-DXTS", "SCDELT-DXCO"]],
    [500000, ["SCDELT-DXTS", "SCDELT-DXCO"]],
    [500001, []],
  ])("DE boundaries: %i cents", (amount, expected) => {
    expect(codes(eligibleSolutions(ALL, "DE", amount))).toEqual(expected);
  });

  it("refuses amounts that are not whole cents or not positive", () => {
    expect(eligibleSolutions(ALL, "FR", 10000.5)).toEqual([]);
    expect(eligibleSolutions(ALL, "FR", 0)).toEqual([]);
    expect(eligibleSolutions(ALL, "FR", -10000)).toEqual([]);
    expect(eligibleSolutions(ALL, "FR", Number.NaN)).toEqual([]);
  });
});

describe("isEligible", () => {
  it("checks one code for POST /subscriptions", () => {
    expect(isEligible(["SCFRSP-3XTS"], "SCFRSP-3XTS", "FR", 5000)).toBe(true);
    expect(isEligible(["SCFRSP-3XTS"], "SCFRSP-3XTS", "FR", 4999)).toBe(false);
    expect(isEligible(["SCFRSP-3XTS"], "SCFRSP-4XTS", "FR", 50000)).toBe(false); // not contracted
    expect(isEligible(["SCDELT-DXTS"], "SCDELT-DXTS", "FR", 50000)).toBe(false); // wrong market
  });
});
