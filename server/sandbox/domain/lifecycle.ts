/**
 * THE life cycle of a subscription: its statuses and sub-statuses, and the
 * named actions that move it (the buyer in the bank's journey, the producer,
 * the merchant over the API, the clock). Every move the bank documents is here,
 * and nothing else: an action that does not apply is refused with a reason
 * the API can answer with.
 *
 * Pure: no I/O, no clock. Callers pass the state, the action and `now`
 * (epoch milliseconds on the merchant's virtual clock) and store what comes
 * back, including the transition record for the history.
 *
 * Decisions where the bank's documentation is silent
 * - Expiry: only INITIALIZED can expire (the bank lets PRE_ACCEPTED move
 *   only to ACCEPTED, REJECTED or CANCELLED), after 3 calendar months without
 *   change (a day that does not exist is clamped: 30 Nov → 28/29 Feb).
 * - Merchant cancellation windows: split payment, 90 days after acceptance;
 *   long credit, the 14-day withdrawal period, counted from acceptance (the
 *   conclusion of the contract in this sandbox). Both inclusive.
 * - Long-credit cancellation goes through the producer. FRANFINANCE answers
 *   at once (like split payment). HANSEATIC BANK first answers REQUESTED: the
 *   subscription keeps its status, `cancellationStatus` becomes
 *   REQUEST_FOR_(PARTIAL_)CANCELLATION and the amount is kept as pending;
 *   the producer's decision comes later (producerAcceptCancellation /
 *   producerRejectCancellation). No second request while one is pending.
 * - A partial cancellation is possible only once and must leave at least
 *   100 € financed (the bank's rule); a full one afterwards still is possible. A
 *   rejected request counts for nothing.
 * - Additional documents (WAITING_CUSTOMER_FOR_ADDITIONAL_INFORMATION): the
 *   producer may ask for them once pre-approved, before or after the
 *   signature; the buyer's documents lead to CONTRACT_SIGNED_BY_CUSTOMER,
 *   the producer may also reject meanwhile.
 * - The buyer may withdraw (customerWithdraw → CANCELLED / CANCEL_BY_CUSTOMER)
 *   from a long credit while PRE_ACCEPTED, and while ACCEPTED within the
 *   14-day withdrawal period. This is the bank's PRE_ACCEPTED → CANCELLED
 *   move; the merchant's _cancel only works from ACCEPTED.
 * - Delivery confirmation of a split payment is accepted and ignored (204),
 *   in any status. For a long credit it is only possible in
 *   WAITING_FOR_THE_DELIVERY_CONFIRMATION, with isDelivered = true; once
 *   delivered, a repeat is a 409 (as at the bank), whatever the status since.
 * - Return confirmation (1.7.1's _confirmReturn): a delivered long credit,
 *   still ACCEPTED, once (a repeat is a 409, as for the delivery). Where the
 *   merchant's version asks for it (1.7.1: "a prerequisite of the cancel
 *   request"), a delivered long credit is cancelled only once returned.
 * - After a full cancellation (or a withdrawal) the financed amount is 0.
 *
 * Refusals carry the HTTP status and an errorCode: the bank's codes and
 * texts where it documents them, explicit codes of the sandbox's own where
 * it is silent (see REFUSALS).
 */
import { CANCELLATION_STATUSES } from "@/server/contract/statuses";
import { getSolution, type SolutionCode } from "./solutions";
import { SUB_STATUSES, type Status, type SubStatus } from "./statuses";
import { subStatusOnWire } from "./substatus-wire";

export { STATUSES, SUB_STATUSES, type Status, type SubStatus } from "./statuses";

/** Sub-statuses that only a split payment, or only a long credit, can have. */
export const SPLIT_ONLY_SUB_STATUSES: readonly SubStatus[] = ["SUBSCRIPTION_APPROVED_BY_PRODUCER"];
export const LONG_CREDIT_ONLY_SUB_STATUSES: readonly SubStatus[] = [
  ...SUB_STATUSES.PRE_ACCEPTED,
  "WAITING_FOR_THE_DELIVERY_CONFIRMATION",
  "AWAITING_PAYMENT_TO_MERCHANT",
  "PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT",
];

