import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { euroAmountSchema, parseEuroAmount } from "./euro-amount";

describe("parseEuroAmount", () => {
  it.each([
    ["120", 12000],
    ["120.5", 12050],
    ["120,50", 12050],
    ["0.01", 1],
    [" 989.00 ", 98900],
    ["0", 0],
  ])("reads %s as %i cents", (text, cents) => {
    expect(parseEuroAmount(text)).toBe(cents);
  });

  it.each(["", "12.345", "1,234.56", "1 234", "-5", "+5", "1e3", "12.", ".5", "abc", "€12", "0x10", "1234567890"])("refuses %j", (text) => {
    expect(parseEuroAmount(text)).toBeNull();
  });

  it("reads back every amount of cents written with two decimals, without float error", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
        expect(parseEuroAmount(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`)).toBe(cents);
      }),
    );
  });
});

describe("euroAmountSchema", () => {
  it("gives cents, and a message for what it refuses", () => {
    expect(euroAmountSchema.parse("45.10")).toBe(4510);
    expect(euroAmountSchema.safeParse("0.00").error?.issues[0]?.message).toMatch(/at least 0\.01/);
    expect(euroAmountSchema.safeParse("45.101").error?.issues[0]?.message).toMatch(/two decimals/);
  });
});
