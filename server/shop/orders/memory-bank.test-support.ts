/**
 * A bank in memory for the engine's unit tests, behind the bank client's own
 * interface (the shop's types, in cents): it keeps subscriptions like the
 * real one (unique merchantGlobalOrderId, statuses, cancellations), in
 * its words (readable sub-status texts, cancellations accepted or requested,
 * its refusal codes and messages, 409 on a repeated delivery), and can be
 * told to fail the next calls in the ways that matter to the engine.
 * The same scenarios run against the real sandbox over HTTP in
 * tests/integration/engine-*.test.ts.
 */
import { randomUUID } from "node:crypto";
import type { BankClient } from "../bank/client";
import { BankApiError } from "../bank/errors";
import { readSubStatus } from "../bank/sub-status";
import type { SubscriptionApplication } from "../bank/subscription-body";
import type { ListedSubscription, SubscriptionDetail, SubscriptionSnapshot } from "../bank/subscription-snapshot";
import type { CancellationStatus, ConsolidatedStatus } from "../bank/vocabulary";

export interface MemorySubscription {
  id: string;
  merchantGlobalOrderId: string;
  solutionCode: string;
  status: ConsolidatedStatus;
  subStatus?: string;
  cancellationStatus?: CancellationStatus;
  cancellationAlreadyMade: boolean;
  isDelivered: boolean;
  isReturned: boolean;
  financedCents: number;
  /** A cancellation the producer has not decided (Hanseatic answers REQUESTED). */
  pendingCancellationCents?: number;
  registeredAt: number;
  updatedAt: number;
  /** What the engine asked the client to finance. */
  application: SubscriptionApplication;
}

/**
 * - "drop": the call is carried out, then the connection is lost.
 * - "unreadable": the call is carried out, the answer is a 2xx whose body cannot be read.
 * - "503" / "timeout": nothing is done, and the caller cannot know it.
 * - a BankApiError: thrown instead of doing anything (a clear refusal).
 */
export type Fault = "drop" | "unreadable" | "503" | "timeout" | BankApiError;

type Method = keyof BankClient;

export function baasError(httpStatus: number, errorCode: string, operation = "initiateCreditSubscription", message = `${errorCode} from the memory bank`): BankApiError {
  return new BankApiError({ kind: "baas", httpStatus, errorCode, message, operation });
}

const isHanseatic = (sub: MemorySubscription) => sub.solutionCode.startsWith("SCDE");

