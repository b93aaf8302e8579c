/**
 * The webhook event types this bank sends, with their event codes, as the
 * vendor lists them for e-financing merchants (GET /event-types). Insurance
 * (CI_SUBSCRIPTION) is not sold by this sandbox, so it is never offered.
 */
const EVENT_TYPE_DESCRIPTIONS = {
  SC_SUBSCRIPTION: "Every status change of a credit subscription",
  SC_CANCEL_REQUEST: "The outcome of a cancellation request (full or partial)",
} as const;
export type SubscriptionEventTypeCode = keyof typeof EVENT_TYPE_DESCRIPTIONS;

/**
 * Each event code: its type, then what follows the type in the code (a
 * subscription status, or the outcome of a cancellation request), then what
 * it announces. A status or outcome missing here raises no event (REQUESTED,
 * the intermediate REQUEST_FOR_* cancellation statuses).
 */
const EVENT_CODES: readonly (readonly [SubscriptionEventTypeCode, string, string])[] = [
  ["SC_SUBSCRIPTION", "INITIALIZED", "A credit subscription was initialized"],
  ["SC_SUBSCRIPTION", "PRE_ACCEPTED", "A credit subscription was pre-accepted"],
  ["SC_SUBSCRIPTION", "ACCEPTED", "A credit subscription was accepted (or moved on within ACCEPTED)"],
  ["SC_SUBSCRIPTION", "REJECTED", "A credit subscription was rejected"],
  ["SC_SUBSCRIPTION", "CANCELLED", "A credit subscription was cancelled"],
  ["SC_SUBSCRIPTION", "ABORTED", "A credit subscription was aborted"],
  ["SC_CANCEL_REQUEST", "CANCELLATION_ACCEPTED", "A full cancellation was accepted"],
  ["SC_CANCEL_REQUEST", "CANCELLATION_REJECTED", "A full cancellation was rejected"],
  ["SC_CANCEL_REQUEST", "PARTIAL_CANCELLATION_ACCEPTED", "A partial cancellation was accepted"],
  ["SC_CANCEL_REQUEST", "PARTIAL_CANCELLATION_REJECTED", "A partial cancellation was rejected"],
];

/** GET /event-types: each type with its codes. */
export const EVENT_TYPES = Object.entries(EVENT_TYPE_DESCRIPTIONS).map(([eventTypeCode, description]) => ({
  eventTypeCode: eventTypeCode as SubscriptionEventTypeCode,
  description,
  eventCodes: EVENT_CODES.filter(([type]) => type === eventTypeCode).map(([type, what, description]) => ({ eventCode: `${type}_${what}`, description })),
}));

export const HELLO_WORLD = "HELLO_WORLD";
export const ANY = "ANY";

/** The event type codes a merchant may configure a webhook for (PUT /webhooks). */
export const CONFIGURABLE_EVENT_TYPE_CODES: readonly string[] = [ANY, ...EVENT_TYPES.map((t) => t.eventTypeCode), HELLO_WORLD];

export function eventCodesOf(eventTypeCode: string): readonly string[] {
  if (eventTypeCode === HELLO_WORLD) return [HELLO_WORLD];
  if (eventTypeCode === ANY) return EVENT_TYPES.flatMap((t) => t.eventCodes.map((c) => c.eventCode));
  return EVENT_TYPES.find((t) => t.eventTypeCode === eventTypeCode)?.eventCodes.map((c) => c.eventCode) ?? [];
}

/** `<type>_<what>` when the bank sends that event, else undefined. */
function eventCodeFor(eventTypeCode: SubscriptionEventTypeCode, what: string): string | undefined {
  return EVENT_CODES.some(([type, known]) => type === eventTypeCode && known === what) ? `${eventTypeCode}_${what}` : undefined;
}

/** SC_SUBSCRIPTION_<status>, or undefined for a status the bank sends no event for (REQUESTED). */
export function subscriptionEventCode(status: string): string | undefined {
  return eventCodeFor("SC_SUBSCRIPTION", status);
}

/**
 * SC_CANCEL_REQUEST_<outcome> for a cancellation outcome; undefined for the
 * intermediate REQUEST_FOR_* statuses, which have no event code.
 */
export function cancelRequestEventCode(cancellationStatus: string): string | undefined {
  return eventCodeFor("SC_CANCEL_REQUEST", cancellationStatus);
}
