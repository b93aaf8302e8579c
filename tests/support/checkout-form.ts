/**
 * The storefront's checkout form as a shopper fills it (the body of tRPC `checkout.place`), for the
 * integration tests and the benchmark that place orders over HTTP. A French buyer, delivery at the billing address;
 * `credit` adds the birth details long credit needs.
 */
export function checkoutForm(overrides: { idempotencyKey: string; solutionCode: string; lastName?: string; email?: string; credit?: boolean }) {
  const { credit = false, ...named } = overrides;
  return {
    commonTitle: "MRS",
    firstName: "Claire",
    lastName: "Limits",
    email: "claire.limits@example.com",
    mobilePhone: "06 12 34 56 78",
    billingStreetNumber: "12",
    billingStreetName: "rue de la Paix",
    billingComplement: "",
    billingZipCode: "75002",
    billingCity: "Paris",
    billingRegion: "Île-de-France",
    billingCountry: "FR",
    sameAsBilling: true,
    deliveryStreetNumber: "",
    deliveryStreetName: "",
    deliveryComplement: "",
    deliveryZipCode: "",
    deliveryCity: "",
    deliveryRegion: "",
    deliveryCountry: "FR",
    birthDate: credit ? "1985-04-12" : "",
    birthName: "",
    birthCity: credit ? "Lyon" : "",
    birthCountry: credit ? "FR" : "",
    ...named,
  };
}