/** `now` stamps registration and updates (the 90-day rules read them). */
export function memoryBank(now: () => number = Date.now) {
  const subscriptions = new Map<string, MemorySubscription>();
  const faults: Partial<Record<Method, Fault[]>> = {};
  const calls: Method[] = [];

  function fault(method: Method): Fault | undefined {
    calls.push(method);
    return faults[method]?.shift();
  }
  function unclear(kind: "503" | "timeout" | "drop", operation: string): BankApiError {
    return kind === "503"
      ? new BankApiError({ kind: "baas", httpStatus: 503, errorCode: "SERVICE_UNAVAILABLE", message: "unavailable", operation })
      : new BankApiError({ kind: kind === "drop" ? "network" : "timeout", httpStatus: null, message: kind, operation });
  }
  /** Runs `work` under the next fault of `method`. */
  async function run<T>(method: Method, operation: string, work: () => T): Promise<T> {
    const next = fault(method);
    if (next instanceof BankApiError) throw next;
    if (next === "503" || next === "timeout") throw unclear(next, operation);
    const result = work();
    if (next === "drop") throw unclear("drop", operation);
    if (next === "unreadable") throw new BankApiError({ kind: "invalid_response", httpStatus: null, message: "Unexpected answer from the bank: the body is not JSON", operation });
    return result;
  }
  /** What a read of the subscription tells the shop, as the real client reshapes the bank's answer. */
  function snapshot(sub: MemorySubscription): SubscriptionSnapshot {
    return {
      subscriptionId: sub.id,
      consolidatedStatus: sub.status,
      subStatus: readSubStatus(sub.subStatus),
      cancellationStatus: sub.cancellationStatus ?? null,
      cancellationAlreadyMade: sub.cancellationAlreadyMade,
      isDelivered: sub.isDelivered,
      isReturned: sub.isReturned,
      financedCents: sub.financedCents,
      updatedAt: sub.updatedAt,
    };
  }
  const listed = (sub: MemorySubscription): ListedSubscription => ({ ...snapshot(sub), orderId: sub.merchantGlobalOrderId });
  function detail(sub: MemorySubscription): SubscriptionDetail {
    const { application: _application, ...answer } = sub;
    return { ...snapshot(sub), subStatusText: sub.subStatus || null, solutionCode: sub.solutionCode, implementationCode: null, registeredAt: sub.registeredAt, answer };
  }
  function applyCancellation(sub: MemorySubscription, cents: number) {
    sub.financedCents -= cents;
    sub.cancellationAlreadyMade = true;
    sub.updatedAt = now();
    if (sub.financedCents === 0) {
      sub.status = "CANCELLED";
      sub.subStatus = "CANCELLED BY CUSTOMER";
      sub.cancellationStatus = "CANCELLATION_ACCEPTED";
    } else {
      sub.cancellationStatus = "PARTIAL_CANCELLATION_ACCEPTED";
    }
  }
  const byOrder = (orderId: string) => [...subscriptions.values()].filter((s) => s.merchantGlobalOrderId === orderId);
  const get = (id: string) => {
    const sub = subscriptions.get(id);
    if (!sub) throw baasError(404, "ENTITY_NOT_FOUND", "retrieveCreditSubscription");
    return sub;
  };

  const client: BankClient = {
    getEligibleSolutions: () => run("getEligibleSolutions", "getEligibleProductServices", () => []),
    simulateSolutions: () => run("simulateSolutions", "simulateSolution", () => []),
    createSubscription: (application) =>
      run("createSubscription", "initiateCreditSubscription", () => {
        const { order } = application;
        if (byOrder(order.id).length > 0) throw baasError(400, "BAD_REQUEST");
        const id = randomUUID();
        subscriptions.set(id, {
          id,
          merchantGlobalOrderId: order.id,
          solutionCode: order.solutionCode,
          status: "INITIALIZED",
          cancellationAlreadyMade: false,
          isDelivered: false,
          isReturned: false,
          financedCents: order.financedCents,
          registeredAt: now(),
          updatedAt: now(),
          application,
        });
        return { id, redirect: { type: "url" as const, value: `https://bank.test/journey/${id}` } };
      }),
    listSubscriptions: (query) =>
      run("listSubscriptions", "retrieveCreditSubscriptionForSpecificMerchant", () => {
        const all = query.merchantGlobalOrderId ? byOrder(query.merchantGlobalOrderId) : [...subscriptions.values()];
        const page = query.page ?? 1;
        const size = query.pageSize ?? 20;
        return { totalItemCount: all.length, subscriptions: all.slice((page - 1) * size, page * size).map(listed) };
      }),
    findSubscriptionsByOrderId: (orderId) => run("findSubscriptionsByOrderId", "retrieveCreditSubscriptionForSpecificMerchant", () => byOrder(orderId).map(listed)),
    getSubscription: (id) => run("getSubscription", "retrieveCreditSubscription", () => detail(get(id))),
    confirmDelivery: (id) =>
      run("confirmDelivery", "doConfirmDelivery", () => {
        const sub = get(id);
        if (sub.isDelivered) throw baasError(409, "CONFLICT", "doConfirmDelivery", "The application has been already delivered.");
        sub.isDelivered = true;
        sub.subStatus = "AWAITING PAYMENT TO MERCHANT";
        sub.updatedAt = now();
      }),
    confirmReturn: (id) =>
      run("confirmReturn", "doConfirmReturn", () => {
        const sub = get(id);
        sub.isReturned = true;
        sub.updatedAt = now();
      }),
    cancelSubscription: (id, cancellation) =>
      run("cancelSubscription", "cancelCreditSubscription", () => {
        const sub = get(id);
        const cents = cancellation.amountCents;
        const refuse = (code: string, message: string) => baasError(400, code, "cancelCreditSubscription", message);
        if (sub.status === "CANCELLED") throw refuse("INVALID_STATUS", "The credit subscription is already cancelled.");
        if (sub.status !== "ACCEPTED" || sub.pendingCancellationCents !== undefined) throw refuse("INVALID_STATUS", "The credit subscription cannot be cancelled in its status.");
        if (cents <= 0) throw refuse("REQUEST_VALIDATION_ERROR", "cancelledAmount should be strictly positive");
        if (cents > sub.financedCents) throw refuse("REQUEST_VALIDATION_ERROR", "The cancelledAmount is greater than the financedAmount.");
        const partial = cents < sub.financedCents;
        if (partial && sub.cancellationStatus === "PARTIAL_CANCELLATION_ACCEPTED") {
          throw refuse("REQUEST_VALIDATION_ERROR", '{"error":"error_forbidden_doublerequest","message":"A partial cancellation was already made"}');
        }
        if (partial && sub.financedCents - cents < 100_00) throw refuse("REQUEST_VALIDATION_ERROR", "Final Amount is less than minimum authorized amount");
        sub.updatedAt = now();
        if (isHanseatic(sub)) {
          sub.pendingCancellationCents = cents;
          sub.cancellationStatus = partial ? "REQUEST_FOR_PARTIAL_CANCELLATION" : "REQUEST_FOR_CANCELLATION";
          return { financedCents: sub.financedCents, outcome: "requested" as const };
        }
        applyCancellation(sub, cents);
        return { financedCents: sub.financedCents, outcome: "accepted" as const };
      }),
  };

  return {
    client,
    subscriptions,
    calls,
    /** The next calls of `method` meet these faults, in order. */
    failNext(method: Method, ...next: Fault[]) {
      (faults[method] ??= []).push(...next);
    },
    /** What the bank's producer or buyer does: move a subscription. */
    update(orderId: string, change: Partial<MemorySubscription>) {
      const sub = byOrder(orderId)[0];
      if (!sub) throw new Error(`no subscription for ${orderId}`);
      Object.assign(sub, { updatedAt: now() }, change);
    },
    /** The producer's later decision on a pending (Hanseatic) cancellation. */
    decideCancellation(orderId: string, accept: boolean) {
      const sub = byOrder(orderId)[0];
      if (sub?.pendingCancellationCents === undefined) throw new Error(`no pending cancellation for ${orderId}`);
      const cents = sub.pendingCancellationCents;
      const partial = cents < sub.financedCents;
      sub.pendingCancellationCents = undefined;
      if (accept) applyCancellation(sub, cents);
      else sub.cancellationStatus = partial ? "PARTIAL_CANCELLATION_REJECTED" : "CANCELLATION_REJECTED";
      sub.updatedAt = now();
    },
    count: (method: Method) => calls.filter((c) => c === method).length,
    forOrder: byOrder,
  };
}