/** The status moves the bank documents (docs/SANDBOX.md, "Life cycle"), and nothing else. */
export const ALLOWED_STATUS_MOVES: readonly (readonly [Status, Status])[] = [
  ["INITIALIZED", "PRE_ACCEPTED"],
  ["INITIALIZED", "ACCEPTED"],
  ["INITIALIZED", "REJECTED"],
  ["INITIALIZED", "ABORTED"],
  ["PRE_ACCEPTED", "ACCEPTED"],
  ["PRE_ACCEPTED", "REJECTED"],
  ["PRE_ACCEPTED", "CANCELLED"],
  ["ACCEPTED", "ACCEPTED"],
  ["ACCEPTED", "CANCELLED"],
];

/**
 * Steps inside one status: finer progress that the bank shows as sub-statuses
 * (signature, delivery, funding). ACCEPTED → ACCEPTED is also the partial
 * cancellation and the cancellation requests, which keep the sub-status.
 */
export const ALLOWED_SUB_STATUS_STEPS: readonly (readonly [SubStatus, SubStatus])[] = [
  ["PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE", "CONTRACT_SIGNED_BY_CUSTOMER"],
  // The producer may ask for documents before or after the signature; the buyer's answer completes the signed file.
  ["PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE", "WAITING_CUSTOMER_FOR_ADDITIONAL_INFORMATION"],
  ["CONTRACT_SIGNED_BY_CUSTOMER", "WAITING_CUSTOMER_FOR_ADDITIONAL_INFORMATION"],
  ["WAITING_CUSTOMER_FOR_ADDITIONAL_INFORMATION", "CONTRACT_SIGNED_BY_CUSTOMER"],
  ["WAITING_FOR_THE_DELIVERY_CONFIRMATION", "AWAITING_PAYMENT_TO_MERCHANT"],
  ["AWAITING_PAYMENT_TO_MERCHANT", "PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT"],
];

export const FINAL_STATUSES: readonly Status[] = ["REJECTED", "ABORTED", "CANCELLED"];

export { CANCELLATION_STATUSES };
export type CancellationStatus = (typeof CANCELLATION_STATUSES)[number];

/** A merchant's request the producer has not answered yet (Hanseatic). */
export function isCancellationRequest(status: CancellationStatus | null): boolean {
  return status === "REQUEST_FOR_CANCELLATION" || status === "REQUEST_FOR_PARTIAL_CANCELLATION";
}

export const DAY_MS = 24 * 60 * 60 * 1000;
export const SPLIT_CANCELLATION_DAYS = 90;
export const WITHDRAWAL_DAYS = 14;
export const EXPIRY_MONTHS = 3;
/** The bank's rule: what stays financed after a partial cancellation is at least 100 €. */
export const MIN_FINANCED_AFTER_PARTIAL_CENTS = 10_000;

/** Everything the rules read; the store keeps one column per field. Times are epoch ms on the merchant's clock. */
export interface SubscriptionState {
  readonly solutionCode: SolutionCode;
  readonly status: Status;
  readonly subStatus: SubStatus;
  readonly cancellationStatus: CancellationStatus | null;
  readonly financedAmountCents: number;
  /** Amount of a cancellation the producer has not decided yet (Hanseatic), else null. */
  readonly pendingCancellationCents: number | null;
  /** True once a cancellation (full or partial) was accepted. */
  readonly cancellationAlreadyMade: boolean;
  readonly partialCancellationMade: boolean;
  readonly isDelivered: boolean;
  /** The merchant confirmed that the delivered goods came back (_confirmReturn). */
  readonly isReturned: boolean;
  readonly lastUpdateAt: number;
  readonly acceptedAt: number | null;
  readonly deliveredAt: number | null;
}

