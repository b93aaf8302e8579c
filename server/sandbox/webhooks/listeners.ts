import "server-only";
import { onCancellation, onMerchantReset, onTransition, type CancellationEvent, type TransitionEvent } from "../store/state-events";
import { registerDueWork } from "../scheduler/scheduler";
import { raiseEvent, runDueReplays } from "./dispatcher";
import { cancellationEvent, subscriptionEvent } from "./event-drafts";
import { deleteMerchantEvents, releaseInterruptedAttempts } from "./repository";

/**
 * What turns the bank's state changes into webhook events:
 * - every move that changes the status or the sub-status (creation included)
 *   raises SC_SUBSCRIPTION_<status> (a step within ACCEPTED, such as the
 *   payment to the merchant, raises SC_SUBSCRIPTION_ACCEPTED again, so that
 *   the merchant hears of it and re-reads the subscription);
 * - every decided cancellation request raises SC_CANCEL_REQUEST_<outcome>
 *   (a Hanseatic request still waiting for the producer raises nothing yet).
 */
export function onSubscriptionMove(event: TransitionEvent): void {
  const moved = event.from === null || event.from.status !== event.to.status || event.from.subStatus !== event.to.subStatus;
  if (!moved) return;
  const draft = subscriptionEvent(event.subscription);
  if (draft) raiseEvent(event.merchantId, draft, event.at);
}

export function onCancellationOutcome(event: CancellationEvent): void {
  if (event.outcome === "REQUESTED") return;
  const draft = cancellationEvent(event.subscription, { cancelledAmountCents: event.amountCents, cancellationStatus: event.cancellationStatus });
  if (draft) raiseEvent(event.merchantId, draft, event.at);
}

const holder = globalThis as unknown as { __sandboxWebhooksStarted?: boolean };

/**
 * Subscribes the webhooks to the store's events and their replays to the
 * scheduler, once per process (called from server/startup.ts).
 */
export function startWebhooks(): void {
  if (holder.__sandboxWebhooksStarted) return;
  holder.__sandboxWebhooksStarted = true;
  try {
    releaseInterruptedAttempts();
  } catch (error) {
    // A database not migrated yet must not stop the shop from starting; the sandbox says so on use.
    console.error("sandbox webhooks: could not read the webhook events (run npm run db:migrate)", error);
  }
  onTransition(onSubscriptionMove);
  onCancellation(onCancellationOutcome);
  onMerchantReset(({ merchantId }) => {
    deleteMerchantEvents(merchantId);
  });
  registerDueWork("webhook-replays", async (merchantId, nowMs) => {
    await runDueReplays(merchantId, nowMs);
  });
}
