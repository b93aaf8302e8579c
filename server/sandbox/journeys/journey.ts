import "server-only";
import { timingSafeEqual } from "node:crypto";
import { now as clockNow } from "../clock/clock";
import { addDuration, parseDuration } from "../clock/duration";
import { communicationKit } from "../domain/communication-kit";
import type { Action } from "../domain/lifecycle";
import { simulateSolution, type SimulationCents } from "../domain/simulate";
import { getSolution, offeredDurations, type Solution } from "../domain/solutions";
import { getMerchant } from "../store/merchants";
import type { Subscription } from "../store/subscription-record";
import { getSubscription } from "../store/subscription-reads";
import { applyAction, chooseDuration } from "../store/subscription-writes";
import { parseApplication, parseCard, parseIdentity, parseKyc, parseSignature, type FieldErrors } from "./forms";
import { completeStep, DONE, progressOf, setNotice, takeNotice, type JourneyNotice } from "./progress";
import { isStepName, journeyKind, nextStep, stepOpensIn, STEPS, type JourneyKind, type StepName } from "./steps";
import type { JourneyLanguage } from "./texts";

/**
 * The buyer's journey at the bank, behind the journey URL handed to the
 * merchant (`/sandbox/journey/{id}?t={journeyToken}`). The token is checked
 * on every page view and every form post; the server alone knows which step
 * comes next, so a step can be neither skipped nor posted twice.
 */
export interface Journey {
  readonly subscription: Subscription;
  readonly solution: Solution;
  readonly kind: JourneyKind;
  readonly language: JourneyLanguage;
  readonly merchantName: string;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The journey if the token opens it; undefined for an unknown id or a wrong token (told apart to no one). */
export function openJourney(subscriptionId: string, token: string | null | undefined): Journey | undefined {
  if (!token || !/^[0-9a-f-]{36}$/i.test(subscriptionId)) return undefined;
  const subscription = getSubscription(subscriptionId);
  if (!subscription || !sameSecret(token, subscription.journeyToken)) return undefined;
  const solution = getSolution(subscription.solutionCode);
  return {
    subscription,
    solution,
    kind: journeyKind(solution),
    language: solution.market === "DE" ? "de" : "fr",
    merchantName: getMerchant(subscription.merchantId)?.name ?? "",
  };
}

/** Where the buyer goes at the end: the merchant's confirmation page, or back to the journey's closing page. */
export function returnUrl(journey: Journey): string | undefined {
  return journey.subscription.request.merchantUrls?.confirmation;
}

export function journeyPath(journey: Journey): string {
  return `/sandbox/journey/${journey.subscription.id}?t=${encodeURIComponent(journey.subscription.journeyToken)}`;
}

export interface ScheduledInstallment {
  readonly number: number;
  readonly amountCents: number;
  /** Virtual date the installment is taken (the first one today, for split payment). */
  readonly dueAt: number;
}

export interface JourneyView extends Journey {
  /** null once the journey is over (the last step done, or the subscription no longer where the step is taken). */
  readonly step: StepName | null;
  readonly stepIndex: number;
  readonly steps: readonly StepName[];
  readonly now: number;
  readonly notice: JourneyNotice | null;
  readonly answers: Readonly<Record<string, unknown>>;
  /** The solution's offers for the amount: one for split payment, one per duration for a credit. */
  readonly offers: readonly SimulationCents[];
  readonly kitTitle: string;
  readonly kitLogo: string;
  readonly returnUrl: string | undefined;
  /** The order as the buyer knows it from the merchant's pages. */
  readonly orderReference: string;
}

/** Split payment: the first installment today, then one a month. */
export function schedule(offer: SimulationCents, from: number): ScheduledInstallment[] {
  return offer.installments.map((i) => ({
    number: i.number,
    amountCents: i.amountCents,
    dueAt: addDuration(from, parseDuration(`P${i.number - 1}M`)),
  }));
}

/**
 * The merchant's order number, the one its shopper reads: the basket items'
 * order id when they all share one (a merchant's short number), else the
 * merchantGlobalOrderId (often a long technical id).
 */
export function orderReferenceOf(subscription: Pick<Subscription, "request" | "merchantGlobalOrderId">): string {
  const ids = new Set((subscription.request.basketDetails?.basketItems ?? []).map((item) => item.orderId?.trim()));
  const [only] = ids;
  return ids.size === 1 && only ? only : subscription.merchantGlobalOrderId;
}

/** Everything a page view shows; takes the one-time notice. */
export function journeyView(journey: Journey): JourneyView {
  const steps = STEPS[journey.kind];
  const now = clockNow(journey.subscription.merchantId);
  const progress = progressOf(journey.subscription.id, steps[0]!, now);
  const step = openStep(journey, progress.step);
  const kit = communicationKit(journey.solution);
  return {
    ...journey,
    step,
    stepIndex: step ? steps.indexOf(step) : steps.length,
    steps,
    now,
    notice: step ? takeNotice(journey.subscription.id) : null,
    answers: progress.answers,
    offers: simulateSolution(journey.solution, journey.subscription.initialAmountCents),
    kitTitle: kit.visualTitle,
    kitLogo: kit.visualLogo,
    returnUrl: returnUrl(journey),
    orderReference: orderReferenceOf(journey.subscription),
  };
}

/** The buyer's current step, if it can be taken in the subscription's present state (a console move may have overtaken it). */
function openStep(journey: Journey, step: string): StepName | null {
  return isStepName(step) && journey.subscription.subStatus === stepOpensIn(step) ? step : null;
}

/** The end of a journey: to the merchant, whatever the outcome. */
function finish(journey: Journey): string {
  return returnUrl(journey) ?? journeyPath(journey);
}

function invalid(journey: Journey, step: StepName, errors: FieldErrors, values?: Record<string, string>): string {
  setNotice(journey.subscription.id, { step, code: "invalid-form", errors, ...(values ? { values } : {}) });
  return journeyPath(journey);
}

/** Producer decisions run in order; the first refusal stops (the status moved meanwhile, e.g. forced in the console). */
function decide(journey: Journey, actions: readonly Action[]): void {
  for (const action of actions) {
    const result = applyAction(journey.subscription.id, action, { source: "journey" });
    if (!result.ok) return;
  }
}

const SIGNED: readonly Action[] = [{ type: "producerPreApprove" }, { type: "customerSigned" }];

/**
 * Hanseatic's answer to the application: pre-approved, unless the net
 * monthly income does not cover the installment of the chosen duration (the
 * sandbox's own rule, so that a tester can reach REJECTED at this step).
 */
function germanDecision(journey: Journey, durationMonths: number, monthlyIncomeCents: number): Action {
  const offer = simulateSolution(journey.solution, journey.subscription.initialAmountCents).find((o) => o.duration === durationMonths);
  const installmentCents = offer?.installments[0]?.amountCents ?? 0;
  return monthlyIncomeCents < installmentCents ? { type: "producerReject" } : { type: "producerPreApprove" };
}

/** What the buyer typed or ticked, to show again with the errors (a box left unticked comes back as ""). */
function typed(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, String(form.get(n) ?? "").slice(0, 200)]));
}

