import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cartTotals, isValidQuantity, lineTotalCents, MAX_QUANTITY, mergedQuantity } from "./cart-math";

describe("cart maths", () => {
  it("multiplies unit price by quantity in cents", () => {
    expect(lineTotalCents({ productId: 1, unitPriceCents: 2990, quantity: 3 })).toBe(8970);
  });

  it("sums lines without floating point drift", () => {
    // 0.1 € + 0.2 € style sums that break with decimal euros.
    const totals = cartTotals([
      { productId: 1, unitPriceCents: 10, quantity: 1 },
      { productId: 2, unitPriceCents: 20, quantity: 1 },
      { productId: 3, unitPriceCents: 98900, quantity: 2 },
    ]);
    expect(totals).toEqual({ itemCount: 4, subtotalCents: 197830, deliveryCents: 0, totalCents: 197830 });
  });

  it("an empty cart totals zero", () => {
    expect(cartTotals([])).toEqual({ itemCount: 0, subtotalCents: 0, deliveryCents: 0, totalCents: 0 });
  });

  it("refuses quantities outside 1..MAX and fractional or negative prices", () => {
    expect(isValidQuantity(0)).toBe(false);
    expect(isValidQuantity(1.5)).toBe(false);
    expect(isValidQuantity(MAX_QUANTITY + 1)).toBe(false);
    expect(() => lineTotalCents({ productId: 1, unitPriceCents: 100, quantity: 0 })).toThrow(RangeError);
    expect(() => lineTotalCents({ productId: 1, unitPriceCents: 10.5, quantity: 1 })).toThrow(RangeError);
    expect(() => lineTotalCents({ productId: 1, unitPriceCents: -1, quantity: 1 })).toThrow(RangeError);
  });

  it("tops up an existing line but never beyond the cap", () => {
    expect(mergedQuantity(2, 3)).toBe(5);
    expect(mergedQuantity(8, 5)).toBe(MAX_QUANTITY);
    expect(mergedQuantity(0, 1)).toBe(1);
  });

  it("total is the exact sum of line totals for any cart", () => {
    const line = fc.record({
      productId: fc.integer({ min: 1, max: 1000 }),
      unitPriceCents: fc.integer({ min: 0, max: 10_000_000 }),
      quantity: fc.integer({ min: 1, max: MAX_QUANTITY }),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const totals = cartTotals(lines);
        expect(Number.isSafeInteger(totals.totalCents)).toBe(true);
        expect(totals.totalCents).toBe(lines.reduce((sum, l) => sum + l.unitPriceCents * l.quantity, 0));
        expect(totals.itemCount).toBe(lines.reduce((sum, l) => sum + l.quantity, 0));
      }),
    );
  });
});
