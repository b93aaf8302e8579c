import { describe, expect, it } from "vitest";
import { financingGaps } from "./contract";

describe("financing gaps", () => {
  it("says what a 29.90 € cart lacks for each French solution, fewest instalments first", () => {
    expect(financingGaps(2990, "FR").map((g) => [g.installments, g.minCents, g.missingCents])).toEqual([
      [3, 5000, 2010],
      [4, 10000, 7010],
      [null, 20000, 17010],
    ]);
  });

  it("is empty within every range, and only speaks of the billing country's solutions", () => {
    expect(financingGaps(24900, "FR")).toEqual([]);
    expect(financingGaps(24900, "DE")).toEqual([]);
    expect(financingGaps(7990, "DE")).toMatchObject([{ kind: "credit", missingCents: 12010 }]);
  });

  it("tells an amount above a maximum apart from one below a minimum", () => {
    expect(financingGaps(450000, "FR")).toMatchObject([
      { installments: 3, tooHigh: true, missingCents: 0, maxCents: 300000 },
      { installments: 4, tooHigh: true },
    ]);
    expect(financingGaps(5000, "FR").map((g) => g.installments)).toEqual([4, null]);
  });
});
