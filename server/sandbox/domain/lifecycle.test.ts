import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadContract } from "@/server/contract";
import {
  ACTION_TYPES,
  ALLOWED_STATUS_MOVES,
  ALLOWED_SUB_STATUS_STEPS,
  CANCELLATION_STATUSES,
  DAY_MS,
  REFUSALS,
  STATUSES,
  SUB_STATUSES,
  addMonths,
  apply,
  availableActions,
  cancellationAnswer,
  expiresAt,
  initialState,
  isFinal,
  stateViolations,
  type Action,
  type MoveOutcome,
  type SubscriptionState,
} from "./lifecycle";
import { SOLUTION_CODES, type SolutionCode } from "./solutions";

const T0 = Date.UTC(2026, 0, 15, 10, 0, 0);
const A = (type: Exclude<Action["type"], "merchantCancel" | "merchantConfirmDelivery">): Action =>
  (type === "merchantConfirmReturn" ? { type, isReturned: true } : { type }) as Action;
const cancel = (amountCents: number): Action => ({ type: "merchantCancel", amountCents });
const deliver: Action = { type: "merchantConfirmDelivery", isDelivered: true, trackingNumber: "1Z999", operator: "UPS" };

/** Applies actions in order, failing the test on the first one that does not move. */
function run(state: SubscriptionState, steps: [Action, number][]): SubscriptionState {
  for (const [action, at] of steps) {
    const outcome = apply(state, action, at);
    if (!outcome.ok || !outcome.changed) throw new Error(`${action.type} did not move: ${JSON.stringify(outcome)}`);
    state = outcome.state;
  }
  return state;
}

function refusal(outcome: MoveOutcome) {
  if (outcome.ok) throw new Error(`expected a refusal, got ${JSON.stringify(outcome)}`);
  return outcome.refusal;
}

function moved(outcome: MoveOutcome) {
  if (!outcome.ok || !outcome.changed) throw new Error(`expected a move, got ${JSON.stringify(outcome)}`);
  return outcome;
}

const accepted3x = () => run(initialState("SCFRSP-3XTS", 30000, T0), [[A("customerPaidByCard"), T0 + 60_000]]);
const acceptedCredit = (code: SolutionCode, amount = 150000) =>
  run(initialState(code, amount, T0), [
    [A("producerPreApprove"), T0 + 1000],
    [A("customerSigned"), T0 + 2000],
    [A("producerAccept"), T0 + 3000],
  ]);

describe("the status tables", () => {
  it("match the API's enums", () => {
    const schema = loadContract("e-financing").components!.schemas!.CreditSubscriptionResponse as {
      properties: Record<string, { enum: string[] }>;
    };
    for (const s of STATUSES) expect(schema.properties.consolidatedStatus!.enum).toContain(s);
    expect([...CANCELLATION_STATUSES].sort()).toEqual([...schema.properties.cancellationStatus!.enum].sort());
  });

  it("give every status at least one sub-status, each sub-status one status", () => {
    const all = Object.values(SUB_STATUSES).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const s of STATUSES) expect(SUB_STATUSES[s].length).toBeGreaterThan(0);
  });

  it("never lets a final status move", () => {
    for (const [from] of ALLOWED_STATUS_MOVES) expect(isFinal(from)).toBe(false);
  });
});