export type Action =
  /** Split payment journey: the buyer paid the first installment with an accepted card. */
  | { readonly type: "customerPaidByCard" }
  /** Long credit journey: the producer's agreement in principle (amount, KYC). */
  | { readonly type: "producerPreApprove" }
  /** Long credit: the buyer e-signed the contract. */
  | { readonly type: "customerSigned" }
  /** The producer accepts: a split payment from INITIALIZED, a long credit once signed. */
  | { readonly type: "producerAccept" }
  /** The producer refuses (refused card, failed KYC, credit decision). */
  | { readonly type: "producerReject" }
  /** The buyer left the journey ("cancel and return to the merchant"). */
  | { readonly type: "customerAborted" }
  | { readonly type: "technicalAbort" }
  /** The clock: 3 months without change in INITIALIZED. */
  | { readonly type: "expire" }
  /** POST .../_confirmDelivery. */
  | { readonly type: "merchantConfirmDelivery"; readonly isDelivered: boolean; readonly trackingNumber?: string; readonly operator?: string }
  /** Long credit: the producer paid the merchant. */
  | { readonly type: "fund" }
  /** POST .../_cancel: full when the amount equals the financed amount, partial when below. */
  | {
      readonly type: "merchantCancel";
      readonly amountCents: number;
      /** The merchant's version makes a confirmed return a prerequisite of cancelling a delivered long credit. */
      readonly returnRequiredOnceDelivered?: boolean;
    }
  /** POST .../_confirmReturn: the delivered goods came back to the merchant. */
  | { readonly type: "merchantConfirmReturn"; readonly isReturned: boolean }
  /** The producer's later decision on a pending (Hanseatic) cancellation request. */
  | { readonly type: "producerAcceptCancellation" }
  | { readonly type: "producerRejectCancellation" }
  /** Long credit: the buyer withdraws (rétractation / Widerruf). */
  | { readonly type: "customerWithdraw" }
  /** Long credit, PRE_ACCEPTED: the producer asks the buyer for more documents. */
  | { readonly type: "producerRequestDocuments" }
  /** Long credit: the buyer sent the documents asked for, and the signed file is complete. */
  | { readonly type: "customerSentDocuments" };
export type ActionType = Action["type"];

export const ACTION_TYPES: readonly ActionType[] = [
  "customerPaidByCard",
  "producerPreApprove",
  "customerSigned",
  "producerAccept",
  "producerReject",
  "customerAborted",
  "technicalAbort",
  "expire",
  "merchantConfirmDelivery",
  "fund",
  "merchantCancel",
  "producerAcceptCancellation",
  "producerRejectCancellation",
  "customerWithdraw",
  // After the happy path, which the property tests walk first.
  "producerRequestDocuments",
  "customerSentDocuments",
  "merchantConfirmReturn",
];

export interface StateSnapshot {
  readonly status: Status;
  readonly subStatus: SubStatus;
  readonly cancellationStatus: CancellationStatus | null;
  readonly financedAmountCents: number;
}

/** One line of a subscription's history. */
export interface TransitionRecord {
  readonly action: ActionType;
  readonly at: number;
  readonly from: StateSnapshot;
  readonly to: StateSnapshot;
  /** Facts of the move worth keeping (amounts, tracking number). */
  readonly details?: Readonly<Record<string, string | number>>;
}

/**
 * The bank's codes where it documents them (INVALID_STATUS,
 * REQUEST_VALIDATION_ERROR, 409 for a repeated delivery); the ones marked
 * "sandbox's own" answer cases the bank documents no code for.
 */
