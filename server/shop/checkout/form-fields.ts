import type { CheckoutField } from "./schema";

/** The browser's sessionStorage key of the checkout's draft (contact and addresses, never birth data). */
export const CHECKOUT_DRAFT_KEY = "checkout-draft";

const CONTACT_AND_BILLING: readonly CheckoutField[] = [
  "commonTitle",
  "firstName",
  "lastName",
  "email",
  "mobilePhone",
  "billingStreetNumber",
  "billingStreetName",
  "billingComplement",
  "billingZipCode",
  "billingCity",
  "billingRegion",
  "billingCountry",
];
const DELIVERY: readonly CheckoutField[] = ["deliveryStreetNumber", "deliveryStreetName", "deliveryComplement", "deliveryZipCode", "deliveryCity", "deliveryRegion", "deliveryCountry"];
const BIRTH: readonly CheckoutField[] = ["birthDate", "birthName", "birthCity", "birthCountry"];

/**
 * The checkout's fields on screen, in the order the shopper meets them: the
 * error summary counts and links only these (a hidden delivery address or
 * birth block cannot be corrected, so it must not be counted).
 */
export function visibleFields(state: { sameAsBilling: boolean; askBirth: boolean }): CheckoutField[] {
  return [...CONTACT_AND_BILLING, ...(state.sameAsBilling ? [] : DELIVERY), "solutionCode", ...(state.askBirth ? BIRTH : [])];
}