describe("split payment", () => {
  it("starts INITIALIZED and is accepted when the buyer pays by card", () => {
    const s = initialState("SCFRSP-3XTS", 30000, T0);
    expect([s.status, s.subStatus]).toEqual(["INITIALIZED", "SUBSCRIPTION_IN_PROGRESS"]);
    const out = moved(apply(s, A("customerPaidByCard"), T0 + 5));
    expect([out.state.status, out.state.subStatus]).toEqual(["ACCEPTED", "SUBSCRIPTION_APPROVED_BY_PRODUCER"]);
    expect(out.state.acceptedAt).toBe(T0 + 5);
    expect(out.state.lastUpdateAt).toBe(T0 + 5);
    expect(out.transition).toEqual({
      action: "customerPaidByCard",
      at: T0 + 5,
      from: { status: "INITIALIZED", subStatus: "SUBSCRIPTION_IN_PROGRESS", cancellationStatus: null, financedAmountCents: 30000 },
      to: { status: "ACCEPTED", subStatus: "SUBSCRIPTION_APPROVED_BY_PRODUCER", cancellationStatus: null, financedAmountCents: 30000 },
    });
  });

  it("is rejected when the card is refused", () => {
    const out = moved(apply(initialState("SCFRSP-4XPS", 30000, T0), A("producerReject"), T0));
    expect([out.state.status, out.state.subStatus]).toEqual(["REJECTED", "SUBSCRIPTION_REJECTED_BY_PRODUCER"]);
  });

  it("accepts a delivery confirmation without processing it (204), in any status", () => {
    for (const s of [initialState("SCFRSP-3XTS", 30000, T0), accepted3x()]) {
      const out = apply(s, deliver, T0 + DAY_MS);
      expect(out).toMatchObject({ ok: true, changed: false, state: s });
    }
  });

  it("takes one partial cancellation, then only a full one", () => {
    const s = accepted3x();
    const partial = moved(apply(s, cancel(10000), T0 + DAY_MS));
    expect(partial.state).toMatchObject({
      status: "ACCEPTED",
      subStatus: "SUBSCRIPTION_APPROVED_BY_PRODUCER",
      financedAmountCents: 20000,
      cancellationStatus: "PARTIAL_CANCELLATION_ACCEPTED",
      cancellationAlreadyMade: true,
      partialCancellationMade: true,
    });
    expect(partial.transition.details).toEqual({ cancelledAmountCents: 10000 });
    expect(cancellationAnswer(partial.state)).toEqual({ financedAmountCents: 20000, fate: "accepted", full: false });

    const second = refusal(apply(partial.state, cancel(5000), T0 + 2 * DAY_MS));
    expect(second).toMatchObject({ reason: "partial_cancellation_already_made", httpStatus: 400 });
    // What the vendor's client does with it: the JSON between the first "{" and the following "}".
    const embedded = second.message.slice(second.message.indexOf("{"), second.message.indexOf("}") + 1);
    expect(JSON.parse(embedded)).toMatchObject({ error: "error_forbidden_doublerequest", message: expect.any(String) });

    const full = moved(apply(partial.state, cancel(20000), T0 + 2 * DAY_MS));
    expect(full.state).toMatchObject({ status: "CANCELLED", subStatus: "CANCEL_BY_CUSTOMER", financedAmountCents: 0, cancellationStatus: "CANCELLATION_ACCEPTED" });
    expect(cancellationAnswer(full.state)).toEqual({ financedAmountCents: 0, fate: "accepted", full: true });
    expect(refusal(apply(full.state, cancel(100), T0 + 3 * DAY_MS))).toMatchObject({
      errorCode: "INVALID_STATUS",
      message: "The credit subscription is already cancelled.",
    });
  });

  it("refuses a partial cancellation that leaves less than 100 € financed", () => {
    const s = accepted3x();
    expect(refusal(apply(s, cancel(20001), T0 + DAY_MS))).toMatchObject({
      reason: "final_amount_below_minimum",
      errorCode: "REQUEST_VALIDATION_ERROR",
      message: "Final Amount is less than minimum authorized amount",
    });
    expect(moved(apply(s, cancel(20000), T0 + DAY_MS)).state.financedAmountCents).toBe(10000);
    expect(apply(s, cancel(30000), T0 + DAY_MS).ok).toBe(true);
  });

  it("refuses an amount above the financed amount, zero, negative or fractional", () => {
    const s = accepted3x();
    expect(refusal(apply(s, cancel(30001), T0 + DAY_MS))).toMatchObject({
      reason: "amount_exceeds_financed",
      errorCode: "REQUEST_VALIDATION_ERROR",
      message:
        "The cancelledAmount is greater than the financedAmount. You can only request cancellation with cancelledAmount equal or lower than the financedAmount.",
    });
    for (const bad of [0, -100, Number.NaN]) {
      expect(refusal(apply(s, cancel(bad), T0 + DAY_MS))).toMatchObject({
        reason: "invalid_amount",
        errorCode: "REQUEST_VALIDATION_ERROR",
        message: "cancelledAmount should be strictly positive",
      });
    }
    expect(refusal(apply(s, cancel(12.5), T0 + DAY_MS))).toMatchObject({ reason: "invalid_amount", errorCode: "REQUEST_VALIDATION_ERROR" });
  });

  it("can be cancelled up to 90 days after acceptance, not after", () => {
    const s = accepted3x();
    const deadline = s.acceptedAt! + 90 * DAY_MS;
    expect(apply(s, cancel(30000), deadline).ok).toBe(true);
    expect(refusal(apply(s, cancel(30000), deadline + 1))).toMatchObject({ reason: "cancellation_period_over", errorCode: "CANCELLATION_PERIOD_EXPIRED" });
  });

  it("refuses the long-credit steps", () => {
    const s = initialState("SCFRSP-3XTS", 30000, T0);
    for (const type of ["producerPreApprove", "customerSigned", "fund", "customerWithdraw"] as const) {
      expect(refusal(apply(s, A(type), T0))).toMatchObject({ reason: "solution_kind", errorCode: "OPERATION_NOT_ALLOWED" });
    }
  });
});

