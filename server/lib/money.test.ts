import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatEuro, isWholeCents, toCents, toEuros } from "./money";

describe("toCents", () => {
  it("converts plain amounts", () => {
    expect(toCents(0)).toBe(0);
    expect(toCents(1)).toBe(100);
    expect(toCents(123.45)).toBe(12345);
    expect(toCents(3943.36)).toBe(394336);
  });

  it("is robust to binary float noise", () => {
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents(1.005)).toBe(101); // 1.005 * 100 === 100.49999999999999
    expect(toCents(4.35)).toBe(435); // 4.35 * 100 === 434.99999999999994
    expect(toCents(1.15 + 1.15 + 1.15)).toBe(345);
  });

  it("rounds real sub-cent values half away from zero", () => {
    expect(toCents(12.344)).toBe(1234);
    expect(toCents(12.345)).toBe(1235);
    expect(toCents(-12.345)).toBe(-1235);
    expect(Object.is(toCents(-0.001), 0)).toBe(true);
  });

  it("refuses NaN, infinities and out-of-range amounts", () => {
    expect(() => toCents(Number.NaN)).toThrow(RangeError);
    expect(() => toCents(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => toCents(Number.NEGATIVE_INFINITY)).toThrow(RangeError);
    expect(() => toCents(1e300)).toThrow(RangeError);
  });

  it("round-trips every cent amount up to a billion euros", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }), (cents) => {
        expect(toCents(toEuros(cents))).toBe(cents);
      }),
    );
  });

  it("survives the JSON boundary", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_00 }), (cents) => {
        const wire = JSON.parse(JSON.stringify({ amount: toEuros(cents) })) as { amount: number };
        expect(toCents(wire.amount)).toBe(cents);
      }),
    );
  });
});

describe("toEuros", () => {
  it("converts integer cents", () => {
    expect(toEuros(12345)).toBe(123.45);
    expect(toEuros(5)).toBe(0.05);
    expect(JSON.stringify(toEuros(3334))).toBe("33.34");
  });

  it("refuses non-integer cents", () => {
    expect(() => toEuros(1.5)).toThrow(RangeError);
    expect(() => toEuros(Number.NaN)).toThrow(RangeError);
  });
});

describe("isWholeCents", () => {
  it("accepts two decimals and float noise, refuses more", () => {
    expect(isWholeCents(99.99)).toBe(true);
    expect(isWholeCents(0.1 + 0.2)).toBe(true);
    expect(isWholeCents(99.999)).toBe(false);
    expect(isWholeCents(Number.NaN)).toBe(false);
  });
});

describe("formatEuro", () => {
  // Intl uses narrow/no-break spaces; compare with ordinary spaces.
  const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

  it("formats French and German amounts", () => {
    expect(plain(formatEuro(123456))).toBe("1 234,56 €");
    expect(plain(formatEuro(123456, "de-DE"))).toBe("1.234,56 €");
    expect(plain(formatEuro(5))).toBe("0,05 €");
  });

  it("refuses non-integer cents", () => {
    expect(() => formatEuro(0.5)).toThrow(RangeError);
  });
});
