import "server-only";
import { eq, sql } from "drizzle-orm";
import type { ShopDb } from "@/db/shop/client";
import { insertRow, param, prepared, type Handle } from "@/db/shop/prepared";
import { HISTORY_SOURCES, orders, orderStatusHistory } from "@/db/shop/schema";
import type { StoredFailure } from "../bank/messages";
import type { SubscriptionSnapshot } from "../bank/subscription-snapshot";
import { isCancellationPending, orderStateFor, type OrderState } from "./states";

export type OrderRow = typeof orders.$inferSelect;
export type HistorySource = (typeof HISTORY_SOURCES)[number];

type Tx = Parameters<Parameters<ShopDb["transaction"]>[0]>[0];

export function getOrder(db: Handle, id: string): OrderRow | undefined {
  return prepared(db, "order by id", (h) => h.select().from(orders).where(eq(orders.id, sql.placeholder("id"))).prepare()).get({ id });
}

export function getOrderByPublicToken(db: ShopDb, publicToken: string): OrderRow | undefined {
  return db.select().from(orders).where(eq(orders.publicToken, publicToken)).get();
}

export function getOrderByIdempotencyKey(db: ShopDb, key: string): OrderRow | undefined {
  return db.select().from(orders).where(eq(orders.idempotencyKey, key)).get();
}

export function insertHistory(
  tx: Tx,
  entry: { orderId: string; at: number; source: HistorySource; fromState: OrderState | null; toState: OrderState; onHold: boolean; note?: string | null; snapshot?: SubscriptionSnapshot | null },
): void {
  insertRow(tx, orderStatusHistory, {
    orderId: entry.orderId,
    at: entry.at,
    source: entry.source,
    fromState: entry.fromState,
    toState: entry.toState,
    onHold: entry.onHold,
    bankStatus: entry.snapshot?.consolidatedStatus ?? null,
    bankSubStatus: entry.snapshot?.subStatus ?? null,
    cancellationStatus: entry.snapshot?.cancellationStatus ?? null,
    bankFinancedCents: entry.snapshot?.financedCents ?? null,
    note: entry.note ?? null,
  });
}

/** States where money is owed or on its way, so a wrong amount matters. */
const AMOUNT_CHECKED: ReadonlySet<OrderState> = new Set<OrderState>([
  "awaiting_financing",
  "pre_accepted",
  "accepted_to_ship",
  "delivered_awaiting_funding",
  "funded",
  "partially_cancelled",
]);

const euros = (cents: number) => `${(cents / 100).toFixed(2)} €`;

/**
 * The producer's decision on a cancellation this shop asked for and was told
 * to wait for: null while there is none (or nothing was pending).
 */
function decidedCancellation(order: OrderRow, snapshot: SubscriptionSnapshot): { accepted: boolean; cents: number; note: string } | null {
  const cents = order.cancellationRequestedCents;
  if (cents === null || isCancellationPending(snapshot.cancellationStatus)) return null;
  const status = snapshot.cancellationStatus;
  const accepted = status === "CANCELLATION_ACCEPTED" || status === "PARTIAL_CANCELLATION_ACCEPTED" || snapshot.consolidatedStatus === "CANCELLED";
  const rejected = status === "CANCELLATION_REJECTED" || status === "PARTIAL_CANCELLATION_REJECTED";
  // Neither: the bank no longer says anything about the request (another reading of its answer); keep waiting.
  if (!accepted && !rejected) return null;
  return { accepted, cents, note: `the lender ${accepted ? "accepted" : "refused"} the cancellation of ${euros(cents)}` };
}

export interface ApplyResult {
  order: OrderRow;
  /** The state or the hold flag changed (a history row was written). */
  changed: boolean;
  /** The bank's answer was about another subscription than the one linked to the order; nothing was applied. */
  conflict: boolean;
}

/**
 * Brings an order in line with one read from the bank, idempotently: the same
 * snapshot twice writes one history row at most. Links the subscription if
 * the order had none (a pending order found at the bank).
 */
