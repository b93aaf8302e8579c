/**
 * The bank's `errorCode` words for a request it refuses as malformed, out of
 * range or not allowed (the contract types `errorCode` as a plain string).
 * The sandbox answers with them; the shop explains each one to the merchant.
 */
export const REQUEST_REFUSAL_CODES = [
  "REQUEST_VALIDATION_ERROR",
  "INVALID_COUNTRY_CODE",
  "INVALID_CURRENCY_CODE",
  "INVALID_PAGE_INDEX",
  "INVALID_UUID",
  "FORBIDDEN",
  "BAD_REQUEST",
  "ENTITY_NOT_FOUND",
] as const;
