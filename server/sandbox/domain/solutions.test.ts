import { describe, expect, it } from "vitest";
import {
  SOLUTIONS,
  SOLUTION_CODES,
  answersCancellationAsynchronously,
  findSolution,
  getSolution,
  implementationCode,
  isSolutionCode,
  nominalRateBp,
  offeredDurations,
  type LongCreditSolution,
} from "./solutions";

// The bank's table of solution codes (docs/SANDBOX.md): market, kind, installments or duration range, who pays.
const BANK_TABLE = {
  "SCFRSP-3XTS": { market: "FR", kind: "split", n: 3, feePayer: "merchant" },
  "SCFRSP-3XPS": { market: "FR", kind: "split", n: 3, feePayer: "shared" },
  "SCFRSP-4XTS": { market: "FR", kind: "split", n: 4, feePayer: "merchant" },
  "SCFRSP-4XPS": { market: "FR", kind: "split", n: 4, feePayer: "shared" },
  "SCFRLT-TXNO": { market: "FR", kind: "long", range: [4, 60], feePayer: "buyer" },
  "SCFRLT-TXPS": { market: "FR", kind: "long", range: [4, 60], feePayer: "shared" },
  "SCFRLT-TXTS": { market: "FR", kind: "long", range: [4, 60], feePayer: "merchant" },
  "SCDELT-DXTS": { market: "DE", kind: "long", range: [6, 48], feePayer: "merchant" },
  "SCDELT-DXCO": { market: "DE", kind: "long", range: [6, 48], feePayer: "buyer" },
} as const;

const longCredits = SOLUTIONS.filter((s): s is LongCreditSolution => s.kind === "long");

describe("the solution catalogue", () => {
  it("has exactly the nine codes of the bank's table, each matching its row", () => {
    expect(SOLUTIONS.map((s) => s.code)).toEqual([...SOLUTION_CODES]);
    expect(Object.keys(BANK_TABLE).sort()).toEqual([...SOLUTION_CODES].sort());
    for (const s of SOLUTIONS) {
      const row = BANK_TABLE[s.code];
      expect(s.code).toMatch(/^\w{6}-\w{4}$|^\w{6}$/);
      expect(s.familyCode).toBe("SC");
      expect(s.market).toBe(row.market);
      expect(s.kind).toBe(row.kind);
      expect(s.feePayer).toBe(row.feePayer);
      expect(s.producer).toBe(s.market === "FR" ? "FRANFINANCE" : "HANSEATIC BANK");
      expect(s.subsidy).toBe(s.code.slice(-2));
      if (s.kind === "split" && "n" in row) expect(s.installments).toBe(row.n);
      if (s.kind === "long" && "range" in row) {
        expect(s.durations[0]).toBe(row.range[0]);
        expect(s.durations.at(-1)).toBe(row.range[1]);
        expect([...s.durations].sort((a, b) => a - b)).toEqual(s.durations);
      }
    }
  });

  it("has sane amount ranges", () => {
    for (const s of SOLUTIONS) {
      expect(Number.isSafeInteger(s.minAmountCents)).toBe(true);
      expect(s.minAmountCents).toBeGreaterThan(0);
      expect(s.maxAmountCents).toBeGreaterThan(s.minAmountCents);
    }
    // The FR long-credit journey treats ≥ 3,000 € as manual review: it must be reachable.
    expect(getSolution("SCFRLT-TXNO").maxAmountCents).toBeGreaterThan(300000);
  });

  it("charges fees only on partial-subsidy split payments", () => {
    for (const s of SOLUTIONS) {
      if (s.kind === "split") expect(s.buyerFee !== null).toBe(s.subsidy === "PS");
    }
  });

  it("prices every offered duration of every amount band, free only when the merchant pays", () => {
    for (const s of longCredits) {
      for (const band of s.pricing) {
        for (const months of s.durations) {
          const rate = nominalRateBp(s, band.upToAmountCents, months);
          if (s.subsidy === "TS") expect(rate).toBe(0);
          else expect(rate).toBeGreaterThan(0);
        }
      }
      expect(s.pricing.at(-1)!.upToAmountCents).toBeGreaterThanOrEqual(s.maxAmountCents);
    }
  });

  it("makes the shared-cost credit cheaper than the buyer-pays one", () => {
    const no = getSolution("SCFRLT-TXNO") as LongCreditSolution;
    const ps = getSolution("SCFRLT-TXPS") as LongCreditSolution;
    for (const amount of [50000, 500000]) {
      for (const months of no.durations) expect(nominalRateBp(ps, amount, months)).toBeLessThan(nominalRateBp(no, amount, months));
    }
  });

  it("refuses a rate for a duration that is not sold", () => {
    expect(() => nominalRateBp(getSolution("SCDELT-DXCO") as LongCreditSolution, 100000, 60)).toThrow(RangeError);
    expect(() => nominalRateBp(getSolution("SCFRLT-TXNO") as LongCreditSolution, 100000, 7)).toThrow(RangeError);
  });

  it("is frozen", () => {
    expect(() => {
      (SOLUTIONS[0] as { minAmountCents: number }).minAmountCents = 1;
    }).toThrow(TypeError);
  });
});