/**
 * Handles one posted screen; returns where the browser goes next (the same
 * journey page, showing the next step or the errors, or the merchant).
 */
export function submitStep(journey: Journey, postedStep: string, form: FormData): string {
  const id = journey.subscription.id;
  const now = clockNow(journey.subscription.merchantId);
  const progress = progressOf(id, STEPS[journey.kind][0]!, now);
  if (!openStep(journey, progress.step)) return journeyPath(journey);
  if (!isStepName(postedStep) || postedStep !== progress.step) {
    setNotice(id, { step: progress.step, code: "wrong-step" });
    return journeyPath(journey);
  }
  const step = postedStep;
  const advance = (answers: Record<string, unknown>): boolean => completeStep(id, step, nextStep(journey.kind, step), answers, now);
  const market = journey.solution.market;

  switch (step) {
    case "identity": {
      const parsed = parseIdentity(form, now, market);
      if (!parsed.ok) return invalid(journey, step, parsed.errors, typed(form, ["commonTitle", "firstName", "lastName", "email", "mobilePhoneNumber", "birthDate", "confirm"]));
      advance({ ...parsed.value });
      return journeyPath(journey);
    }
    case "card": {
      // Card fields are never written back: the buyer types them again.
      const parsed = parseCard(form, now);
      if (!parsed.ok) return invalid(journey, step, parsed.errors);
      if (parsed.value.verdict === "unknown") {
        setNotice(id, { step, code: "not-a-test-card" });
        return journeyPath(journey);
      }
      if (!advance({ last4: parsed.value.last4, verdict: parsed.value.verdict })) return journeyPath(journey);
      decide(journey, [parsed.value.verdict === "accepted" ? { type: "customerPaidByCard" } : { type: "producerReject" }]);
      return finish(journey);
    }
    case "application": {
      const parsed = parseApplication(form, offeredDurations(journey.solution, journey.subscription.initialAmountCents), market);
      if (!parsed.ok) return invalid(journey, step, parsed.errors, typed(form, ["durationMonths", "iban", "monthlyIncome", "simulatedDocument"]));
      if (!chooseDuration(id, parsed.value.durationMonths)) return invalid(journey, step, { durationMonths: "required" });
      if (!advance({ ...parsed.value })) return journeyPath(journey);
      if (journey.kind !== "credit-de") return journeyPath(journey);
      const decision = germanDecision(journey, parsed.value.durationMonths, parsed.value.monthlyIncomeCents);
      decide(journey, [decision]);
      if (decision.type === "producerReject") return finish(journey);
      // The bank's page before the return: the pre-approval, the way back to the merchant, and the KYC to go on with.
      setNotice(id, { step: "kyc", code: "pre-approved" });
      return journeyPath(journey);
    }
    case "signature": {
      const parsed = parseSignature(form);
      if (!parsed.ok) return invalid(journey, step, parsed.errors);
      if (!advance({ signedAt: now })) return journeyPath(journey);
      decide(journey, SIGNED);
      return finish(journey);
    }
    case "kyc": {
      const parsed = parseKyc(form);
      // The PIN is typed again, like a card number; the consent box stays as the buyer left it.
      if (!parsed.ok) return invalid(journey, step, parsed.errors, typed(form, ["acceptContract"]));
      if (!advance({ outcome: parsed.value.outcome, signedAt: now })) return journeyPath(journey);
      decide(journey, [parsed.value.outcome === "verified" ? { type: "customerSigned" } : { type: "producerReject" }]);
      return finish(journey);
    }
  }
}

/**
 * "Cancel and return to the merchant": ABORTED / ABORTED_BY_CUSTOMER while
 * the application is open. Once pre-approved (the German KYC) the buyer just
 * goes back: the identification stays open at the journey URL.
 */
export function cancelJourney(journey: Journey): string {
  if (journey.subscription.status === "INITIALIZED") {
    const now = clockNow(journey.subscription.merchantId);
    const progress = progressOf(journey.subscription.id, STEPS[journey.kind][0]!, now);
    if (progress.step !== DONE && completeStep(journey.subscription.id, progress.step, DONE, { cancelled: true }, now)) {
      decide(journey, [{ type: "customerAborted" }]);
    }
  }
  return finish(journey);
}
