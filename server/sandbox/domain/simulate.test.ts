import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SimulationResponse } from "@/server/contract";
import { contractErrors } from "./contract-schema.test-support";
import { simulate, simulateSolution, simulationToApi, type SimulationCents } from "./simulate";
import { SOLUTIONS, SOLUTION_CODES, getSolution, offeredDurations } from "./solutions";

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const amounts = (s: (typeof SOLUTIONS)[number]) => [
  s.minAmountCents,
  s.minAmountCents + 1,
  10001,
  33333,
  99999,
  123457,
  299999,
  300000,
  300001,
  s.maxAmountCents - 1,
  s.maxAmountCents,
].filter((a) => a >= s.minAmountCents && a <= s.maxAmountCents);

function checkIdentities(amountCents: number, sim: SimulationCents): void {
  expect(sim.installments.map((i) => i.number)).toEqual(sim.installments.map((_, i) => i + 1));
  expect(sim.installments).toHaveLength(sim.duration);
  expect(sim.installments.every((i) => Number.isSafeInteger(i.amountCents) && i.amountCents > 0)).toBe(true);
  expect(sum(sim.installments.map((i) => i.amountCents))).toBe(sim.dueTotalCents);
  expect(sim.dueTotalCents).toBe(amountCents + sim.totalCostCents);
  expect(sim.totalCostCents).toBe(sim.feesCents + sim.interestCents);
  if (sim.totalCostCents === 0) expect(sim.effectiveAnnualPercentageRate).toBe(0);
  else expect(sim.effectiveAnnualPercentageRate).toBeGreaterThan(0);
  expect(sim.effectiveAnnualPercentageRate).toBeGreaterThanOrEqual(sim.nominalPercentageRate);
}

describe("simulateSolution: identities for every code", () => {
  for (const solution of SOLUTIONS) {
    it(`${solution.code}`, () => {
      for (const amount of amounts(solution)) {
        const sims = simulateSolution(solution, amount);
        expect(sims.map((s) => s.duration)).toEqual(offeredDurations(solution, amount));
        for (const sim of sims) {
          checkIdentities(amount, sim);
          if (solution.subsidy === "TS") {
            expect(sim.totalCostCents).toBe(0);
            expect(sim.nominalPercentageRate).toBe(0);
          } else {
            expect(sim.totalCostCents).toBeGreaterThan(0);
          }
          if (solution.kind === "split") {
            expect(sim.interestCents).toBe(0);
            expect(sim.nominalPercentageRate).toBe(0);
          } else {
            expect(sim.feesCents).toBe(0);
          }
        }
      }
    });
  }

  it("holds for random amounts of every code", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SOLUTIONS), fc.integer({ min: 0, max: 1_000_000 }), (solution, raw) => {
        const amount = solution.minAmountCents + (raw % (solution.maxAmountCents - solution.minAmountCents + 1));
        for (const sim of simulateSolution(solution, amount)) checkIdentities(amount, sim);
      }),
      { numRuns: 300 },
    );
  });

  it("offers nothing outside the amount range", () => {
    for (const s of SOLUTIONS) {
      expect(simulateSolution(s, s.minAmountCents - 1)).toEqual([]);
      expect(simulateSolution(s, s.maxAmountCents + 1)).toEqual([]);
    }
  });
});