export const REFUSALS = {
  /** The action does not apply to the current status or sub-status (final statuses included). */
  status: { httpStatus: 400, errorCode: "INVALID_STATUS" },
  /** The action belongs to the other kind of solution (e.g. signing a split payment). Sandbox's own. */
  solution_kind: { httpStatus: 400, errorCode: "OPERATION_NOT_ALLOWED" },
  /** Expiry asked before 3 months without change. Sandbox's own. */
  too_early: { httpStatus: 400, errorCode: "OPERATION_NOT_ALLOWED" },
  /** Sandbox's own. */
  cancellation_period_over: { httpStatus: 400, errorCode: "CANCELLATION_PERIOD_EXPIRED" },
  /**
   * A second partial cancellation: the bank passes on the producer's refusal,
   * whose JSON the vendor's clients dig out of errorMessage. The errorCode
   * beside it is undocumented: the generic BAD_REQUEST.
   */
  partial_cancellation_already_made: { httpStatus: 400, errorCode: "BAD_REQUEST" },
  /** Sandbox's own. */
  cancellation_pending: { httpStatus: 400, errorCode: "CANCELLATION_IN_PROGRESS" },
  /** Sandbox's own. */
  no_pending_cancellation: { httpStatus: 400, errorCode: "OPERATION_NOT_ALLOWED" },
  /** cancelledAmount not a positive amount of cents. */
  invalid_amount: { httpStatus: 400, errorCode: "REQUEST_VALIDATION_ERROR" },
  amount_exceeds_financed: { httpStatus: 400, errorCode: "REQUEST_VALIDATION_ERROR" },
  /** A partial cancellation that would leave less than MIN_FINANCED_AFTER_PARTIAL_CENTS financed. */
  final_amount_below_minimum: { httpStatus: 400, errorCode: "REQUEST_VALIDATION_ERROR" },
  /** _confirmDelivery with isDelivered = false on a long credit. */
  not_delivered: { httpStatus: 400, errorCode: "REQUEST_VALIDATION_ERROR" },
  /** _confirmDelivery of a long credit already delivered: 409 Conflict (the code is the sandbox's own). */
  already_delivered: { httpStatus: 409, errorCode: "CONFLICT" },
  /** _confirmReturn with isReturned = false. */
  not_returned: { httpStatus: 400, errorCode: "REQUEST_VALIDATION_ERROR" },
  /** _confirmReturn of a credit already returned: 409, like a repeated delivery (the code is the sandbox's own). */
  already_returned: { httpStatus: 409, errorCode: "CONFLICT" },
  /** _cancel of a delivered long credit whose return is not confirmed, where the version requires it. */
  return_not_confirmed: { httpStatus: 400, errorCode: "INVALID_STATUS" },
} as const;
export type RefusalReason = keyof typeof REFUSALS;

export interface Refusal {
  readonly reason: RefusalReason;
  readonly httpStatus: (typeof REFUSALS)[RefusalReason]["httpStatus"];
  readonly errorCode: (typeof REFUSALS)[RefusalReason]["errorCode"];
  /** Human-readable English, for the API's errorMessage. */
  readonly message: string;
}

export type MoveOutcome =
  /** The action applies: store `state` and append `transition`. */
  | { readonly ok: true; readonly changed: true; readonly state: SubscriptionState; readonly transition: TransitionRecord }
  /** Accepted but nothing changes (delivery confirmation of a split payment: 204). */
  | { readonly ok: true; readonly changed: false; readonly state: SubscriptionState; readonly note: string }
  | { readonly ok: false; readonly refusal: Refusal };

/** A new subscription: INITIALIZED / SUBSCRIPTION_IN_PROGRESS. */
export function initialState(solutionCode: SolutionCode, financedAmountCents: number, now: number): SubscriptionState {
  if (!Number.isSafeInteger(financedAmountCents) || financedAmountCents <= 0) {
    throw new RangeError(`financed amount must be a positive integer of cents: ${financedAmountCents}`);
  }
  return {
    solutionCode,
    status: "INITIALIZED",
    subStatus: "SUBSCRIPTION_IN_PROGRESS",
    cancellationStatus: null,
    financedAmountCents,
    pendingCancellationCents: null,
    cancellationAlreadyMade: false,
    partialCancellationMade: false,
    isDelivered: false,
    isReturned: false,
    lastUpdateAt: now,
    acceptedAt: null,
    deliveredAt: null,
  };
}

export function isFinal(status: Status): boolean {
  return FINAL_STATUSES.includes(status);
}

export function subStatusBelongsTo(status: Status, subStatus: string): boolean {
  return (SUB_STATUSES[status] as readonly string[]).includes(subStatus);
}

