/**
 * The events the bank raises, built from the facts of a subscription. The
 * `data` payloads follow the contract's ScSubscriptionPayload,
 * ScCancelRequestPayload and WebhookPayloadForHelloWorld; amounts are
 * decimal euros, as everywhere at the API boundary.
 */
import { randomUUID } from "node:crypto";
import { toEuros } from "@/server/lib/money";
import type { SubStatus } from "../domain/lifecycle";
import { subStatusOnWire } from "../domain/substatus-wire";
import { cancelRequestEventCode, HELLO_WORLD, subscriptionEventCode } from "./catalogue";

export interface EventDraft {
  readonly subscriptionId: string | null;
  /** The subscription's id, so that a merchant can correlate the events of one subscription. */
  readonly correlationId: string;
  readonly eventTypeCode: string;
  readonly eventCode: string;
  readonly data: Record<string, unknown>;
}

export interface SubscriptionFacts {
  readonly id: string;
  readonly merchantGlobalOrderId: string;
  readonly financedAmountCents: number;
  readonly status: string;
  readonly subStatus: SubStatus;
}

/** An event about one subscription: its type and code head the payload, then the merchant's order id, then `fields`. */
function subscriptionDraft(subscription: SubscriptionFacts, eventTypeCode: string, eventCode: string, fields: Record<string, unknown>): EventDraft {
  return {
    subscriptionId: subscription.id,
    correlationId: subscription.id,
    eventTypeCode,
    eventCode,
    data: { eventTypeCode, eventCode, merchantGlobalOrderId: subscription.merchantGlobalOrderId, ...fields },
  };
}

/** The amount and status every subscription event reports. */
function statusFields(subscription: SubscriptionFacts): Record<string, unknown> {
  return {
    financedAmount: toEuros(subscription.financedAmountCents),
    consolidatedStatus: subscription.status,
    // Beyond the documented fields: the bank's readable sub-status, as in GET /subscriptions.
    consolidatedSubstatus: subStatusOnWire(subscription.subStatus),
  };
}

/** SC_SUBSCRIPTION_<status>; undefined for a status without an event. */
export function subscriptionEvent(subscription: SubscriptionFacts): EventDraft | undefined {
  const eventCode = subscriptionEventCode(subscription.status);
  if (!eventCode) return undefined;
  return subscriptionDraft(subscription, "SC_SUBSCRIPTION", eventCode, statusFields(subscription));
}

export interface CancellationFacts {
  readonly cancelledAmountCents: number;
  /** CANCELLATION_ACCEPTED, PARTIAL_CANCELLATION_REJECTED, ... */
  readonly cancellationStatus: string;
}

/** SC_CANCEL_REQUEST_<outcome>; undefined while the request is still pending (REQUEST_FOR_...). */
export function cancellationEvent(subscription: SubscriptionFacts, cancellation: CancellationFacts): EventDraft | undefined {
  const eventCode = cancelRequestEventCode(cancellation.cancellationStatus);
  if (!eventCode) return undefined;
  return subscriptionDraft(subscription, "SC_CANCEL_REQUEST", eventCode, {
    cancelledAmount: toEuros(cancellation.cancelledAmountCents),
    ...statusFields(subscription),
    cancellationStatus: cancellation.cancellationStatus,
  });
}

/** The test event of POST /events/tests/_trigger. */
export function helloWorldEvent(): EventDraft {
  return {
    subscriptionId: null,
    correlationId: randomUUID(),
    eventTypeCode: HELLO_WORLD,
    eventCode: HELLO_WORLD,
    data: { eventTypeCode: HELLO_WORLD, eventCode: HELLO_WORLD, helloWorldMessage: "Hello World !" },
  };
}
