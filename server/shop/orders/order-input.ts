import type { Schemas } from "@/server/contract/types";
import type { Country } from "../i18n/locales";

/**
 * What the engine takes to place an order: the checkout's answers in the bank's own shapes (Contact, Address and
 * Buyer of our contract), already checked. The one check of the shopper's input is the checkout's schema at the
 * tRPC edge (server/shop/checkout/schema.ts), whose output is this; the engine keeps only the checks of its own
 * rules (the cart, the market, the birth data long credit needs, the attempt's key).
 */
export type OrderAddress = Omit<Schemas["Address"], "locationType" | "countryCode"> & { countryCode: Country };

export type OrderBuyer = Pick<Schemas["Contact"], "commonTitle" | "firstName" | "lastName" | "email" | "mobilePhoneNumber">;

type BuyerBirth = Schemas["Buyer"];
export type OrderBirth = Required<Pick<BuyerBirth, "birthDate" | "birthCityName" | "birthCountryName">> & Pick<BuyerBirth, "birthName">;

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
