import type { SimulationResponse } from "@/server/contract";
import { toEuros } from "@/server/lib/money";
import { eligibleSolutions } from "./eligibility";
import {
  amortise,
  annualPercentageRateOfCharge,
  monthlyCashFlows,
  percentageOfCents,
  splitEvenly,
  toPercent2,
} from "./finance-math";
import {
  nominalRateBp,
  offeredDurations,
  type LongCreditSolution,
  type Market,
  type Solution,
  type SolutionCode,
  type SplitPaymentSolution,
} from "./solutions";

/** One offer (a solution at one duration), all amounts in cents. */
export interface SimulationCents {
  /** Number of installments (months for a long credit). */
  readonly duration: number;
  /** The APRC in percent, two decimals (EU method, Directive 2008/48/EC Annex I). */
  readonly effectiveAnnualPercentageRate: number;
  /** The fixed nominal annual rate in percent. */
  readonly nominalPercentageRate: number;
  readonly feesCents: number;
  readonly interestCents: number;
  /** feesCents + interestCents. */
  readonly totalCostCents: number;
  /** Financed amount + totalCostCents = the sum of the installments. */
  readonly dueTotalCents: number;
  readonly installments: readonly { readonly number: number; readonly amountCents: number }[];
}

export interface SolutionSimulationCents {
  readonly solutionCode: SolutionCode;
  readonly simulations: readonly SimulationCents[];
}

export interface SimulationResult {
  readonly financedAmountCents: number;
  readonly buyerBillingCountry: Market;
  readonly solutionSimulations: readonly SolutionSimulationCents[];
}

/**
 * Split payment: the first installment is taken by card at the order, the
 * others a month apart. The amount is split in equal parts (the rounding
 * cents on the first), and a partial-subsidy fee is added to the first.
 */
function simulateSplit(solution: SplitPaymentSolution, amountCents: number): SimulationCents {
  const feesCents = solution.buyerFee ? percentageOfCents(amountCents, solution.buyerFee.basisPoints, solution.buyerFee.capCents) : 0;
  const parts = splitEvenly(amountCents, solution.installments);
  parts[0]! += feesCents;
  return offer(amountCents, parts, { firstPaymentMonth: 0, nominalRateBp: 0, feesCents, interestCents: 0 });
}

/** Long credit: an amortised loan, first installment one month after the funds are released. */
function simulateLongCredit(solution: LongCreditSolution, amountCents: number, months: number): SimulationCents {
  const rateBp = nominalRateBp(solution, amountCents, months);
  const loan = amortise(amountCents, rateBp, months);
  return offer(amountCents, loan.installments, {
    firstPaymentMonth: 1,
    nominalRateBp: rateBp,
    feesCents: 0,
    interestCents: loan.interestCents,
  });
}

function offer(
  amountCents: number,
  installments: readonly number[],
  terms: { firstPaymentMonth: number; nominalRateBp: number; feesCents: number; interestCents: number },
): SimulationCents {
  const totalCostCents = terms.feesCents + terms.interestCents;
  const dueTotalCents = amountCents + totalCostCents;
  const paid = installments.reduce((a, b) => a + b, 0);
  if (paid !== dueTotalCents) throw new Error(`installments sum to ${paid}, expected ${dueTotalCents}`); // a bug, never a user error
  const apr = annualPercentageRateOfCharge(amountCents, monthlyCashFlows(installments, terms.firstPaymentMonth));
  return {
    duration: installments.length,
    effectiveAnnualPercentageRate: toPercent2(apr),
    nominalPercentageRate: terms.nominalRateBp / 100,
    feesCents: terms.feesCents,
    interestCents: terms.interestCents,
    totalCostCents,
    dueTotalCents,
    installments: installments.map((amount, i) => ({ number: i + 1, amountCents: amount })),
  };
}

/**
 * Every offer of one solution for this amount, one per offered duration
 * (ascending); empty when the amount is outside the solution's range.
 */
export function simulateSolution(solution: Solution, amountCents: number): SimulationCents[] {
  return offeredDurations(solution, amountCents).map((months) =>
    solution.kind === "split" ? simulateSplit(solution, amountCents) : simulateLongCredit(solution, amountCents, months),
  );
}

/**
 * POST /_simulate-solutions. `codes` are the candidate codes: the merchant's
 * contracted codes, narrowed to the request's `solutionCodes` when it has
 * some. Codes that are not eligible for this country and amount are left
 * out, as the bank does (an empty list when none is).
 */
export function simulate(amountCents: number, country: Market, codes: Iterable<string>): SimulationResult {
  return {
    financedAmountCents: amountCents,
    buyerBillingCountry: country,
    solutionSimulations: eligibleSolutions(codes, country, amountCents).map((solution) => ({
      solutionCode: solution.code,
      simulations: simulateSolution(solution, amountCents),
    })),
  };
}

/** The API's SolutionSimulationResponse: the same figures in decimal euros. */
export function simulationToApi(result: SimulationResult): SimulationResponse {
  return {
    financedAmount: toEuros(result.financedAmountCents),
    buyerBillingCountry: result.buyerBillingCountry,
    solutionSimulations: result.solutionSimulations.map((item) => ({
      solutionCode: item.solutionCode,
      simulations: item.simulations.map((s) => ({
        duration: s.duration,
        effectiveAnnualPercentageRate: s.effectiveAnnualPercentageRate,
        nominalPercentageRate: s.nominalPercentageRate,
        totalCost: toEuros(s.totalCostCents),
        dueTotalAmount: toEuros(s.dueTotalCents),
        feesAmount: toEuros(s.feesCents),
        installments: s.installments.map((i) => ({ number: i.number, amount: toEuros(i.amountCents) })),
      })),
    })),
  };
}
