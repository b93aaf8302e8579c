import type { Subscription as ApiSubscription, SubscriptionSummary } from "@/server/contract";
import { toEuros } from "@/server/lib/money";
import { getSolution, implementationCode } from "../../domain/solutions";
import { subStatusOnWire } from "../../domain/substatus-wire";
import type { Subscription } from "../../store/subscription-record";
import type { SubscriptionSummary as StoredSummary } from "../../store/subscription-reads";

const iso = (ms: number) => new Date(ms).toISOString();

function implementation(sub: Pick<Subscription, "solutionCode" | "durationMonths">): { implementationCode?: string } {
  const code = implementationCode(getSolution(sub.solutionCode), sub.durationMonths ?? undefined);
  return code === undefined ? {} : { implementationCode: code };
}

/**
 * GET /subscriptions/{id}: the whole record. The buyer and basket are the
 * ones the merchant sent; `basketDetails` is a JSON string, as the bank's
 * contract has it. `consolidatedSubstatus` is the bank's readable text,
 * which the 1.4.0 contract leaves out but the bank sends (1.5.2+ documents it).
 */
export function subscriptionToApi(sub: Subscription): ApiSubscription & { consolidatedSubstatus: string } {
  const buyer = sub.request.buyers?.[0];
  if (!buyer) throw new Error(`subscription ${sub.id} has no buyer`);
  return {
    creditSubscriptionId: sub.id,
    registrationTimestamp: iso(sub.registeredAt),
    lastUpdateTimestamp: iso(sub.lastUpdateAt),
    clientId: sub.clientId,
    merchantId: sub.merchantId,
    solutionCode: sub.solutionCode,
    familyCode: "SC",
    marketTypeCode: sub.marketTypeCode,
    ...implementation(sub),
    merchantBasketId: sub.merchantBasketId,
    merchantGlobalOrderId: sub.merchantGlobalOrderId,
    merchantBuyerId: sub.merchantBuyerId,
    financedAmount: toEuros(sub.financedAmountCents),
    consolidatedStatus: sub.status,
    consolidatedSubstatus: subStatusOnWire(sub.subStatus),
    ...(sub.cancellationStatus ? { cancellationStatus: sub.cancellationStatus } : {}),
    cancellationAlreadyMade: sub.cancellationAlreadyMade,
    buyer,
    basketDetails: JSON.stringify(sub.request.basketDetails),
  };
}

/**
 * One item of GET /subscriptions. Beside the contract's fields it carries
 * `consolidatedSubstatus`, which the 1.4.0 contract leaves out but the bank
 * sends (the vendor's own plugins read it from this list to show the
 * sub-status and to tell "awaiting payment" from "funded").
 */
export function subscriptionSummaryToApi(sub: StoredSummary): SubscriptionSummary & { consolidatedSubstatus: string } {
  return {
    consolidatedSubstatus: subStatusOnWire(sub.subStatus),
    creditSubscriptionId: sub.id,
    registrationTimestamp: iso(sub.registeredAt),
    lastUpdateTimestamp: iso(sub.lastUpdateAt),
    solutionCode: sub.solutionCode,
    marketTypeCode: sub.marketTypeCode,
    ...implementation(sub),
    merchantBasketId: sub.merchantBasketId,
    merchantGlobalOrderId: sub.merchantGlobalOrderId,
    buyerFinancedAmount: toEuros(sub.financedAmountCents),
    consolidatedStatus: sub.status,
    ...(sub.cancellationStatus ? { cancellationStatus: sub.cancellationStatus } : {}),
    cancellationAlreadyMade: sub.cancellationAlreadyMade,
    isReturned: sub.isReturned,
    isDelivered: sub.isDelivered,
  };
}