describe("long credit, France (FRANFINANCE)", () => {
  it("goes through pre-approval, signature, acceptance, delivery and funding", () => {
    let s = initialState("SCFRLT-TXPS", 150000, T0);
    s = moved(apply(s, A("producerPreApprove"), T0 + 1)).state;
    expect([s.status, s.subStatus]).toEqual(["PRE_ACCEPTED", "PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE"]);
    expect(refusal(apply(s, A("producerAccept"), T0 + 2)).reason).toBe("status"); // not signed yet
    s = moved(apply(s, A("customerSigned"), T0 + 2)).state;
    expect(s.subStatus).toBe("CONTRACT_SIGNED_BY_CUSTOMER");
    s = moved(apply(s, A("producerAccept"), T0 + 3)).state;
    expect([s.status, s.subStatus, s.acceptedAt]).toEqual(["ACCEPTED", "WAITING_FOR_THE_DELIVERY_CONFIRMATION", T0 + 3]);
    expect(refusal(apply(s, A("fund"), T0 + 4)).reason).toBe("status"); // not delivered yet

    expect(refusal(apply(s, { type: "merchantConfirmDelivery", isDelivered: false }, T0 + 4))).toMatchObject({
      reason: "not_delivered",
      errorCode: "REQUEST_VALIDATION_ERROR",
    });
    const delivered = moved(apply(s, deliver, T0 + 4));
    expect(delivered.state).toMatchObject({ subStatus: "AWAITING_PAYMENT_TO_MERCHANT", isDelivered: true, deliveredAt: T0 + 4 });
    expect(delivered.transition.details).toEqual({ trackingNumber: "1Z999", operator: "UPS" });
    expect(refusal(apply(delivered.state, deliver, T0 + 5))).toMatchObject({ reason: "already_delivered", httpStatus: 409 });

    s = moved(apply(delivered.state, A("fund"), T0 + 5)).state;
    expect(s.subStatus).toBe("PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT");
    expect(refusal(apply(s, A("fund"), T0 + 6)).reason).toBe("status");
    expect(refusal(apply(s, deliver, T0 + 6))).toMatchObject({ reason: "already_delivered", httpStatus: 409 });
  });

  it("may wait for additional documents, before or after the signature, then goes on to signature or rejection", () => {
    const pre = run(initialState("SCFRLT-TXPS", 150000, T0), [[A("producerPreApprove"), T0 + 1]]);
    for (const from of [pre, moved(apply(pre, A("customerSigned"), T0 + 2)).state]) {
      const waiting = moved(apply(from, A("producerRequestDocuments"), T0 + 3)).state;
      expect([waiting.status, waiting.subStatus]).toEqual(["PRE_ACCEPTED", "WAITING_CUSTOMER_FOR_ADDITIONAL_INFORMATION"]);
      expect(refusal(apply(waiting, A("producerAccept"), T0 + 4)).reason).toBe("status");
      expect(refusal(apply(waiting, A("producerRequestDocuments"), T0 + 4)).reason).toBe("status");
      expect(moved(apply(waiting, A("producerReject"), T0 + 4)).state.status).toBe("REJECTED");
      const signed = moved(apply(waiting, A("customerSentDocuments"), T0 + 4)).state;
      expect(signed.subStatus).toBe("CONTRACT_SIGNED_BY_CUSTOMER");
      expect(moved(apply(signed, A("producerAccept"), T0 + 5)).state.status).toBe("ACCEPTED");
    }
    const split = initialState("SCFRSP-3XTS", 30000, T0);
    expect(refusal(apply(split, A("producerRequestDocuments"), T0)).reason).toBe("solution_kind");
  });

  it("can be rejected after pre-approval", () => {
    const s = run(initialState("SCFRLT-TXNO", 400000, T0), [[A("producerPreApprove"), T0]]);
    expect(moved(apply(s, A("producerReject"), T0 + DAY_MS)).state.status).toBe("REJECTED");
  });

  it("is cancelled at once by Franfinance, within the 14-day withdrawal period", () => {
    const s = acceptedCredit("SCFRLT-TXNO");
    const out = moved(apply(s, cancel(50000), s.acceptedAt! + 14 * DAY_MS));
    expect(out.state).toMatchObject({ financedAmountCents: 100000, cancellationStatus: "PARTIAL_CANCELLATION_ACCEPTED" });
    expect(cancellationAnswer(out.state)).toMatchObject({ fate: "accepted", full: false });
    expect(refusal(apply(s, cancel(150000), s.acceptedAt! + 14 * DAY_MS + 1)).reason).toBe("cancellation_period_over");
  });

  it("lets the buyer withdraw while PRE_ACCEPTED, or within 14 days of acceptance", () => {
    const pre = run(initialState("SCFRLT-TXNO", 150000, T0), [[A("producerPreApprove"), T0]]);
    const out = moved(apply(pre, A("customerWithdraw"), T0 + 30 * DAY_MS));
    expect(out.state).toMatchObject({ status: "CANCELLED", subStatus: "CANCEL_BY_CUSTOMER", financedAmountCents: 0, cancellationAlreadyMade: false });
    const acc = acceptedCredit("SCFRLT-TXNO");
    expect(apply(acc, A("customerWithdraw"), acc.acceptedAt! + 14 * DAY_MS).ok).toBe(true);
    expect(refusal(apply(acc, A("customerWithdraw"), acc.acceptedAt! + 15 * DAY_MS)).reason).toBe("cancellation_period_over");
  });

  it("cannot be cancelled by the merchant before acceptance", () => {
    const pre = run(initialState("SCFRLT-TXNO", 150000, T0), [[A("producerPreApprove"), T0]]);
    expect(refusal(apply(pre, cancel(150000), T0))).toMatchObject({ reason: "status", errorCode: "INVALID_STATUS" });
    expect(refusal(apply(initialState("SCFRSP-3XTS", 9000, T0), cancel(9000), T0)).reason).toBe("status");
  });
});

