/**
 * The one sample buyer of every test that sends or reads a `POST /subscriptions` body: unit tests on both sides
 * of the shop/sandbox wall and the HTTP harnesses (`tests/support/bank-fixtures.ts`). It lives beside the contract
 * because both sides may import it; its values follow the contract's rules for each market.
 */
import type { SubscriptionRequest } from "./types";

export type SampleBuyer = SubscriptionRequest["buyers"][number];
export type Market = "FR" | "DE";
type LocationType = "MAIN_ADDRESS" | "BILLING_ADDRESS" | "DELIVERY_ADDRESS";

export const sampleAddress = (market: Market, locationType: LocationType) => ({
  locationType,
  streetNumber: 12,
  streetName: market === "DE" ? "Hauptstraße" : "rue de la Paix",
  zipCode: market === "DE" ? "20095" : "75002",
  cityName: market === "DE" ? "Hamburg" : "Paris",
  regionName: market === "DE" ? "Hamburg" : "Île-de-France",
  countryCode: market,
});

export const sampleContact = (market: Market) => ({
  lastName: market === "DE" ? "Müller" : "Dupont",
  firstName: market === "DE" ? "Anna" : "Paul",
  commonTitle: "MR" as const,
  email: "paul.dupont@example.com",
  mobilePhoneNumber: market === "DE" ? "+4915123456789" : "+33612345678",
});

/** A new object each time, each contact and address its own: tests change one of them. */
export function sampleBuyer(market: Market = "FR"): SampleBuyer {
  return {
    contact: sampleContact(market),
    contactAddress: sampleAddress(market, "MAIN_ADDRESS"),
    billingContact: sampleContact(market),
    billingAddress: sampleAddress(market, "BILLING_ADDRESS"),
    deliveryContact: sampleContact(market),
    deliveryAddress: sampleAddress(market, "DELIVERY_ADDRESS"),
  };
}
