/**
 * The webhook event types this bank sends, with their event codes, as the
 * vendor lists them for e-financing merchants (GET /event-types). Insurance
 * (CI_SUBSCRIPTION) is not sold by this sandbox, so it is never offered.
 */
export const SUBSCRIPTION_STATUSES_WITH_EVENTS = ["INITIALIZED", "PRE_ACCEPTED", "ACCEPTED", "REJECTED", "CANCELLED", "ABORTED"] as const;

export const EVENT_TYPES = [
  {
    eventTypeCode: "SC_SUBSCRIPTION",
    description: "Every status change of a credit subscription",
    eventCodes: [
      { eventCode: "SC_SUBSCRIPTION_INITIALIZED", description: "A credit subscription was initialized" },
      { eventCode: "SC_SUBSCRIPTION_PRE_ACCEPTED", description: "A credit subscription was pre-accepted" },
      { eventCode: "SC_SUBSCRIPTION_ACCEPTED", description: "A credit subscription was accepted (or moved on within ACCEPTED)" },
      { eventCode: "SC_SUBSCRIPTION_REJECTED", description: "A credit subscription was rejected" },
      { eventCode: "SC_SUBSCRIPTION_CANCELLED", description: "A credit subscription was cancelled" },
      { eventCode: "SC_SUBSCRIPTION_ABORTED", description: "A credit subscription was aborted" },
    ],
  },
  {
    eventTypeCode: "SC_CANCEL_REQUEST",
    description: "The outcome of a cancellation request (full or partial)",
    eventCodes: [
      { eventCode: "SC_CANCEL_REQUEST_CANCELLATION_ACCEPTED", description: "A full cancellation was accepted" },
      { eventCode: "SC_CANCEL_REQUEST_CANCELLATION_REJECTED", description: "A full cancellation was rejected" },
      { eventCode: "SC_CANCEL_REQUEST_PARTIAL_CANCELLATION_ACCEPTED", description: "A partial cancellation was accepted" },
      { eventCode: "SC_CANCEL_REQUEST_PARTIAL_CANCELLATION_REJECTED", description: "A partial cancellation was rejected" },
    ],
  },
] as const;

export type SubscriptionEventTypeCode = (typeof EVENT_TYPES)[number]["eventTypeCode"];
export const HELLO_WORLD = "HELLO_WORLD";
export const ANY = "ANY";

/** The event type codes a merchant may configure a webhook for (PUT /webhooks). */
export const CONFIGURABLE_EVENT_TYPE_CODES: readonly string[] = [ANY, ...EVENT_TYPES.map((t) => t.eventTypeCode), HELLO_WORLD];

export function eventCodesOf(eventTypeCode: string): readonly string[] {
  if (eventTypeCode === HELLO_WORLD) return [HELLO_WORLD];
  if (eventTypeCode === ANY) return EVENT_TYPES.flatMap((t) => t.eventCodes.map((c) => c.eventCode));
  return EVENT_TYPES.find((t) => t.eventTypeCode === eventTypeCode)?.eventCodes.map((c) => c.eventCode) ?? [];
}

/** SC_SUBSCRIPTION_<status>, or undefined for a status the bank sends no event for (REQUESTED). */
export function subscriptionEventCode(status: string): string | undefined {
  return (SUBSCRIPTION_STATUSES_WITH_EVENTS as readonly string[]).includes(status) ? `SC_SUBSCRIPTION_${status}` : undefined;
}

/**
 * SC_CANCEL_REQUEST_<outcome> for a cancellation outcome; undefined for the
 * intermediate REQUEST_FOR_* statuses, which have no event code.
 */
export function cancelRequestEventCode(cancellationStatus: string): string | undefined {
  const outcomes = ["CANCELLATION_ACCEPTED", "CANCELLATION_REJECTED", "PARTIAL_CANCELLATION_ACCEPTED", "PARTIAL_CANCELLATION_REJECTED"];
  return outcomes.includes(cancellationStatus) ? `SC_CANCEL_REQUEST_${cancellationStatus}` : undefined;
}