describe("long credit, Germany (HANSEATIC BANK): cancellation answered REQUESTED first", () => {
  it("keeps a full cancellation pending until the producer accepts it", () => {
    const s = acceptedCredit("SCDELT-DXTS", 200000);
    const requested = moved(apply(s, cancel(200000), s.acceptedAt! + DAY_MS));
    expect(requested.state).toMatchObject({
      status: "ACCEPTED",
      subStatus: "WAITING_FOR_THE_DELIVERY_CONFIRMATION",
      cancellationStatus: "REQUEST_FOR_CANCELLATION",
      pendingCancellationCents: 200000,
      financedAmountCents: 200000,
      cancellationAlreadyMade: false,
    });
    expect(cancellationAnswer(requested.state)).toEqual({ financedAmountCents: 200000, fate: "requested", full: true });
    expect(refusal(apply(requested.state, cancel(1000), s.acceptedAt! + DAY_MS))).toMatchObject({
      reason: "cancellation_pending",
      errorCode: "CANCELLATION_IN_PROGRESS",
    });
    expect(refusal(apply(requested.state, A("customerWithdraw"), s.acceptedAt! + DAY_MS)).reason).toBe("cancellation_pending");

    const decided = moved(apply(requested.state, A("producerAcceptCancellation"), s.acceptedAt! + 3 * DAY_MS));
    expect(decided.state).toMatchObject({
      status: "CANCELLED",
      financedAmountCents: 0,
      cancellationStatus: "CANCELLATION_ACCEPTED",
      cancellationAlreadyMade: true,
      pendingCancellationCents: null,
    });
  });

  it("does not count a rejected partial request", () => {
    const s = acceptedCredit("SCDELT-DXCO", 200000);
    const requested = moved(apply(s, cancel(50000), s.acceptedAt! + DAY_MS)).state;
    expect(requested.cancellationStatus).toBe("REQUEST_FOR_PARTIAL_CANCELLATION");
    expect(cancellationAnswer(requested)).toMatchObject({ fate: "requested", full: false });
    const rejected = moved(apply(requested, A("producerRejectCancellation"), s.acceptedAt! + 2 * DAY_MS)).state;
    expect(rejected).toMatchObject({ cancellationStatus: "PARTIAL_CANCELLATION_REJECTED", financedAmountCents: 200000, partialCancellationMade: false });
    const again = moved(apply(rejected, cancel(50000), s.acceptedAt! + 3 * DAY_MS)).state;
    const accepted = moved(apply(again, A("producerAcceptCancellation"), s.acceptedAt! + 4 * DAY_MS)).state;
    expect(accepted).toMatchObject({ financedAmountCents: 150000, cancellationStatus: "PARTIAL_CANCELLATION_ACCEPTED", partialCancellationMade: true });
  });

  it("refuses a decision when nothing is pending", () => {
    expect(refusal(apply(acceptedCredit("SCDELT-DXTS"), A("producerAcceptCancellation"), T0)).reason).toBe("no_pending_cancellation");
  });
});

