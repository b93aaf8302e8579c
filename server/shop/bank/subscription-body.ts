/**
 * The body of POST /subscriptions, built from what the order stored (never
 * from the browser): amounts from the order's lines, which came from the
 * catalogue at placement, in cents, made euros here. The checkout already
 * keeps every field within the limits of both versions the bank may speak
 * (1.7.1 added lengths to the 1.4.0 contract); the builder cuts again, so
 * that an order stored under older, looser rules still makes a body both
 * versions take.
 */
import type { orderAddresses, orderBuyers, orderLines, orders } from "@/db/shop/schema";
import type { SubscriptionRequest } from "@/server/contract/types";
import { toEuros } from "@/server/lib/money";

type Address = Omit<typeof orderAddresses.$inferSelect, "orderId" | "kind">;
type BankAddress = NonNullable<SubscriptionRequest["buyers"]>[number]["billingAddress"];

/** A stored order as the bank is asked to finance it: the shop's rows, in cents. */
export interface SubscriptionApplication {
  order: Pick<typeof orders.$inferSelect, "id" | "reference" | "basketId" | "merchantBuyerId" | "solutionCode" | "financedCents" | "currency">;
  lines: readonly Pick<typeof orderLines.$inferSelect, "sku" | "quantity" | "model" | "label" | "unitPriceCents" | "brand" | "description" | "specifications" | "category">[];
  buyer: Omit<typeof orderBuyers.$inferSelect, "orderId">;
  addresses: { billing: Address; delivery: Address };
  /** The shop's page the bank sends the shopper back to. */
  returnUrl: string;
}

/** The stricter of the 1.4.0 and 1.7.1 limits, per field. */
export const BANK_FIELD_LIMITS = { name: 350, email: 320, street: 140, streetNumberSuffix: 3, zipCode: 16, city: 140, region: 140 } as const;

const clip = (value: string, max: number) => value.trim().slice(0, max);

function bankAddress(address: Address, locationType: BankAddress["locationType"]): BankAddress {
  return {
    locationType,
    ...(address.streetNumber !== null ? { streetNumber: address.streetNumber } : {}),
    ...(address.streetNumberSuffix ? { streetNumberSuffix: clip(address.streetNumberSuffix, BANK_FIELD_LIMITS.streetNumberSuffix) } : {}),
    streetName: clip(address.streetName, BANK_FIELD_LIMITS.street),
    ...(address.complement ? { streetNameComplement: clip(address.complement, BANK_FIELD_LIMITS.street) } : {}),
    zipCode: clip(address.zipCode, BANK_FIELD_LIMITS.zipCode),
    cityName: clip(address.city, BANK_FIELD_LIMITS.city),
    regionName: clip(address.region, BANK_FIELD_LIMITS.region),
    countryCode: address.countryCode,
  };
}

export function subscriptionRequest({ order, lines, buyer, addresses, returnUrl }: SubscriptionApplication): SubscriptionRequest {
  const contact = {
    lastName: clip(buyer.lastName, BANK_FIELD_LIMITS.name),
    firstName: clip(buyer.firstName, BANK_FIELD_LIMITS.name),
    commonTitle: buyer.commonTitle,
    email: buyer.email,
    mobilePhoneNumber: buyer.mobilePhone,
  };
  const birth = buyer.birthDate
    ? {
        birthDate: buyer.birthDate,
        ...(buyer.birthName ? { birthName: clip(buyer.birthName, BANK_FIELD_LIMITS.name) } : {}),
        ...(buyer.birthCity ? { birthCityName: clip(buyer.birthCity, BANK_FIELD_LIMITS.city) } : {}),
        ...(buyer.birthCountry ? { birthCountryName: buyer.birthCountry } : {}),
      }
    : {};
  return {
    solutionCode: order.solutionCode,
    merchantBasketId: order.basketId,
    merchantGlobalOrderId: order.id,
    merchantBuyerId: order.merchantBuyerId,
    financedAmount: toEuros(order.financedCents),
    merchantUrls: { confirmation: returnUrl },
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
        // The shop's order number, the one the shopper reads on the shop's pages (the bank keys the order by merchantGlobalOrderId).
        orderId: order.reference,
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

/** The bank's answer to the creation: the subscription's id and where the shopper's journey starts. */
export interface CreatedSubscription {
  id: string;
  redirect?: { type?: "url" | "page"; value?: string };
}
