/**
 * The bank's subscription answers reshaped into the shop's own types, in
 * cents: the one place that reads the list item and the detail answers, so
 * that nothing past server/shop/bank/ sees the contract's shapes or euros.
 */
import type { Subscription, SubscriptionSummary } from "@/server/contract/types";
import { toCents } from "@/server/lib/money";
import { readSubStatus, type SubStatus } from "./sub-status";
import { isCancellationStatus, type CancellationStatus, type ConsolidatedStatus } from "./vocabulary";

/** What one read from the bank says about a subscription, in the shop's units. */
export interface SubscriptionSnapshot {
  subscriptionId: string;
  consolidatedStatus: ConsolidatedStatus;
  /** Canonical (./sub-status.ts): whatever the bank's spelling, or null when it sent none the shop knows. */
  subStatus: SubStatus | null;
  cancellationStatus: CancellationStatus | null;
  cancellationAlreadyMade: boolean;
  /** Undefined when the answer does not say (the detail answer has no isDelivered). */
  isDelivered: boolean | undefined;
  /** 1.5.2+ list items only. */
  isReturned: boolean | undefined;
  financedCents: number | null;
  /** The bank's lastUpdateTimestamp, epoch ms. */
  updatedAt: number | null;
}

/** A list item: the snapshot and the order it was opened for (the bank's merchantGlobalOrderId). */
export interface ListedSubscription extends SubscriptionSnapshot {
  orderId: string;
}

/** One page of GET /subscriptions. */
export interface SubscriptionList {
  totalItemCount: number;
  subscriptions: ListedSubscription[];
}

/** GET /subscriptions/{id}: the snapshot, what the back office shows besides, and the answer itself. */
export interface SubscriptionDetail extends SubscriptionSnapshot {
  /** The sub-status text as the bank spelled it (the snapshot's subStatus is the shop's canonical name). */
  subStatusText: string | null;
  solutionCode: string;
  implementationCode: string | null;
  /** The bank's registrationTimestamp, epoch ms. */
  registeredAt: number | null;
  /** The answer as the bank sent it, for the merchant to read whole; never computed with. */
  answer: Readonly<Record<string, unknown>>;
}

function epoch(value: string | undefined): number | null {
  const ms = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? null : ms;
}

function amountCents(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? toCents(value) : null;
}

const flag = (value: unknown): boolean | undefined => (typeof value === "boolean" ? value : undefined);

/** What the list item and the detail answers share; the later versions' fields are absent from the 1.4.0 contract's types. */
interface SubscriptionAnswer {
  creditSubscriptionId: string;
  consolidatedStatus: ConsolidatedStatus;
  cancellationStatus?: unknown;
  cancellationAlreadyMade?: boolean;
  lastUpdateTimestamp?: string;
  consolidatedSubstatus?: unknown;
  isDelivered?: unknown;
  isReturned?: unknown;
}

function snapshotOf(answer: SubscriptionAnswer, financedAmount: unknown): SubscriptionSnapshot {
  return {
    subscriptionId: answer.creditSubscriptionId,
    consolidatedStatus: answer.consolidatedStatus,
    subStatus: readSubStatus(answer.consolidatedSubstatus),
    cancellationStatus: isCancellationStatus(answer.cancellationStatus) ? answer.cancellationStatus : null,
    cancellationAlreadyMade: answer.cancellationAlreadyMade === true,
    isDelivered: flag(answer.isDelivered),
    isReturned: flag(answer.isReturned),
    financedCents: amountCents(financedAmount),
    updatedAt: epoch(answer.lastUpdateTimestamp),
  };
}

/** From a list item: the richest answer (isDelivered, isReturned in 1.5.2+, the sub-status when present). */
export function listedSubscription(item: SubscriptionSummary): ListedSubscription {
  return { ...snapshotOf(item, item.buyerFinancedAmount), orderId: item.merchantGlobalOrderId };
}

export function subscriptionDetail(detail: Subscription): SubscriptionDetail {
  const text = (detail as { consolidatedSubstatus?: unknown }).consolidatedSubstatus;
  return {
    ...snapshotOf(detail, detail.financedAmount),
    subStatusText: typeof text === "string" && text ? text : null,
    solutionCode: detail.solutionCode,
    implementationCode: detail.implementationCode || null,
    registeredAt: epoch(detail.registrationTimestamp),
    answer: detail,
  };
}