describe("abort and expiry", () => {
  it("aborts from INITIALIZED only", () => {
    const s = initialState("SCFRLT-TXNO", 150000, T0);
    expect(moved(apply(s, A("customerAborted"), T0)).state.subStatus).toBe("ABORTED_BY_CUSTOMER");
    expect(moved(apply(s, A("technicalAbort"), T0)).state.subStatus).toBe("ABORTED_DUE_TO_TECHNICAL_ISSUE");
    const pre = run(s, [[A("producerPreApprove"), T0]]);
    expect(refusal(apply(pre, A("customerAborted"), T0)).reason).toBe("status");
  });

  it("expires after 3 calendar months without change, not a millisecond before", () => {
    const s = initialState("SCFRSP-3XTS", 30000, T0);
    const due = expiresAt(s)!;
    expect(due).toBe(Date.UTC(2026, 3, 15, 10, 0, 0));
    expect(refusal(apply(s, A("expire"), due - 1))).toMatchObject({ reason: "too_early", errorCode: "OPERATION_NOT_ALLOWED" });
    expect(moved(apply(s, A("expire"), due)).state).toMatchObject({ status: "ABORTED", subStatus: "EXPIRED" });
    expect(expiresAt(accepted3x())).toBeNull();
  });

  it("counts months on the calendar, clamping missing days", () => {
    expect(addMonths(Date.UTC(2025, 10, 30, 8, 30), 3)).toBe(Date.UTC(2026, 1, 28, 8, 30));
    expect(addMonths(Date.UTC(2027, 10, 30), 3)).toBe(Date.UTC(2028, 1, 29));
    expect(addMonths(Date.UTC(2026, 0, 31, 23, 59), 3)).toBe(Date.UTC(2026, 3, 30, 23, 59));
    expect(addMonths(Date.UTC(2026, 9, 15), 3)).toBe(Date.UTC(2027, 0, 15));
  });
});

describe("final statuses", () => {
  it("refuse every action (a split payment's delivery confirmation stays a no-op)", () => {
    const finals: SubscriptionState[] = [
      moved(apply(initialState("SCFRLT-TXNO", 150000, T0), A("producerReject"), T0)).state,
      moved(apply(initialState("SCFRSP-3XTS", 30000, T0), A("customerAborted"), T0)).state,
      moved(apply(accepted3x(), cancel(30000), T0 + DAY_MS)).state,
      moved(apply(acceptedCredit("SCDELT-DXTS"), A("customerWithdraw"), T0 + DAY_MS)).state,
    ];
    for (const s of finals) {
      expect(availableActions(s, T0 + 400 * DAY_MS)).toEqual([]);
      for (const action of [...ACTION_TYPES.map((t) => ({ type: t }) as Action), cancel(1), deliver]) {
        const out = apply(s, action, T0 + 400 * DAY_MS);
        if (out.ok) expect(out.changed).toBe(false);
      }
      expect(refusal(apply(s, cancel(1), T0 + 2 * DAY_MS)).message).toEqual(
        s.status === "CANCELLED" ? "The credit subscription is already cancelled." : expect.stringContaining("final status"),
      );
    }
  });
});

