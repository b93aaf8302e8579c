import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { sandboxDb, type SandboxDb } from "@/db/sandbox/client";
import { cancellations, subscriptions, transitions } from "@/db/sandbox/schema";
import type { SubscriptionRequest } from "@/server/contract";
import { now as clockNow } from "../clock/clock";
import { apply, initialState, type Action, type Refusal } from "../domain/lifecycle";
import { getSolution, offeredDurations, type SolutionCode } from "../domain/solutions";
import { planDueWork } from "./due-work";
import { randomSecret } from "./secrets";
import { cancellationEventOf, emitCancellation, emitTransition, type TransitionEvent, type TransitionSource } from "./state-events";
import { stateColumns, stateSnapshot, toSubscription, type Subscription } from "./subscription-record";
import { getSubscription } from "./subscription-reads";

/**
 * Every change to the bank's subscriptions: creation, and each move, which
 * goes through the life cycle (domain/lifecycle.ts), is stored with a
 * history row and the due work it implies, and is announced to listeners
 * (state-events.ts) once committed.
 */
export class UnknownSubscriptionError extends Error {}
export class DuplicateOrderError extends Error {}

export interface NewSubscription {
  readonly merchantId: string;
  readonly clientId: string;
  readonly request: SubscriptionRequest;
  readonly financedAmountCents: number;
  readonly source?: TransitionSource;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed/.test(error.message);
}

/** Registers a subscription in INITIALIZED / SUBSCRIPTION_IN_PROGRESS. Throws DuplicateOrderError for a known merchantGlobalOrderId. */
export function createSubscription(input: NewSubscription, db: SandboxDb = sandboxDb()): Subscription {
  const solution = getSolution(input.request.solutionCode as SolutionCode);
  const at = clockNow(input.merchantId, db);
  const state = initialState(solution.code, input.financedAmountCents, at);
  const source = input.source ?? "api";
  let created: { sub: Subscription; transitionId: number };
  try {
    created = db.transaction((tx) => {
      const row = tx
        .insert(subscriptions)
        .values({
          id: randomUUID(),
          merchantId: input.merchantId,
          clientId: input.clientId,
          solutionCode: solution.code,
          marketTypeCode: solution.market,
          ...stateColumns(state),
          initialAmountCents: input.financedAmountCents,
          merchantGlobalOrderId: input.request.merchantGlobalOrderId,
          merchantBasketId: input.request.merchantBasketId,
          merchantBuyerId: input.request.merchantBuyerId,
          durationMonths: null,
          request: input.request,
          journeyToken: randomSecret(24),
          registeredAt: at,
        })
        .returning()
        .get();
      const sub = toSubscription(row);
      const t = tx
        .insert(transitions)
        .values({ subscriptionId: sub.id, action: "create", source, toStatus: state.status, toSubStatus: state.subStatus, at })
        .returning({ id: transitions.id })
        .get();
      planDueWork(tx, sub);
      return { sub, transitionId: t.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateOrderError(`merchantGlobalOrderId ${input.request.merchantGlobalOrderId} already has a subscription`);
    throw error;
  }
  emitTransition({
    merchantId: input.merchantId,
    subscription: created.sub,
    action: "create",
    source,
    from: null,
    to: stateSnapshot(created.sub),
    at,
    transitionId: created.transitionId,
  });
  return created.sub;
}

export interface ApplyOptions {
  readonly source: TransitionSource;
  /** Virtual time of the move; defaults to the merchant's now (the scheduler passes the due time). */
  readonly at?: number;
  /** The _cancel body, kept with a cancellation. */
  readonly cancellationRequest?: Record<string, unknown>;
}

export type ApplyResult =
  | { readonly ok: true; readonly changed: true; readonly subscription: Subscription; readonly transitionId: number }
  | { readonly ok: true; readonly changed: false; readonly subscription: Subscription; readonly note: string }
  | { readonly ok: false; readonly refusal: Refusal; readonly subscription: Subscription };

/**
 * Runs `action` through the life cycle and, when it applies, stores the new
 * state, a history row and the due work it implies, all in one transaction;
 * then tells the listeners. A refusal changes nothing.
 */
export function applyAction(subscriptionId: string, action: Action, options: ApplyOptions, db: SandboxDb = sandboxDb()): ApplyResult {
  const result = db.transaction((tx): ApplyResult & { event?: TransitionEvent } => {
    const row = tx.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId)).get();
    if (!row) throw new UnknownSubscriptionError(`unknown subscription ${subscriptionId}`);
    const before = toSubscription(row);
    const at = options.at ?? clockNow(before.merchantId, tx);
    const outcome = apply(before, action, at);
    if (!outcome.ok) return { ok: false, refusal: outcome.refusal, subscription: before };
    if (!outcome.changed) return { ok: true, changed: false, subscription: before, note: outcome.note };

    const delivery =
      action.type === "merchantConfirmDelivery" ? { trackingNumber: action.trackingNumber ?? null, deliveryOperator: action.operator ?? null } : {};
    const updated = tx
      .update(subscriptions)
      .set({ ...stateColumns(outcome.state), ...delivery })
      .where(eq(subscriptions.id, subscriptionId))
      .returning()
      .get();
    const after = toSubscription(updated);
    const t = outcome.transition;
    const inserted = tx
      .insert(transitions)
      .values({
        subscriptionId,
        action: t.action,
        source: options.source,
        fromStatus: t.from.status,
        fromSubStatus: t.from.subStatus,
        toStatus: t.to.status,
        toSubStatus: t.to.subStatus,
        details: t.details ?? null,
        at: t.at,
      })
      .returning({ id: transitions.id })
      .get();
    if (action.type === "merchantCancel") {
      tx.insert(cancellations)
        .values({
          subscriptionId,
          request: options.cancellationRequest ?? { cancelledAmountCents: action.amountCents },
          amountCents: action.amountCents,
          outcome: after.cancellationStatus ?? after.status,
          at: t.at,
        })
        .run();
    }
    planDueWork(tx, after);
    return {
      ok: true,
      changed: true,
      subscription: after,
      transitionId: inserted.id,
      event: {
        merchantId: after.merchantId,
        subscription: after,
        action: t.action,
        source: options.source,
        from: t.from,
        to: t.to,
        at: t.at,
        ...(t.details ? { details: t.details } : {}),
        transitionId: inserted.id,
      },
    };
  });
  if (result.ok && result.changed && result.event) {
    const { event, ...rest } = result;
    emitTransition(event);
    const cancellation = cancellationEventOf(event);
    if (cancellation) emitCancellation(cancellation);
    return rest;
  }
  return result;
}

/** The buyer's choice of duration for a long credit (journey); false when the duration is not offered. */
export function chooseDuration(subscriptionId: string, months: number, db: SandboxDb = sandboxDb()): boolean {
  const sub = getSubscription(subscriptionId, db);
  if (!sub) throw new UnknownSubscriptionError(`unknown subscription ${subscriptionId}`);
  const solution = getSolution(sub.solutionCode);
  if (solution.kind !== "long" || !offeredDurations(solution, sub.initialAmountCents).includes(months)) return false;
  db.update(subscriptions).set({ durationMonths: months }).where(eq(subscriptions.id, subscriptionId)).run();
  return true;
}

/** Deletes every subscription of the merchant, with history, due work and whatever refers to them (merchant reset). */
export function deleteMerchantSubscriptions(merchantId: string, db: SandboxDb = sandboxDb()): number {
  return db.delete(subscriptions).where(eq(subscriptions.merchantId, merchantId)).run().changes;
}
