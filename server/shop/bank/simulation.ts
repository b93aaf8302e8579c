/**
 * The simulation answer reshaped into the shop's own type: each solution's
 * simulations, amounts in cents.
 */
import type { Simulation as BankSimulation, SimulationRequest, SimulationResponse } from "@/server/contract/types";
import { toCents, toEuros } from "@/server/lib/money";
import type { FinancingQuery } from "./eligibility";

export interface Simulation {
  /** Number of instalments (split) or months (credit). */
  duration: number;
  /** Percentages as the bank sends them: 3.9 means 3.9 %. */
  aprPercent: number;
  nominalPercent: number;
  totalCostCents: number;
  dueTotalCents: number;
  feesCents: number;
  installments: { number: number; amountCents: number }[];
}

export interface SolutionSimulations {
  solutionCode: string;
  simulations: Simulation[];
}

/** The body of POST /_simulate-solutions. */
export function simulationRequest(query: FinancingQuery): SimulationRequest {
  return { financedAmount: toEuros(query.financedCents), buyerBillingCountry: query.buyerBillingCountry };
}

function simulationOf(s: BankSimulation): Simulation {
  return {
    duration: s.duration,
    aprPercent: s.effectiveAnnualPercentageRate,
    nominalPercent: s.nominalPercentageRate,
    totalCostCents: toCents(s.totalCost),
    dueTotalCents: toCents(s.dueTotalAmount),
    feesCents: toCents(s.feesAmount),
    installments: s.installments.map((i) => ({ number: i.number, amountCents: toCents(i.amount) })),
  };
}

export function solutionSimulations(answer: SimulationResponse): SolutionSimulations[] {
  return answer.solutionSimulations.map((s) => ({ solutionCode: s.solutionCode, simulations: s.simulations.map(simulationOf) }));
}
