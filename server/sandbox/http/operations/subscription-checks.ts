/**
 * The service's checks of a POST /subscriptions body beyond its schema:
 * country and currency codes, phone numbers of the solution's market, one
 * buyer. Each refusal names the field, as the bank's messages do.
 */
import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { SubscriptionRequest } from "@/server/contract";
import type { Market } from "../../domain/solutions";
import { SandboxHttpError } from "../errors";
import { isCountryCode, isCurrencyCode } from "../iso-codes";

type Buyer = NonNullable<SubscriptionRequest["buyers"]>[number];

const ADDRESSES = ["contactAddress", "billingAddress", "deliveryAddress"] as const;
const CONTACTS = ["contact", "billingContact", "deliveryContact"] as const;
const PHONES = ["mobilePhoneNumber", "phoneNumber"] as const;
const CALLING_CODE: Readonly<Record<Market, string>> = { FR: "33", DE: "49" };

/** The one buyer of the request: the contract allows 0..1, the journey needs one. */
export function theBuyer(request: SubscriptionRequest): Buyer {
  const buyer = request.buyers?.[0];
  if (!buyer) throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", "Field 'buyers' must contain the buyer: a subscription needs one");
  return buyer;
}

export function checkCountryCodes(buyer: Buyer): void {
  for (const key of ADDRESSES) {
    const code = buyer[key].countryCode;
    if (!isCountryCode(code)) {
      throw new SandboxHttpError(400, "INVALID_COUNTRY_CODE", `Field 'buyers[0].${key}.countryCode' must be an ISO 3166-1 alpha-2 country code; rejected value "${code}"`);
    }
  }
  if (buyer.birthCountryName !== undefined && !isCountryCode(buyer.birthCountryName)) {
    throw new SandboxHttpError(
      400,
      "INVALID_COUNTRY_CODE",
      `Field 'buyers[0].birthCountryName' must be an ISO 3166-1 alpha-2 country code; rejected value "${buyer.birthCountryName}"`,
    );
  }
}

export function checkBasket(request: SubscriptionRequest): void {
  request.basketDetails.basketItems.forEach((item, i) => {
    if (!isCurrencyCode(item.currencyCode)) {
      throw new SandboxHttpError(
        400,
        "INVALID_CURRENCY_CODE",
        `Field 'basketDetails.basketItems[${i}].currencyCode' must be an ISO 4217 alpha-3 currency code; rejected value "${item.currencyCode}"`,
      );
    }
    if (!(item.quantity >= 1)) {
      throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", `Field 'basketDetails.basketItems[${i}].quantity' must be at least 1; rejected value ${item.quantity}`);
    }
    if (!(item.price >= 0)) {
      throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", `Field 'basketDetails.basketItems[${i}].price' must not be negative; rejected value ${item.price}`);
    }
  });
}

/** Every phone number of the buyer must be a possible number of the solution's market (+33 FR, +49 DE). */
export function checkPhones(buyer: Buyer, market: Market): void {
  for (const contact of CONTACTS) {
    for (const field of PHONES) {
      const value = buyer[contact][field];
      if (value === undefined) continue;
      if (!isMarketPhone(value, market)) {
        throw new SandboxHttpError(
          400,
          "REQUEST_VALIDATION_ERROR",
          `Field 'buyers[0].${contact}.${field}' must be a phone number of the ${market} market in international format (+${CALLING_CODE[market]}...); rejected value "${value}"`,
        );
      }
    }
  }
}

export function isMarketPhone(value: string, market: Market): boolean {
  if (!value.trim().startsWith("+")) return false;
  const phone = parsePhoneNumberFromString(value);
  return phone !== undefined && phone.countryCallingCode === CALLING_CODE[market] && phone.isPossible();
}