describe("availableActions", () => {
  it("lists what the console may force", () => {
    expect(availableActions(initialState("SCFRSP-3XTS", 30000, T0), T0)).toEqual([
      "customerPaidByCard",
      "producerAccept",
      "producerReject",
      "customerAborted",
      "technicalAbort",
    ]);
    expect(availableActions(initialState("SCFRLT-TXNO", 30000, T0), expiresAt(initialState("SCFRLT-TXNO", 30000, T0))!)).toEqual([
      "producerPreApprove",
      "producerReject",
      "customerAborted",
      "technicalAbort",
      "expire",
    ]);
    expect(availableActions(acceptedCredit("SCFRLT-TXNO"), T0 + DAY_MS)).toEqual(["merchantConfirmDelivery", "merchantCancel", "customerWithdraw"]);
  });
});

describe("stateViolations", () => {
  it("finds malformed states, which apply refuses to handle", () => {
    const bad = { ...initialState("SCFRSP-3XTS", 30000, T0), subStatus: "EXPIRED" as const };
    expect(stateViolations(bad)).toContain("sub-status EXPIRED does not belong to INITIALIZED");
    expect(() => apply(bad, A("customerAborted"), T0)).toThrow(/malformed/);
    const wrongKind = { ...accepted3x(), subStatus: "WAITING_FOR_THE_DELIVERY_CONFIRMATION" as const };
    expect(stateViolations(wrongKind)).toContain("WAITING_FOR_THE_DELIVERY_CONFIRMATION is for long credits only");
    expect(() => initialState("SCFRSP-3XTS", 0, T0)).toThrow(RangeError);
  });
});

// ---- property tests -----------------------------------------------------------

/** An action to draw; cancellation amounts are relative to the financed amount at the time. */
type ActionSpec =
  | { readonly type: "plain"; readonly action: Action }
  | { readonly type: "cancelFull" }
  | { readonly type: "cancelShare"; readonly share: number }
  | { readonly type: "cancelRaw"; readonly amountCents: number }
  /**
   * One of the actions that would succeed now (pick 0 is the forward one: the
   * happy path comes first in ACTION_TYPES), so walks get deep into the cycle.
   */
  | { readonly type: "progress"; readonly pick: number };

const actionSpecArb: fc.Arbitrary<ActionSpec> = fc.oneof(
  { weight: 4, arbitrary: fc.nat().map((pick): ActionSpec => ({ type: "progress", pick })) },
  { weight: 4, arbitrary: fc.constant<ActionSpec>({ type: "progress", pick: 0 }) },
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(...ACTION_TYPES.filter((t) => t !== "merchantCancel" && t !== "merchantConfirmDelivery"))
      .map((t): ActionSpec => ({ type: "plain", action: { type: t } as Action })),
  },
  { weight: 2, arbitrary: fc.boolean().map((isDelivered): ActionSpec => ({ type: "plain", action: { type: "merchantConfirmDelivery", isDelivered } })) },
  { weight: 2, arbitrary: fc.constant<ActionSpec>({ type: "cancelFull" }) },
  // Partial cancellations (share < 1) are what the once-only rule is about: draw plenty.
  { weight: 5, arbitrary: fc.double({ min: 0.01, max: 0.99, noNaN: true }).map((share): ActionSpec => ({ type: "cancelShare", share })) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1.2, noNaN: true }).map((share): ActionSpec => ({ type: "cancelShare", share })) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.integer({ min: -100, max: 700_000 }), fc.double({ min: -1, max: 1000, noNaN: true }))
      .map((amountCents): ActionSpec => ({ type: "cancelRaw", amountCents })),
  },
);

function resolve(spec: ActionSpec, state: SubscriptionState, now: number): Action {
  switch (spec.type) {
    case "progress": {
      const possible = availableActions(state, now);
      const type = possible.length > 0 ? possible[spec.pick % possible.length]! : "expire";
      return type === "merchantCancel" ? cancel(state.financedAmountCents) : type === "merchantConfirmDelivery" ? deliver : A(type);
    }
    case "plain":
      return spec.action;
    case "cancelFull":
      return { type: "merchantCancel", amountCents: state.financedAmountCents };
    case "cancelShare":
      return { type: "merchantCancel", amountCents: Math.round(state.financedAmountCents * spec.share) };
    case "cancelRaw":
      return { type: "merchantCancel", amountCents: spec.amountCents };
  }
}

// Small steps most of the time, with the odd jump past 14 days, 90 days or 3 months.
const delayArb = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 2 * DAY_MS }) },
  { weight: 1, arbitrary: fc.integer({ min: 10 * DAY_MS, max: 120 * DAY_MS }) },
);

