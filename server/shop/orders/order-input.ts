import type { Country } from "../i18n/locales";

/**
 * What the engine takes to place an order: the checkout's answers, already checked, named as the checkout's form
 * names them. The one check of the shopper's input is the checkout's schema at the tRPC edge
 * (server/shop/checkout/schema.ts), whose output is this; the engine keeps only the checks of its own rules (the
 * cart, the market, the birth data long credit needs, the attempt's key).
 */
export interface OrderAddress {
  streetNumber?: number;
  streetNumberSuffix?: string;
  streetName: string;
  streetNameComplement?: string;
  zipCode: string;
  cityName: string;
  regionName: string;
  countryCode: Country;
}

export interface OrderBuyer {
  commonTitle: "MR" | "MRS";
  firstName: string;
  lastName: string;
  email: string;
  mobilePhoneNumber: string;
}

export interface OrderBirth {
  birthDate: string;
  birthCityName: string;
  birthCountryName: string;
  birthName?: string;
}

export interface OrderCheckout {
  solutionCode: string;
  /** mobilePhoneNumber in E.164, with the calling code of the billing country (the solution's market). */
  buyer: OrderBuyer;
  billingAddress: OrderAddress;
  deliveryAddress: OrderAddress;
  birth: OrderBirth | null;
}

export interface PlaceOrderInput {
  cartId: string;
  /** Made by the checkout once per attempt (a random UUID); binds a double submit to the first one's order. */
  idempotencyKey: string;
  checkout: OrderCheckout;
}
