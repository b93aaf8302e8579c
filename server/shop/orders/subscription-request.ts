/**
 * The body of POST /subscriptions, built from what the order stored (never
 * from the browser): amounts from the order's lines, which came from the
 * catalogue at placement.
 */
import type { SubscriptionRequest } from "@/server/contract/types";
import { toEuros } from "@/server/lib/money";
import type { orderAddresses, orderBuyers, orderLines, orders } from "@/db/shop/schema";

type Order = typeof orders.$inferSelect;
type Line = typeof orderLines.$inferSelect;
type Buyer = typeof orderBuyers.$inferSelect;
type Address = typeof orderAddresses.$inferSelect;
type BankAddress = NonNullable<SubscriptionRequest["buyers"]>[number]["billingAddress"];

export function returnUrl(appUrl: string, publicToken: string): string {
  return `${appUrl.replace(/\/$/, "")}/checkout/return/${publicToken}`;
}

function bankAddress(address: Address, locationType: BankAddress["locationType"]): BankAddress {
  return {
    locationType,
    ...(address.streetNumber !== null ? { streetNumber: address.streetNumber } : {}),
    ...(address.streetNumberSuffix ? { streetNumberSuffix: address.streetNumberSuffix } : {}),
    streetName: address.streetName,
    ...(address.complement ? { streetNameComplement: address.complement } : {}),
    zipCode: address.zipCode,
    cityName: address.city,
    regionName: address.region,
    countryCode: address.countryCode,
  };
}

export function buildSubscriptionRequest(
  order: Order,
  lines: readonly Line[],
  buyer: Buyer,
  addresses: { billing: Address; delivery: Address },
  appUrl: string,
): SubscriptionRequest {
  const contact = {
    lastName: buyer.lastName,
    firstName: buyer.firstName,
    commonTitle: buyer.commonTitle,
    email: buyer.email,
    mobilePhoneNumber: buyer.mobilePhone,
  };
  const birth = buyer.birthDate
    ? {
        birthDate: buyer.birthDate,
        ...(buyer.birthName ? { birthName: buyer.birthName } : {}),
        ...(buyer.birthCity ? { birthCityName: buyer.birthCity } : {}),
        ...(buyer.birthCountry ? { birthCountryName: buyer.birthCountry } : {}),
      }
    : {};
  return {
    solutionCode: order.solutionCode,
    merchantBasketId: order.basketId,
    merchantGlobalOrderId: order.id,
    merchantBuyerId: order.merchantBuyerId,
    financedAmount: toEuros(order.financedCents),
    merchantUrls: { confirmation: returnUrl(appUrl, order.publicToken) },
    buyers: [
      {
        ...birth,
        contact,
        contactAddress: bankAddress(addresses.billing, "MAIN_ADDRESS"),
        billingContact: contact,
        billingAddress: bankAddress(addresses.billing, "BILLING_ADDRESS"),
        deliveryContact: contact,
        deliveryAddress: bankAddress(addresses.delivery, "DELIVERY_ADDRESS"),
      },
    ],
    basketDetails: {
      basketItems: lines.map((line) => ({
        id: line.sku,
        quantity: line.quantity,
        model: line.model,
        label: line.label,
        price: toEuros(line.unitPriceCents),
        currencyCode: order.currency,
        orderId: order.id,
        brandName: line.brand,
        description: line.description,
        specifications: line.specifications,
        category: line.category,
        sku: line.sku,
        isFinanced: true,
      })),
    },
  };
}