const codeArb = fc.constantFrom(...SOLUTION_CODES);
const startArb = fc.record({ code: codeArb, amount: fc.integer({ min: 1, max: 600_000 }) });

/** Plays random steps from a new subscription, keeping each move that applies; `seeing` watches every state on the way. */
function playFromNew(
  { code, amount }: { code: SolutionCode; amount: number },
  steps: readonly (readonly [ActionSpec, number])[],
  seeing?: (state: SubscriptionState) => void,
): { state: SubscriptionState; now: number } {
  let state = initialState(code, amount, T0);
  let now = T0;
  for (const [spec, delay] of steps) {
    now += delay;
    const out = apply(state, resolve(spec, state, now), now);
    if (out.ok) state = out.state;
    seeing?.(state);
  }
  return { state, now };
}

/** A well-formed state reached by random actions from a new subscription: a random start state. */
const reachableStateArb = fc
  .tuple(startArb, fc.array(fc.tuple(actionSpecArb, delayArb), { maxLength: 20 }))
  .map(([start, steps]) => playFromNew(start, steps));

function checkStep(before: SubscriptionState, outcome: MoveOutcome, now: number, partialsSoFar: { n: number }): void {
  if (!outcome.ok) {
    expect(outcome.refusal.httpStatus).toBe(REFUSALS[outcome.refusal.reason].httpStatus);
    expect(REFUSALS[outcome.refusal.reason].errorCode).toBe(outcome.refusal.errorCode);
    expect(outcome.refusal.message.length).toBeGreaterThan(0);
    return;
  }
  if (!outcome.changed) {
    expect(outcome.state).toBe(before);
    return;
  }
  const { state: after, transition: t } = outcome;
  expect(isFinal(before.status)).toBe(false);
  expect(stateViolations(after)).toEqual([]);
  expect(t.from).toEqual({ status: before.status, subStatus: before.subStatus, cancellationStatus: before.cancellationStatus, financedAmountCents: before.financedAmountCents });
  expect(t.to).toEqual({ status: after.status, subStatus: after.subStatus, cancellationStatus: after.cancellationStatus, financedAmountCents: after.financedAmountCents });
  expect(t.at).toBe(now);
  expect(after.lastUpdateAt).toBe(now);
  if (before.status !== after.status) {
    expect(ALLOWED_STATUS_MOVES.some(([f, to]) => f === before.status && to === after.status), `${before.status} → ${after.status}`).toBe(true);
  } else if (before.subStatus !== after.subStatus) {
    expect(ALLOWED_SUB_STATUS_STEPS.some(([f, to]) => f === before.subStatus && to === after.subStatus), `${before.subStatus} → ${after.subStatus}`).toBe(true);
  } else {
    // Same status and sub-status: only a cancellation step or the return of the goods, inside ACCEPTED.
    expect(before.status).toBe("ACCEPTED");
    expect(after.cancellationStatus !== before.cancellationStatus || after.isReturned !== before.isReturned).toBe(true);
  }
  expect(after.financedAmountCents).toBeGreaterThanOrEqual(0);
  expect(after.financedAmountCents).toBeLessThanOrEqual(before.financedAmountCents);
  if (before.cancellationAlreadyMade) expect(after.cancellationAlreadyMade).toBe(true);
  if (before.isDelivered) expect(after.isDelivered).toBe(true);
  if (before.isReturned) expect(after.isReturned).toBe(true);
  // A partial cancellation is the only move that lowers the amount and stays ACCEPTED.
  if (after.status === "ACCEPTED" && after.financedAmountCents < before.financedAmountCents) partialsSoFar.n++;
  expect(partialsSoFar.n).toBeLessThanOrEqual(1);
}

