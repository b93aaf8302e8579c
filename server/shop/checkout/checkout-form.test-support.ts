import { type CheckoutForm, emptyCheckoutForm } from "./field-rules";

/**
 * The checkout form as a shopper fills it, valid as it is: a French buyer,
 * delivery at the billing address, no birth details (split payment needs none).
 * The one fixture of the form, for the schema's unit tests and (through
 * tests/support/checkout-form.ts) the integration tests and the benchmark.
 */
export function filledCheckoutForm(overrides: Partial<CheckoutForm> = {}): CheckoutForm {
  return {
    ...emptyCheckoutForm("FR"),
    firstName: "Claire",
    lastName: "Limits",
    email: "claire.limits@example.com",
    mobilePhone: "06 12 34 56 78",
    billingStreetNumber: "12",
    billingStreetName: "rue de la Paix",
    billingZipCode: "75002",
    billingCity: "Paris",
    billingRegion: "Île-de-France",
    ...overrides,
  };
}
