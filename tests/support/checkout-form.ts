import { filledCheckoutForm } from "../../server/shop/checkout/checkout-form.test-support";

/**
 * The storefront's checkout form as a shopper fills it (the body of tRPC `checkout.place`), for the
 * integration tests and the benchmark that place orders over HTTP. A French buyer, delivery at the billing address;
 * `credit` adds the birth details long credit needs.
 */
export function checkoutForm(overrides: { idempotencyKey: string; solutionCode: string; lastName?: string; email?: string; credit?: boolean }) {
  const { credit = false, ...named } = overrides;
  return {
    ...filledCheckoutForm(credit ? { birthDate: "1985-04-12", birthCity: "Lyon", birthCountry: "FR" } : {}),
    ...named,
  };
}