/** `time` plus `months` calendar months (UTC), the day clamped to the target month's length. */
export function addMonths(time: number, months: number): number {
  const d = new Date(time);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.getTime() + (time - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** When an untouched INITIALIZED subscription expires; null in any other status. */
export function expiresAt(state: SubscriptionState): number | null {
  return state.status === "INITIALIZED" ? addMonths(state.lastUpdateAt, EXPIRY_MONTHS) : null;
}

/** Last moment (inclusive) the merchant may cancel; null before acceptance. */
export function cancellationDeadline(state: SubscriptionState): number | null {
  if (state.acceptedAt === null) return null;
  const days = getSolution(state.solutionCode).kind === "split" ? SPLIT_CANCELLATION_DAYS : WITHDRAWAL_DAYS;
  return state.acceptedAt + days * DAY_MS;
}

/**
 * What became of a cancellation request the life cycle took: accepted at once,
 * or requested (the producer decides later), full or partial. Version-neutral:
 * each API version spells the fate in its own `status` words.
 */
export interface CancellationAnswer {
  readonly financedAmountCents: number;
  readonly fate: "accepted" | "requested";
  readonly full: boolean;
}

/** The _cancel answer after `merchantCancel` succeeded, read from the state it left. */
export function cancellationAnswer(state: SubscriptionState): CancellationAnswer {
  if (isCancellationRequest(state.cancellationStatus)) {
    return { financedAmountCents: state.financedAmountCents, fate: "requested", full: state.cancellationStatus === "REQUEST_FOR_CANCELLATION" };
  }
  return { financedAmountCents: state.financedAmountCents, fate: "accepted", full: state.status === "CANCELLED" };
}

// ---- the machine --------------------------------------------------------------

function refuse(reason: RefusalReason, message: string): MoveOutcome {
  const { httpStatus, errorCode } = REFUSALS[reason];
  return { ok: false, refusal: { reason, httpStatus, errorCode, message } };
}

/** How the API's refusals name the merchant's operations; other actions are named as they are. */
const OPERATION_NAMES: Partial<Record<ActionType, string>> = {
  merchantCancel: "a cancellation (possible in status ACCEPTED only)",
  merchantConfirmDelivery: "a delivery confirmation (possible in ACCEPTED / WAITING FOR THE DELIVERY CONFIRMATION only)",
  merchantConfirmReturn: "a return confirmation (possible for a delivered credit in status ACCEPTED only)",
};

function wrongStatus(state: SubscriptionState, action: ActionType): MoveOutcome {
  if (action === "merchantCancel" && state.status === "CANCELLED") return refuse("status", "The credit subscription is already cancelled.");
  const where = isFinal(state.status) ? `final status ${state.status}` : `status ${state.status} / ${subStatusOnWire(state.subStatus)}`;
  return refuse("status", `${OPERATION_NAMES[action] ?? action} is not possible in ${where}`);
}

const snapshot = (s: SubscriptionState): StateSnapshot => ({
  status: s.status,
  subStatus: s.subStatus,
  cancellationStatus: s.cancellationStatus,
  financedAmountCents: s.financedAmountCents,
});

function move(
  state: SubscriptionState,
  action: ActionType,
  now: number,
  changes: Partial<Omit<SubscriptionState, "solutionCode" | "lastUpdateAt">>,
  details?: Record<string, string | number>,
): MoveOutcome {
  const next: SubscriptionState = { ...state, ...changes, lastUpdateAt: now };
  const transition: TransitionRecord = { action, at: now, from: snapshot(state), to: snapshot(next), ...(details ? { details } : {}) };
  return { ok: true, changed: true, state: next, transition };
}

/**
 * What is wrong with a state, if anything (empty when well-formed). A state
 * read from the store that fails this is a bug, not a user error.
 */
export function stateViolations(state: SubscriptionState): string[] {
  const problems: string[] = [];
  const kind = getSolution(state.solutionCode).kind;
  const { status, subStatus } = state;
  if (!subStatusBelongsTo(status, subStatus)) problems.push(`sub-status ${subStatus} does not belong to ${status}`);
  if (kind === "split" && LONG_CREDIT_ONLY_SUB_STATUSES.includes(subStatus)) problems.push(`${subStatus} is for long credits only`);
  if (kind === "long" && SPLIT_ONLY_SUB_STATUSES.includes(subStatus)) problems.push(`${subStatus} is for split payments only`);
  if (!Number.isSafeInteger(state.financedAmountCents) || state.financedAmountCents < 0) problems.push("financed amount must be a non-negative integer");
  if ((status === "CANCELLED") !== (state.financedAmountCents === 0)) problems.push("the financed amount is 0 exactly when CANCELLED");
  if (status === "ACCEPTED" && state.acceptedAt === null) problems.push("an ACCEPTED subscription has an acceptance time");
  if ((status === "INITIALIZED" || status === "PRE_ACCEPTED") && state.acceptedAt !== null) problems.push("not accepted yet, but has an acceptance time");
  if (isCancellationRequest(state.cancellationStatus) !== (state.pendingCancellationCents !== null)) problems.push("a pending cancellation amount goes with a REQUEST_FOR_* cancellation status");
  if (state.pendingCancellationCents !== null && (status !== "ACCEPTED" || state.pendingCancellationCents > state.financedAmountCents)) {
    problems.push("a pending cancellation needs an ACCEPTED subscription and at most the financed amount");
  }
  if (state.partialCancellationMade && !state.cancellationAlreadyMade) problems.push("a partial cancellation made is a cancellation made");
  if (state.isDelivered !== (state.deliveredAt !== null)) problems.push("isDelivered goes with a delivery time");
  if (state.isReturned && !state.isDelivered) problems.push("only delivered goods can be returned");
  return problems;
}

/**
 * Applies an action at `now`. A move the bank does not allow comes back
 * as a refusal; only a malformed state (see stateViolations) throws.
 */
export function apply(state: SubscriptionState, action: Action, now: number): MoveOutcome {
  const problems = stateViolations(state);
  if (problems.length > 0) throw new Error(`malformed subscription state: ${problems.join("; ")}`);
  const kind = getSolution(state.solutionCode).kind;
  const { status, subStatus } = state;
  const onlyFor = (wanted: "split" | "long"): MoveOutcome | null =>
    kind === wanted ? null : refuse("solution_kind", `${action.type} applies to ${wanted === "split" ? "split payments" : "long credits"} only`);
  /** A long credit's step within its status, from one of `from` to `to`. */
  const longCreditStep = (from: readonly SubStatus[], to: SubStatus): MoveOutcome =>
    onlyFor("long") ?? (from.includes(subStatus) ? move(state, action.type, now, { subStatus: to }) : wrongStatus(state, action.type));

  switch (action.type) {
    case "customerPaidByCard":
      return (
        onlyFor("split") ??
        (status === "INITIALIZED"
          ? move(state, action.type, now, { status: "ACCEPTED", subStatus: "SUBSCRIPTION_APPROVED_BY_PRODUCER", acceptedAt: now })
          : wrongStatus(state, action.type))
      );

    case "producerPreApprove":
      return (
        onlyFor("long") ??
        (status === "INITIALIZED"
          ? move(state, action.type, now, { status: "PRE_ACCEPTED", subStatus: "PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE" })
          : wrongStatus(state, action.type))
      );

    case "customerSigned":
      return longCreditStep(["PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE"], "CONTRACT_SIGNED_BY_CUSTOMER");

    case "producerAccept":
      if (kind === "split") {
        return status === "INITIALIZED"
          ? move(state, action.type, now, { status: "ACCEPTED", subStatus: "SUBSCRIPTION_APPROVED_BY_PRODUCER", acceptedAt: now })
          : wrongStatus(state, action.type);
      }
      return subStatus === "CONTRACT_SIGNED_BY_CUSTOMER"
        ? move(state, action.type, now, { status: "ACCEPTED", subStatus: "WAITING_FOR_THE_DELIVERY_CONFIRMATION", acceptedAt: now })
        : wrongStatus(state, action.type);

    case "producerReject":
      return status === "INITIALIZED" || status === "PRE_ACCEPTED"
        ? move(state, action.type, now, { status: "REJECTED", subStatus: "SUBSCRIPTION_REJECTED_BY_PRODUCER" })
        : wrongStatus(state, action.type);

    case "customerAborted":
    case "technicalAbort":
      return status === "INITIALIZED"
        ? move(state, action.type, now, {
            status: "ABORTED",
            subStatus: action.type === "customerAborted" ? "ABORTED_BY_CUSTOMER" : "ABORTED_DUE_TO_TECHNICAL_ISSUE",
          })
        : wrongStatus(state, action.type);

    case "expire": {
      if (status !== "INITIALIZED") return wrongStatus(state, action.type);
      const due = expiresAt(state)!;
      return now >= due
        ? move(state, action.type, now, { status: "ABORTED", subStatus: "EXPIRED" })
        : refuse("too_early", `the subscription expires on ${new Date(due).toISOString()}, after ${EXPIRY_MONTHS} months without change`);
    }

    case "merchantConfirmDelivery":
      if (kind === "split") {
        return { ok: true, changed: false, state, note: "delivery confirmation is not needed for a split payment: accepted, not processed" };
      }
      if (state.isDelivered) return refuse("already_delivered", "The credit subscription is already delivered.");
      if (subStatus !== "WAITING_FOR_THE_DELIVERY_CONFIRMATION") return wrongStatus(state, action.type);
      if (!action.isDelivered) return refuse("not_delivered", "isDelivered: must be true to confirm the delivery");
      return move(
        state,
        action.type,
        now,
        { subStatus: "AWAITING_PAYMENT_TO_MERCHANT", isDelivered: true, deliveredAt: now },
        {
          ...(action.trackingNumber !== undefined ? { trackingNumber: action.trackingNumber } : {}),
          ...(action.operator !== undefined ? { operator: action.operator } : {}),
        },
      );

    case "fund":
      return longCreditStep(["AWAITING_PAYMENT_TO_MERCHANT"], "PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT");

    case "producerRequestDocuments":
      return longCreditStep(
        ["PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE", "CONTRACT_SIGNED_BY_CUSTOMER"],
        "WAITING_CUSTOMER_FOR_ADDITIONAL_INFORMATION",
      );

    case "customerSentDocuments":
      return longCreditStep(["WAITING_CUSTOMER_FOR_ADDITIONAL_INFORMATION"], "CONTRACT_SIGNED_BY_CUSTOMER");

    case "merchantConfirmReturn":
      return onlyFor("long") ?? confirmReturn(state, action.isReturned, now);

    case "merchantCancel":
      return merchantCancel(state, action, now);

    case "producerAcceptCancellation":
    case "producerRejectCancellation":
      return decideCancellation(state, action.type, now);

    case "customerWithdraw": {
      const refused = onlyFor("long");
      if (refused) return refused;
      if (state.pendingCancellationCents !== null) {
        return refuse("cancellation_pending", "a cancellation request is already being processed by the producer");
      }
      if (status === "ACCEPTED" && now > cancellationDeadline(state)!) {
        return refuse("cancellation_period_over", `the ${WITHDRAWAL_DAYS}-day withdrawal period is over`);
      }
      return status === "PRE_ACCEPTED" || status === "ACCEPTED"
        ? move(state, action.type, now, { status: "CANCELLED", subStatus: "CANCEL_BY_CUSTOMER", financedAmountCents: 0, pendingCancellationCents: null })
        : wrongStatus(state, action.type);
    }
  }
}

function confirmReturn(state: SubscriptionState, isReturned: boolean, now: number): MoveOutcome {
  if (state.isReturned) return refuse("already_returned", "The credit subscription is already returned.");
  if (state.status !== "ACCEPTED" || !state.isDelivered) return wrongStatus(state, "merchantConfirmReturn");
  if (!isReturned) return refuse("not_returned", "isReturned: must be true to confirm the return");
  return move(state, "merchantConfirmReturn", now, { isReturned: true });
}

function merchantCancel(state: SubscriptionState, action: Extract<Action, { type: "merchantCancel" }>, now: number): MoveOutcome {
  const { amountCents } = action;
  if (state.status !== "ACCEPTED") return wrongStatus(state, "merchantCancel");
  if (action.returnRequiredOnceDelivered && state.isDelivered && !state.isReturned) {
    return refuse("return_not_confirmed", "The credit subscription is delivered: confirm the return of the goods (_confirmReturn) before cancelling it.");
  }
  if (!(amountCents > 0)) return refuse("invalid_amount", "cancelledAmount should be strictly positive");
  if (!Number.isSafeInteger(amountCents)) return refuse("invalid_amount", "cancelledAmount: must be an amount with at most two decimals");
  if (amountCents > state.financedAmountCents) {
    return refuse(
      "amount_exceeds_financed",
      "The cancelledAmount is greater than the financedAmount. You can only request cancellation with cancelledAmount equal or lower than the financedAmount.",
    );
  }
  if (state.pendingCancellationCents !== null) {
    return refuse("cancellation_pending", "a cancellation request is already being processed by the producer");
  }
  if (now > cancellationDeadline(state)!) {
    const split = getSolution(state.solutionCode).kind === "split";
    return refuse(
      "cancellation_period_over",
      split
        ? `a split payment can be cancelled only within ${SPLIT_CANCELLATION_DAYS} days of its acceptance`
        : `a long credit can be cancelled only within the ${WITHDRAWAL_DAYS}-day withdrawal period`,
    );
  }
  const full = amountCents === state.financedAmountCents;
  if (!full && state.financedAmountCents - amountCents < MIN_FINANCED_AFTER_PARTIAL_CENTS) {
    return refuse("final_amount_below_minimum", "Final Amount is less than minimum authorized amount");
  }
  if (!full && state.partialCancellationMade) {
    // Flat JSON after a brace-free prefix: the vendor's clients cut errorMessage at the first "{" to read it.
    const producer = JSON.stringify({ error: "error_forbidden_doublerequest", message: "A partial cancellation has already been made for this credit." });
    return refuse("partial_cancellation_already_made", `The producer refused the request: ${producer}`);
  }
  const details = { cancelledAmountCents: amountCents };
  if (getSolution(state.solutionCode).producer === "HANSEATIC BANK") {
    return move(
      state,
      "merchantCancel",
      now,
      { cancellationStatus: full ? "REQUEST_FOR_CANCELLATION" : "REQUEST_FOR_PARTIAL_CANCELLATION", pendingCancellationCents: amountCents },
      details,
    );
  }
  return move(state, "merchantCancel", now, acceptedCancellation(state, amountCents), details);
}

function acceptedCancellation(state: SubscriptionState, amountCents: number): Partial<SubscriptionState> {
  const full = amountCents === state.financedAmountCents;
  return full
    ? {
        status: "CANCELLED",
        subStatus: "CANCEL_BY_CUSTOMER",
        financedAmountCents: 0,
        cancellationStatus: "CANCELLATION_ACCEPTED",
        cancellationAlreadyMade: true,
        pendingCancellationCents: null,
      }
    : {
        financedAmountCents: state.financedAmountCents - amountCents,
        cancellationStatus: "PARTIAL_CANCELLATION_ACCEPTED",
        cancellationAlreadyMade: true,
        partialCancellationMade: true,
        pendingCancellationCents: null,
      };
}

function decideCancellation(state: SubscriptionState, action: "producerAcceptCancellation" | "producerRejectCancellation", now: number): MoveOutcome {
  const pending = state.pendingCancellationCents;
  if (pending === null) return refuse("no_pending_cancellation", "there is no cancellation request waiting for a decision");
  if (state.status !== "ACCEPTED") return wrongStatus(state, action);
  const full = state.cancellationStatus === "REQUEST_FOR_CANCELLATION";
  const details = { cancelledAmountCents: pending };
  if (action === "producerRejectCancellation") {
    return move(
      state,
      action,
      now,
      { cancellationStatus: full ? "CANCELLATION_REJECTED" : "PARTIAL_CANCELLATION_REJECTED", pendingCancellationCents: null },
      details,
    );
  }
  return move(state, action, now, acceptedCancellation(state, pending), details);
}

/**
 * The actions that would succeed now (merchantCancel tried for the full
 * financed amount), for the console's buttons and the scheduler.
 */
export function availableActions(state: SubscriptionState, now: number): ActionType[] {
  const probe = (type: ActionType): Action => {
    if (type === "merchantCancel") return { type, amountCents: state.financedAmountCents };
    if (type === "merchantConfirmDelivery") return { type, isDelivered: true };
    if (type === "merchantConfirmReturn") return { type, isReturned: true };
    return { type } as Action;
  };
  return ACTION_TYPES.filter((type) => {
    const outcome = apply(state, probe(type), now);
    return outcome.ok && outcome.changed;
  });
}