describe("lookups", () => {
  it("finds codes and refuses unknown ones", () => {
    expect(isSolutionCode("SCFRSP-3XTS")).toBe(true);
    expect(isSolutionCode("SCFRSP-5XTS")).toBe(false);
    expect(findSolution("SCDELT-DXCO")?.market).toBe("DE");
    expect(findSolution("nope")).toBeUndefined();
  });
});

describe("offeredDurations", () => {
  it("offers the split count inside the range and nothing outside", () => {
    const s = getSolution("SCFRSP-3XTS");
    expect(offeredDurations(s, s.minAmountCents)).toEqual([3]);
    expect(offeredDurations(s, s.minAmountCents - 1)).toEqual([]);
    expect(offeredDurations(s, s.maxAmountCents + 1)).toEqual([]);
  });

  it("keeps only durations with at least 15 € of principal a month", () => {
    const fr = getSolution("SCFRLT-TXNO");
    expect(offeredDurations(fr, 20000)).toEqual([4, 6, 10, 12]);
    expect(offeredDurations(fr, 89999)).not.toContain(60);
    expect(offeredDurations(fr, 90000)).toContain(60);
    expect(offeredDurations(fr, 300000)).toEqual([4, 6, 10, 12, 18, 24, 36, 48, 60]);
    const de = getSolution("SCDELT-DXTS");
    expect(offeredDurations(de, 20000)).toEqual([6, 12]);
    expect(offeredDurations(de, 500000)).toEqual([6, 12, 18, 24, 36, 48]);
  });

  it("offers at least one duration at every solution's minimum amount", () => {
    for (const s of SOLUTIONS) expect(offeredDurations(s, s.minAmountCents).length).toBeGreaterThan(0);
  });
});

describe("implementationCode and producers", () => {
  it("names the installment count", () => {
    expect(implementationCode(getSolution("SCFRSP-3XTS"))).toBe("3X");
    expect(implementationCode(getSolution("SCFRSP-4XPS"))).toBe("4X");
    expect(implementationCode(getSolution("SCFRLT-TXNO"), 24)).toBe("24X");
    expect(implementationCode(getSolution("SCFRLT-TXNO"))).toBeUndefined();
    expect(implementationCode(getSolution("SCDELT-DXTS"), 60)).toBeUndefined();
  });

  it("knows that Hanseatic answers cancellations asynchronously", () => {
    expect(answersCancellationAsynchronously(getSolution("SCDELT-DXCO"))).toBe(true);
    expect(answersCancellationAsynchronously(getSolution("SCFRLT-TXNO"))).toBe(false);
  });
});
