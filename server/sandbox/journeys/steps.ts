/**
 * The screens of each journey, in order. The buyer stays INITIALIZED until
 * the last screen is submitted (so that "cancel and return to the merchant"
 * aborts at any point and an untouched journey expires); the last screen's
 * outcome is the producer's decision.
 *
 * - Split payment FR (Franfinance): identity, then card payment.
 * - Long credit FR (Franfinance): application (duration, IBAN, income,
 *   identity document), then the e-signature of the contract.
 * - Long credit DE (Hanseatic Bank), as the bank runs it: the application
 *   (duration, IBAN, income) gets the producer's answer at once, PRE_ACCEPTED
 *   or REJECTED, and the buyer goes back to the merchant with it; once
 *   pre-approved, the partner's identification (KYC PIN) with the signature
 *   follows, through the same journey URL, now or later.
 */
import type { SubStatus } from "../domain/lifecycle";
import type { Solution } from "../domain/solutions";

export type JourneyKind = "split-fr" | "credit-fr" | "credit-de";
export type StepName = "identity" | "card" | "application" | "signature" | "kyc";

export const STEPS: Readonly<Record<JourneyKind, readonly StepName[]>> = {
  "split-fr": ["identity", "card"],
  "credit-fr": ["application", "signature"],
  "credit-de": ["application", "kyc"],
};

export function journeyKind(solution: Solution): JourneyKind {
  if (solution.kind === "split") return "split-fr";
  return solution.market === "DE" ? "credit-de" : "credit-fr";
}

/** The sub-status a step is taken in: before the producer's first answer, but the German KYC after the pre-approval. */
export function stepOpensIn(step: StepName): SubStatus {
  return step === "kyc" ? "PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE" : "SUBSCRIPTION_IN_PROGRESS";
}

export function isStepName(value: string): value is StepName {
  return ["identity", "card", "application", "signature", "kyc"].includes(value);
}

/** The step after `step`, or "done" after the last. */
export function nextStep(kind: JourneyKind, step: StepName): StepName | "done" {
  const steps = STEPS[kind];
  return steps[steps.indexOf(step) + 1] ?? "done";
}