describe("properties: random action sequences", () => {
  const walk = (start: SubscriptionState, t: number, steps: [ActionSpec, number][]) => {
    let state = start;
    let now = t;
    const partials = { n: state.partialCancellationMade ? 1 : 0 };
    for (const [spec, delay] of steps) {
      now += delay;
      const before = state;
      const outcome = apply(state, resolve(spec, state, now), now);
      checkStep(before, outcome, now, partials);
      if (outcome.ok) state = outcome.state;
      if (isFinal(before.status)) expect(state).toBe(before);
    }
  };

  it("never make a move the bank forbids, from a new subscription", () => {
    fc.assert(
      fc.property(startArb, fc.array(fc.tuple(actionSpecArb, delayArb), { maxLength: 40 }), ({ code, amount }, steps) => {
        walk(initialState(code, amount, T0), T0, steps);
      }),
      { numRuns: 500 },
    );
  });

  it("never make a move the bank forbids, from random reachable states", () => {
    fc.assert(
      fc.property(reachableStateArb, fc.array(fc.tuple(actionSpecArb, delayArb), { minLength: 1, maxLength: 25 }), ({ state, now }, steps) => {
        walk(state, now, steps);
      }),
      { numRuns: 500 },
    );
  });

  it("reach every status, sub-status and cancellation status, so the properties above are not vacuous", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(startArb, fc.array(fc.tuple(actionSpecArb, delayArb), { maxLength: 30 }), (start, steps) => {
        playFromNew(start, steps, (state) => {
          for (const name of [state.status, state.subStatus, state.cancellationStatus]) if (name) seen.add(name);
        });
      }),
      { numRuns: 8000, seed: 42 },
    );
    for (const s of STATUSES) expect(seen).toContain(s);
    for (const sub of Object.values(SUB_STATUSES).flat()) expect(seen).toContain(sub);
    for (const c of CANCELLATION_STATUSES) expect(seen).toContain(c);
  });

  it("agree with availableActions: every listed action moves; finals list none", () => {
    fc.assert(
      fc.property(reachableStateArb, ({ state, now }) => {
        const listed = availableActions(state, now);
        if (isFinal(state.status)) expect(listed).toEqual([]);
        for (const type of listed) {
          const action = type === "merchantCancel" ? cancel(state.financedAmountCents) : type === "merchantConfirmDelivery" ? deliver : A(type);
          expect(apply(state, action, now)).toMatchObject({ ok: true, changed: true });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("return of the goods (_confirmReturn) and the cancellation it opens", () => {
  const returned: Action = { type: "merchantConfirmReturn", isReturned: true };
  const cancelAfterReturn = (amountCents: number): Action => ({ type: "merchantCancel", amountCents, returnRequiredOnceDelivered: true });

  it("applies to a delivered long credit in ACCEPTED, once, keeping status and sub-status", () => {
    const s = acceptedCredit("SCFRLT-TXPS");
    expect(refusal(apply(s, returned, T0 + 4)).reason).toBe("status"); // nothing delivered yet
    const delivered = moved(apply(s, deliver, T0 + 4)).state;
    expect(refusal(apply(delivered, { type: "merchantConfirmReturn", isReturned: false }, T0 + 5))).toMatchObject({
      reason: "not_returned",
      errorCode: "REQUEST_VALIDATION_ERROR",
    });
    const back = moved(apply(delivered, returned, T0 + 5));
    expect(back.state).toMatchObject({ status: "ACCEPTED", subStatus: "AWAITING_PAYMENT_TO_MERCHANT", isReturned: true });
    expect(back.transition.action).toBe("merchantConfirmReturn");
    expect(refusal(apply(back.state, returned, T0 + 6))).toMatchObject({ reason: "already_returned", httpStatus: 409 });
  });

  it("is for long credits only", () => {
    expect(refusal(apply(accepted3x(), returned, T0 + 70_000)).reason).toBe("solution_kind");
  });

  it("is a prerequisite of cancelling a delivered credit only where the version asks for it", () => {
    const delivered = moved(apply(acceptedCredit("SCFRLT-TXPS"), deliver, T0 + 4)).state;
    expect(refusal(apply(delivered, cancelAfterReturn(150000), T0 + 5))).toMatchObject({ reason: "return_not_confirmed", errorCode: "INVALID_STATUS", httpStatus: 400 });
    expect(moved(apply(delivered, cancel(150000), T0 + 5)).state.status).toBe("CANCELLED");
    const back = moved(apply(delivered, returned, T0 + 5)).state;
    expect(moved(apply(back, cancelAfterReturn(150000), T0 + 6)).state.status).toBe("CANCELLED");
    // Before delivery, and for a split payment, nothing is to be returned.
    expect(moved(apply(acceptedCredit("SCFRLT-TXPS"), cancelAfterReturn(150000), T0 + 4)).state.status).toBe("CANCELLED");
    expect(moved(apply(accepted3x(), cancelAfterReturn(30000), T0 + 70_000)).state.status).toBe("CANCELLED");
  });
});
