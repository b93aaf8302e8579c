import "server-only";
import type { CancellationRequest, DeliveryConfirmation, SubscriptionCreated, SubscriptionPage, SubscriptionRequest } from "@/server/contract";
import { toEuros } from "@/server/lib/money";
import { isEligible } from "../../domain/eligibility";
import { cancellationAnswer, type Action } from "../../domain/lifecycle";
import { findSolution } from "../../domain/solutions";
import { effectiveSettings } from "../../planning/settings";
import type { Subscription } from "../../store/subscription-record";
import { findByOrderId, getMerchantSubscription, listSubscriptionSummaries } from "../../store/subscription-reads";
import { applyAction, createSubscription as storeSubscription, DuplicateOrderError } from "../../store/subscription-writes";
import { cancellationAction, cancellationStatusWord, subscriptionDetail } from "../api-version";
import { positiveCents, wholeCents } from "../amounts";
import { json, readJson, type ApiContext } from "../context";
import { SandboxHttpError } from "../errors";
import { validateBody, validateQuery } from "../validation";
import { journeyRedirect } from "./journey-redirect";
import { checkBasket, checkCountryCodes, checkPhones, theBuyer } from "./subscription-checks";
import { subscriptionSummaryToApi } from "./subscription-mapper";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function duplicate(orderId: string): SandboxHttpError {
  return new SandboxHttpError(400, "BAD_REQUEST", `A subscription already exists for merchantGlobalOrderId ${orderId}`);
}

/** POST /subscriptions */
export async function createSubscription(ctx: ApiContext): Promise<Response> {
  const body = await readJson(ctx.request);
  validateBody("initiateCreditSubscription", body, ctx.apiVersion);
  // 1.7.1's required `language`: the service's 400, after the gateway's checks of the body.
  validateQuery("initiateCreditSubscription", ctx.url.searchParams, ctx.apiVersion);
  const request = body as SubscriptionRequest;
  const buyer = theBuyer(request);
  checkCountryCodes(buyer);
  checkBasket(request);
  const amountCents = positiveCents(request.financedAmount, "financedAmount");
  const country = buyer.billingAddress.countryCode;
  const solution = findSolution(request.solutionCode);
  if (solution) checkPhones(buyer, solution.market);
  if (!solution || !isEligible(ctx.merchant.solutionCodes, solution.code, country, amountCents)) {
    throw new SandboxHttpError(
      400,
      "FORBIDDEN",
      `Solution ${request.solutionCode} is not eligible for this merchant, buyer billing country ${country} and financed amount ${toEuros(amountCents).toFixed(2)}`,
    );
  }
  if (findByOrderId(ctx.merchant.id, request.merchantGlobalOrderId)) throw duplicate(request.merchantGlobalOrderId);

  let sub: Subscription;
  try {
    sub = storeSubscription({ merchantId: ctx.merchant.id, clientId: ctx.clientId, request, financedAmountCents: amountCents });
  } catch (error) {
    if (error instanceof DuplicateOrderError) throw duplicate(request.merchantGlobalOrderId);
    throw error;
  }
  const { germanRedirect } = effectiveSettings(ctx.merchant.settings);
  const answer: SubscriptionCreated = { id: sub.id, redirect: journeyRedirect(ctx.origin, sub.id, sub.journeyToken, solution, amountCents, germanRedirect) };
  return json(answer, 201);
}

/** GET /subscriptions */
export function listSubscriptions(ctx: ApiContext): Response {
  const query = validateQuery("retrieveCreditSubscriptionForSpecificMerchant", ctx.url.searchParams, ctx.apiVersion);
  const page = query.page as number;
  const pageSize = query.pageSize as number;
  if (page < 1) throw new SandboxHttpError(400, "INVALID_PAGE_INDEX", `Page index must be at least 1; rejected value ${page}`);
  // No maximum: the spec sets none, and the vendor's status crons ask for 1000, 9999 or 500000 in one page.
  if (pageSize < 1) throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", `Parameter 'pageSize' must be at least 1; rejected value ${pageSize}`);
  const { totalItemCount, items } = listSubscriptionSummaries(ctx.merchant.id, {
    merchantGlobalOrderId: query.merchantGlobalOrderId as string | undefined,
    merchantBasketId: query.merchantBasketId as string | undefined,
    page,
    pageSize,
  });
  const body: SubscriptionPage = { totalItemCount, subscriptions: items.map(subscriptionSummaryToApi) };
  return json(body);
}

/** The merchant's subscription named in the path: 400 INVALID_UUID, 404 ENTITY_NOT_FOUND. */
function pathSubscription(ctx: ApiContext): Subscription {
  const id = ctx.params.creditSubscriptionId ?? "";
  if (!UUID.test(id)) throw new SandboxHttpError(400, "INVALID_UUID", `Invalid UUID: "${id}" is not a valid creditSubscriptionId`);
  const sub = getMerchantSubscription(ctx.merchant.id, id.toLowerCase());
  if (!sub) throw new SandboxHttpError(404, "ENTITY_NOT_FOUND", `No credit subscription found with id ${id}`);
  return sub;
}

/** GET /subscriptions/{creditSubscriptionId} */
export function getSubscription(ctx: ApiContext): Response {
  return json(subscriptionDetail(pathSubscription(ctx), ctx.apiVersion));
}

function run(sub: Subscription, action: Action, cancellationRequest?: Record<string, unknown>): Subscription {
  const result = applyAction(sub.id, action, { source: "api", cancellationRequest });
  if (!result.ok) throw new SandboxHttpError(result.refusal.httpStatus, result.refusal.errorCode, result.refusal.message);
  return result.subscription;
}

/** POST /subscriptions/{id}/_confirmDelivery: 204, processed for a long credit, accepted and ignored for a split payment. */
export async function confirmDelivery(ctx: ApiContext): Promise<Response> {
  const sub = pathSubscription(ctx);
  const body = await readJson(ctx.request);
  validateBody("doConfirmDelivery", body, ctx.apiVersion);
  const delivery = body as DeliveryConfirmation;
  run(sub, { type: "merchantConfirmDelivery", isDelivered: delivery.isDelivered, trackingNumber: delivery.trackingNumber, operator: delivery.operator });
  return new Response(null, { status: 204 });
}

/** POST /subscriptions/{id}/_confirmReturn (1.7.1): 204, the delivered goods of a long credit came back. */
export async function confirmReturn(ctx: ApiContext): Promise<Response> {
  const sub = pathSubscription(ctx);
  const body = await readJson(ctx.request);
  validateBody("doConfirmReturn", body, ctx.apiVersion);
  run(sub, { type: "merchantConfirmReturn", isReturned: (body as { isReturned: boolean }).isReturned });
  return new Response(null, { status: 204 });
}

/** POST /subscriptions/{id}/_cancel: full or partial, with the new financed amount. */
export async function cancelSubscription(ctx: ApiContext): Promise<Response> {
  const sub = pathSubscription(ctx);
  const body = await readJson(ctx.request);
  validateBody("cancelCreditSubscription", body, ctx.apiVersion);
  const request = body as CancellationRequest;
  if (request.cancelledAmount === undefined) {
    throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", "Field 'cancelledAmount' is required to cancel a subscription");
  }
  // The sign is the life cycle's to judge, with the bank's own words for it.
  const after = run(sub, cancellationAction(wholeCents(request.cancelledAmount, "cancelledAmount"), ctx.apiVersion), body as Record<string, unknown>);
  const answer = cancellationAnswer(after);
  return json({ financedAmount: toEuros(answer.financedAmountCents), status: cancellationStatusWord(answer, ctx.apiVersion) });
}
