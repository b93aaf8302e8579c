import { describe, expect, it } from "vitest";
import type { SimulationResponse } from "@/server/contract/types";
import { simulationRequest, solutionSimulations } from "./simulation";

const split = (n: number, amount: number) => ({
  duration: n,
  effectiveAnnualPercentageRate: 0,
  nominalPercentageRate: 0,
  totalCost: 0,
  dueTotalAmount: amount,
  feesAmount: 0,
  installments: Array.from({ length: n }, (_, i) => ({ number: i + 1, amount: i === 0 ? 33.34 : 33.33 })),
});

const answer: SimulationResponse = {
  financedAmount: 100,
  buyerBillingCountry: "FR",
  solutionSimulations: [
    { solutionCode: "SCFRSP-3XTS", simulations: [split(3, 100)] },
    { solutionCode: "SCFRLT-TXNO", simulations: [{ ...split(12, 105.2), effectiveAnnualPercentageRate: 9.9, nominalPercentageRate: 9.47, totalCost: 5.2, feesAmount: 1.5 }] },
  ],
};

describe("the simulation answer", () => {
  it("reads each solution's simulations in cents", () => {
    const [three, credit] = solutionSimulations(answer);
    expect(three!.solutionCode).toBe("SCFRSP-3XTS");
    expect(three!.simulations[0]!.installments.map((i) => i.amountCents)).toEqual([3334, 3333, 3333]);
    expect(credit!.simulations[0]).toMatchObject({ duration: 12, aprPercent: 9.9, nominalPercent: 9.47, totalCostCents: 520, dueTotalCents: 10520, feesCents: 150 });
  });

  it("asks the bank in euros", () => {
    expect(simulationRequest({ financedCents: 249990, buyerBillingCountry: "FR" })).toEqual({ financedAmount: 2499.9, buyerBillingCountry: "FR" });
  });
});
