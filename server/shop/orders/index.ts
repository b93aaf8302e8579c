/**
 * The order engine: keeps the merchant's orders true to the bank's state.
 *
 * Every function takes `deps: EngineDeps` = { db, bank, appUrl, now?, sleep? }.
 * In the app use `engineDeps()`; tests pass a temporary database and a bank
 * client of their own (createBankClient from server/shop/bank).
 * Amounts are integer cents. Nothing here trusts the browser: the financed
 * amount comes from the server's cart and catalogue, statuses from the bank.
 *
 * Storefront (issue 6)
 *   placeOrder(deps, { cartId, idempotencyKey, checkout: CheckoutData }) → PlaceOrderResult
 *       { orderId, publicToken, state, redirect: {type: "url"|"page", value} | null,
 *         problem: { key: ShopperErrorKey, merchantMessage } | null, reused }
 *       Throws ZodError (bad input) or OrderInputError (cart_not_found, cart_empty,
 *       market_mismatch, birth_data_required, solution_refused: the merchant's financing
 *       settings refuse the solution for this cart) before anything is written.
 *       The same idempotencyKey twice gives the same order (reused: true) unless it
 *       failed, in which case a new attempt is made. The cart is left as it is.
 *       Shopper texts for problem.key: SHOPPER_ERROR_MESSAGES[key][fr|en|de] (server/shop/bank).
 *   returnFromBank(deps, publicToken, { attempts?, intervalMs? }) → ShopperOrder | null
 *       For /checkout/return/[token]: re-reads the bank (a few times while it has not moved).
 *   getShopperOrder(deps, publicToken) → ShopperOrder | null
 *       For /orders/[token]: what the shop knows, no bank call.
 *   returnUrl(appUrl, publicToken): the merchantUrls.confirmation sent to the bank.
 *
 * Back office (issue 7)
 *   listOrders(db, { state?, bankStatus?, onHold?, search?, page?, pageSize? }) → { items, total, counts, onHoldCount }
 *   getOrderDetail(db, orderId) → { order, lines, buyer, billingAddress, deliveryAddress, history, apiCalls, webhooks } | null
 *   fetchBankSubscription(deps, orderId) → { subscription (GET /subscriptions/{id}) | null, error }
 *   refreshOrderFromBank(deps, orderId) → ActionResult
 *   confirmDelivery(deps, orderId, { trackingNumber, operator }) → ActionResult
 *   cancelOrder(deps, orderId, { amountCents, reason, item?, contact? }) → ActionResult
 *   confirmReturn(deps, orderId) → ActionResult           (1.7.1: a delivered long credit's goods came back)
 *       ActionResult = { ok: true, order, message } | { ok: false, order, code, message }:
 *       refusals by the rules (canConfirmDelivery / canCancel, also usable to show or hide
 *       the buttons) come back before any call to the bank, with a reason to display.
 *   startSyncAll(deps) → SyncJob ; getSyncJob(id?) → SyncJob | null    ("sync all", with progress)
 *   listApiCalls(db, filter) (server/shop/bank): the API log.
 *   orderEnvironments(db) → [{ environment: sandbox|uatc|prod|null, orders, subscriptions, firstPlacedAt, lastPlacedAt }]
 *       which banks the orders were placed against (each order records it at placement).
 *   ORDER_STATE_INFO: label and meaning of each state.
 *   Throws OrderNotFoundError for an unknown order id.
 *
 * Background and bank-driven
 *   startReconciler(() => engineDeps(), seconds)   from server/startup.ts
 *   reconcileOnce(deps, options) → ReconcileReport  (one pass; tests call it directly)
 *   receiveWebhook(deps & { webhookSecret }, { rawBody, signature, timestamp }) → { status, outcome }
 *       used by app/api/webhooks/scalexpert/route.ts.
 *
 * History sources: placement | return | reconciler | webhook | merchant_action.
 */
import "server-only";

export { engineDeps } from "./default-deps";
export type { EngineDeps } from "./deps";
export { placeOrder, createPendingOrder, placeOrderInputSchema, OrderInputError, type PlaceOrderInput, type PlaceOrderResult, type OrderInputErrorCode } from "./place-order";
export { returnFromBank, getShopperOrder, refreshOrder, OrderNotFoundError, type ShopperOrder, type RefreshResult } from "./sync";
export { returnUrl } from "./subscription-request";
export { orderEnvironments, type OrderEnvironment } from "./environments";
export { listOrders, getOrderDetail, fetchBankSubscription, type OrderListFilter, type OrderListItem, type OrderDetail } from "./queries";
export {
  refreshOrderFromBank,
  confirmDelivery,
  confirmReturn,
  cancelOrder,
  confirmDeliveryInputSchema,
  cancelOrderInputSchema,
  DELIVERY_OPERATORS,
  type ActionResult,
} from "./merchant-actions";
export { canCancel, canConfirmDelivery, canConfirmReturn, remainingFinancedCents, type RefusalCode, type Refusal, type OrderFacts } from "./rules";
export { startSyncAll, getSyncJob, startReconciler, reconcileOnce, reconcile, type SyncJob, type ReconcileReport, type ReconcileOptions } from "./reconciler";
export { receiveWebhook, verifyWebhookSignature, signWebhook, SIGNATURE_HEADER, SIGNATURE_TIMESTAMP_HEADER, type WebhookOutcome } from "./webhooks";
export { ORDER_STATES, ORDER_STATE_INFO, FINAL_STATES, isFinal, orderStateFor, type OrderState, type SolutionKind, type BankStatusFacts } from "./states";
export type { OrderRow, HistorySource } from "./order-store";