export function applySnapshot(db: ShopDb, orderId: string, snapshot: SubscriptionSnapshot, source: HistorySource, now: number, note?: string): ApplyResult {
  return db.transaction(
    (tx) => {
      const order = getOrder(tx, orderId);
      if (!order) throw new Error(`order ${orderId} not found`);
      if (order.subscriptionId && order.subscriptionId !== snapshot.subscriptionId) {
        console.error(`order ${orderId}: the bank answered about subscription ${snapshot.subscriptionId}, the order holds ${order.subscriptionId}; ignored`);
        return { order, changed: false, conflict: true };
      }
      const isDelivered = snapshot.isDelivered ?? order.isDelivered;
      const isReturned = snapshot.isReturned ?? order.isReturned;
      const decided = decidedCancellation(order, snapshot);
      const financedCents = order.financedCents - (decided?.accepted ? decided.cents : 0);
      const state = orderStateFor({
        consolidatedStatus: snapshot.consolidatedStatus,
        subStatus: snapshot.subStatus,
        cancellationStatus: snapshot.cancellationStatus,
        cancellationAlreadyMade: snapshot.cancellationAlreadyMade,
        isDelivered: isDelivered || order.deliveryConfirmedAt !== null,
        kind: order.solutionKind,
      });
      const mismatch = AMOUNT_CHECKED.has(state) && snapshot.financedCents !== null && snapshot.financedCents !== financedCents;
      const onHoldReason = mismatch
        ? `The bank finances ${euros(snapshot.financedCents!)} but the order expects ${euros(financedCents)}: check the order before shipping.`
        : null;
      const acceptedAt = order.acceptedAt ?? (snapshot.consolidatedStatus === "ACCEPTED" ? (snapshot.updatedAt ?? now) : null);
      const linked = order.subscriptionId === null;
      const changed = state !== order.state || mismatch !== order.onHold || decided !== null;

      tx.update(orders)
        .set({
          subscriptionId: snapshot.subscriptionId,
          state,
          onHold: mismatch,
          onHoldReason,
          bankStatus: snapshot.consolidatedStatus,
          bankSubStatus: snapshot.subStatus,
          cancellationStatus: snapshot.cancellationStatus,
          cancellationAlreadyMade: snapshot.cancellationAlreadyMade,
          bankFinancedCents: snapshot.financedCents,
          isDelivered,
          isReturned,
          ...(decided
            ? { cancellationRequestedCents: null, ...(decided.accepted ? { financedCents, cancelledCents: order.cancelledCents + decided.cents } : {}) }
            : {}),
          acceptedAt,
          lastSyncedAt: now,
          ...(changed || linked ? { updatedAt: now } : {}),
        })
        .where(eq(orders.id, orderId))
        .run();
      if (changed || linked) {
        insertHistory(tx, {
          orderId,
          at: now,
          source,
          fromState: order.state,
          toState: state,
          onHold: mismatch,
          snapshot,
          note: [linked ? `linked to subscription ${snapshot.subscriptionId}` : null, decided?.note, onHoldReason, note].filter(Boolean).join("; ") || null,
        });
      }
      return { order: getOrder(tx, orderId)!, changed, conflict: false };
    },
    { behavior: "immediate" },
  );
}

/** Records the bank's answer to the creation: the subscription and the buyer's journey. */
export function linkCreatedSubscription(
  db: ShopDb,
  orderId: string,
  created: { id: string; redirect?: { type?: "url" | "page"; value?: string } },
  now: number,
): OrderRow {
  return db.transaction(
    (tx) => {
      const order = getOrder(tx, orderId);
      if (!order) throw new Error(`order ${orderId} not found`);
      if (order.subscriptionId && order.subscriptionId !== created.id) {
        // The bank refuses a second subscription for one merchantGlobalOrderId; if it ever did, keep the first.
        console.error(`order ${orderId}: the bank created subscription ${created.id}, the order holds ${order.subscriptionId}; kept the latter`);
        return order;
      }
      const journey = created.redirect?.type && typeof created.redirect.value === "string" ? { type: created.redirect.type, value: created.redirect.value } : null;
      // The reconciler may have linked it meanwhile (or even seen it progress): keep what it found.
      const state: OrderState = order.state === "pending" || order.state === "failed" ? "awaiting_financing" : order.state;
      prepared(tx, "link subscription", (h) =>
        h
          .update(orders)
          .set({
            subscriptionId: param("subscriptionId"),
            state: param("state"),
            lastErrorCode: null,
            lastErrorMessage: null,
            lastErrorDetail: null,
            updatedAt: param("now"),
            redirectType: param("redirectType"),
            redirectValue: param("redirectValue"),
          })
          .where(eq(orders.id, sql.placeholder("orderId")))
          .prepare(),
      ).run({
        subscriptionId: created.id,
        state,
        now,
        // An answer without a journey keeps the one the order may already hold.
        redirectType: journey?.type ?? order.redirectType,
        redirectValue: journey?.value ?? order.redirectValue,
        orderId,
      });
      if (state !== order.state) {
        insertHistory(tx, { orderId, at: now, source: "placement", fromState: order.state, toState: state, onHold: order.onHold, note: `subscription ${created.id} created` });
      }
      return getOrder(tx, orderId)!;
    },
    { behavior: "immediate" },
  );
}

const lastError = (reason: StoredFailure) => ({ lastErrorCode: reason.code, lastErrorMessage: reason.message, lastErrorDetail: JSON.stringify(reason.detail) });

/**
 * Marks a pending order failed: the bank refused to open the application, or
 * has none for it long after the shopper left. Does nothing to an order that
 * got its subscription meanwhile.
 */
export function markFailed(db: ShopDb, orderId: string, reason: StoredFailure, source: HistorySource, now: number): OrderRow {
  return db.transaction(
    (tx) => {
      const order = getOrder(tx, orderId);
      if (!order) throw new Error(`order ${orderId} not found`);
      if (order.state !== "pending" || order.subscriptionId) return order;
      tx.update(orders)
        .set({ state: "failed", ...lastError(reason), updatedAt: now })
        .where(eq(orders.id, orderId))
        .run();
      insertHistory(tx, { orderId, at: now, source, fromState: "pending", toState: "failed", onHold: false, note: `${reason.code}: ${reason.message}` });
      return getOrder(tx, orderId)!;
    },
    { behavior: "immediate" },
  );
}

/** Keeps the last bank error of an order that stays as it is (an unclear outcome). */
export function noteError(db: ShopDb, orderId: string, reason: StoredFailure, now: number): void {
  db.update(orders).set({ ...lastError(reason), updatedAt: now }).where(eq(orders.id, orderId)).run();
}