describe("hand-computed values", () => {
  it("100.00 € in 3x without fees: 33.34 / 33.33 / 33.33", () => {
    const [sim] = simulateSolution(getSolution("SCFRSP-3XTS"), 10000);
    expect(sim!.installments.map((i) => i.amountCents)).toEqual([3334, 3333, 3333]);
    expect(sim!.dueTotalCents).toBe(10000);
    expect(sim!.effectiveAnnualPercentageRate).toBe(0);
  });

  it("1,000 € in 4x without fees: 250 × 4", () => {
    const [sim] = simulateSolution(getSolution("SCFRSP-4XTS"), 100000);
    expect(sim!.installments.map((i) => i.amountCents)).toEqual([25000, 25000, 25000, 25000]);
  });

  it("1,000 € in 3x with fees: 1.45 % = 14.50 € on the first installment", () => {
    const [sim] = simulateSolution(getSolution("SCFRSP-3XPS"), 100000);
    expect(sim!.feesCents).toBe(1450);
    expect(sim!.installments.map((i) => i.amountCents)).toEqual([34784, 33333, 33333]);
    expect(sim!.dueTotalCents).toBe(101450);
    // 652.16 € owed after the first payment, repaid as 333.33 € at 1 and 2 months.
    expect(sim!.effectiveAnnualPercentageRate).toBe(19.26);
  });

  it("caps the split-payment fee (3,000 € in 3x: 15.00 €, 4x: 25.00 €)", () => {
    expect(simulateSolution(getSolution("SCFRSP-3XPS"), 300000)[0]!.feesCents).toBe(1500);
    expect(simulateSolution(getSolution("SCFRSP-4XPS"), 300000)[0]!.feesCents).toBe(2500);
  });

  it("1,000 € over 12 months at 9.90 % (SCFRLT-TXNO)", () => {
    // r = 0.825 %/month: 1000 × r / (1 − (1 + r)^−12) = 87.8694… → 87.87 €
    const sim = simulateSolution(getSolution("SCFRLT-TXNO"), 100000).find((s) => s.duration === 12)!;
    expect(sim.nominalPercentageRate).toBe(9.9);
    expect(sim.installments[0]!.amountCents).toBe(8787);
    expect(sim.effectiveAnnualPercentageRate).toBe(10.36); // (1.00825)^12 − 1 = 10.36 %
  });

  it("1,000 € over 24 months at 7.90 % (SCDELT-DXCO)", () => {
    const sim = simulateSolution(getSolution("SCDELT-DXCO"), 100000).find((s) => s.duration === 24)!;
    expect(sim.nominalPercentageRate).toBe(7.9);
    expect(sim.installments[0]!.amountCents).toBe(4518); // 45.1817…
    expect(sim.effectiveAnnualPercentageRate).toBe(8.19); // (1 + 0.079/12)^12 − 1 = 8.19 %
  });

  it("1,200 € at 0 % over 10 months: 120 € each, nothing more", () => {
    const sim = simulateSolution(getSolution("SCFRLT-TXTS"), 120000).find((s) => s.duration === 10)!;
    expect(sim.installments.every((i) => i.amountCents === 12000)).toBe(true);
    expect(sim.totalCostCents).toBe(0);
  });

  it("uses the cheaper rates above 3,000 € for SCFRLT-TXNO", () => {
    const at = (amount: number) => simulateSolution(getSolution("SCFRLT-TXNO"), amount).find((s) => s.duration === 60)!;
    expect(at(300000).nominalPercentageRate).toBe(18.9);
    expect(at(300001).nominalPercentageRate).toBe(13.9);
  });
});

describe("simulate", () => {
  it("simulates the eligible candidates only, in catalogue order", () => {
    const result = simulate(100000, "FR", ["SCFRLT-TXNO", "SCDELT-DXTS", "SCFRSP-3XTS", "UNKNOWN"]);
    expect(result.financedAmountCents).toBe(100000);
    expect(result.buyerBillingCountry).toBe("FR");
    expect(result.solutionSimulations.map((s) => s.solutionCode)).toEqual(["SCFRSP-3XTS", "SCFRLT-TXNO"]);
    expect(result.solutionSimulations[1]!.simulations.map((s) => s.duration)).toEqual([4, 6, 10, 12, 18, 24, 36, 48, 60]);
  });

  it("answers an empty list when nothing is eligible", () => {
    expect(simulate(1000, "FR", SOLUTION_CODES).solutionSimulations).toEqual([]);
    expect(simulate(100000, "DE", ["SCFRSP-3XTS"]).solutionSimulations).toEqual([]);
  });
});

describe("simulationToApi", () => {
  it("maps to decimal euros", () => {
    const body = simulationToApi(simulate(10000, "FR", ["SCFRSP-3XPS"]));
    expect(body).toEqual({
      financedAmount: 100,
      buyerBillingCountry: "FR",
      solutionSimulations: [
        {
          solutionCode: "SCFRSP-3XPS",
          simulations: [
            {
              duration: 3,
              effectiveAnnualPercentageRate: expect.any(Number),
              nominalPercentageRate: 0,
              totalCost: 1.45,
              dueTotalAmount: 101.45,
              feesAmount: 1.45,
              installments: [
                { number: 1, amount: 34.79 },
                { number: 2, amount: 33.33 },
                { number: 3, amount: 33.33 },
              ],
            },
          ],
        },
      ],
    });
  });

  it("produces bodies that match the contract's SolutionSimulationResponse exactly", () => {
    for (const [country, amount] of [["FR", 10000], ["FR", 250000], ["FR", 450000], ["DE", 99999], ["FR", 100]] as const) {
      const body: SimulationResponse = simulationToApi(simulate(amount, country, SOLUTION_CODES));
      expect(contractErrors("SolutionSimulationResponse", body)).toEqual([]);
    }
  });

  it("is caught by the contract check when a field is wrong", () => {
    const body = simulationToApi(simulate(10000, "FR", SOLUTION_CODES)) as unknown as { solutionSimulations: { simulations: Record<string, unknown>[] }[] };
    body.solutionSimulations[0]!.simulations[0]!.dueTotal = 1;
    expect(contractErrors("SolutionSimulationResponse", body)).not.toEqual([]);
  });
});
