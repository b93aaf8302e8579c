/**
 * Listeners of the bank's state changes (webhooks subscribe here). Kept on
 * globalThis: Next bundles the start-up code and the route handlers apart,
 * and both must see the same listeners.
 */
import type { ActionType, CancellationStatus, StateSnapshot } from "../domain/lifecycle";
import type { Subscription } from "./subscription-record";

export type TransitionSource = "api" | "journey" | "console" | "control" | "scheduler" | (string & {});

export interface TransitionEvent {
  readonly merchantId: string;
  /** The subscription after the move. */
  readonly subscription: Subscription;
  /** "create" for the creation (from is null), else the life cycle's action. */
  readonly action: ActionType | "create";
  readonly source: TransitionSource;
  readonly from: StateSnapshot | null;
  readonly to: StateSnapshot;
  /** Virtual time of the move (merchant's clock), epoch ms. */
  readonly at: number;
  readonly details?: Readonly<Record<string, string | number>>;
  /** Id of the history row. */
  readonly transitionId: number;
}

/** A cancellation request answered: at once (Franfinance), or requested then decided (Hanseatic). */
export interface CancellationEvent {
  readonly merchantId: string;
  readonly subscription: Subscription;
  readonly cancellationStatus: CancellationStatus;
  /** ACCEPTED or REJECTED once decided; REQUESTED while the producer has not answered. */
  readonly outcome: "ACCEPTED" | "REJECTED" | "REQUESTED";
  readonly partial: boolean;
  readonly amountCents: number;
  readonly at: number;
  readonly transitionId: number;
}

const CANCELLATION_ACTIONS: ReadonlySet<string> = new Set(["merchantCancel", "producerAcceptCancellation", "producerRejectCancellation"]);

/** The cancellation event a move implies, if it is a cancellation request or its decision. */
export function cancellationEventOf(event: TransitionEvent): CancellationEvent | undefined {
  const status = event.to.cancellationStatus;
  if (!CANCELLATION_ACTIONS.has(event.action) || status === null) return undefined;
  const outcome = status.startsWith("REQUEST_FOR") ? "REQUESTED" : status.endsWith("ACCEPTED") ? "ACCEPTED" : "REJECTED";
  return {
    merchantId: event.merchantId,
    subscription: event.subscription,
    cancellationStatus: status,
    outcome,
    partial: status.includes("PARTIAL"),
    amountCents: Number(event.details?.cancelledAmountCents ?? 0),
    at: event.at,
    transitionId: event.transitionId,
  };
}

type Listener<E> = (event: E) => void | Promise<void>;

/** A merchant was reset (controls): its subscriptions are gone, its clock is back to real time. */
export interface ResetEvent {
  readonly merchantId: string;
}

interface Registry {
  transition: Set<Listener<TransitionEvent>>;
  cancellation: Set<Listener<CancellationEvent>>;
  reset: Set<Listener<ResetEvent>>;
}

const holder = globalThis as unknown as { __sandboxEvents?: Registry };

function registry(): Registry {
  holder.__sandboxEvents ??= { transition: new Set(), cancellation: new Set(), reset: new Set() };
  return holder.__sandboxEvents;
}

/** Called after every committed move (creation included). Returns the unsubscribe function. */
export function onTransition(listener: Listener<TransitionEvent>): () => void {
  registry().transition.add(listener);
  return () => registry().transition.delete(listener);
}

/** Called after every cancellation request and decision. Returns the unsubscribe function. */
export function onCancellation(listener: Listener<CancellationEvent>): () => void {
  registry().cancellation.add(listener);
  return () => registry().cancellation.delete(listener);
}

/** Called after a merchant reset, for modules that keep their own per-merchant data. Returns the unsubscribe function. */
export function onMerchantReset(listener: Listener<ResetEvent>): () => void {
  registry().reset.add(listener);
  return () => registry().reset.delete(listener);
}

function notify<E>(listeners: Iterable<Listener<E>>, event: E): void {
  for (const listener of listeners) {
    // A listener's failure must not undo nor fail the bank's answer.
    try {
      const result = listener(event);
      if (result instanceof Promise) result.catch((error: unknown) => console.error("sandbox: event listener failed", error));
    } catch (error) {
      console.error("sandbox: event listener failed", error);
    }
  }
}

export function emitTransition(event: TransitionEvent): void {
  notify(registry().transition, event);
}

export function emitCancellation(event: CancellationEvent): void {
  notify(registry().cancellation, event);
}

export function emitMerchantReset(event: ResetEvent): void {
  notify(registry().reset, event);
}
