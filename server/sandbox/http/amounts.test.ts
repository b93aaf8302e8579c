import { describe, expect, it } from "vitest";
import { boundedCents, positiveCents, wholeCents } from "./amounts";

describe("amounts of the API", () => {
  it("count an amount too large for cents as the largest, which no contract covers", () => {
    expect(boundedCents(1e308)).toBe(Number.MAX_SAFE_INTEGER);
    expect(boundedCents(-1e308)).toBe(-Number.MAX_SAFE_INTEGER);
    expect(boundedCents(450.5)).toBe(45050);
    expect(wholeCents(1e308, "cancelledAmount")).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("refuse with the bank's 400 what cannot be financed, instead of failing", () => {
    for (const bad of [1e308, 0, -1, Number.POSITIVE_INFINITY, Number.NaN, 10.001]) {
      expect(() => positiveCents(bad, "financedAmount")).toThrow(expect.objectContaining({ status: 400, errorCode: "REQUEST_VALIDATION_ERROR" }));
    }
    expect(wholeCents(-1, "cancelledAmount")).toBe(-100);
    expect(() => wholeCents(Number.NaN, "cancelledAmount")).toThrow(expect.objectContaining({ status: 400 }));
  });
});
