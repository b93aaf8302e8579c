/**
 * The formats our contract (e-financing.yaml) states for fields the merchant sends, as the one copy code uses:
 * the shop's checkout checks them in the browser and on the server. Plain regular expressions, with no import,
 * so that browser code can take them without the contract's loader. patterns.test.ts holds them equal to the YAML.
 */

/** Contact.email. */
export const CONTACT_EMAIL = /^[a-zA-Z0-9_.+-]{1,100}@[a-zA-Z0-9-]{1,50}\.[a-zA-Z0-9.-]{1,50}$/;

/** InitiateCreditSubscriptionRequest.solutionCode: "SCFRSP-3XTS", or a six-character code. */
export const SOLUTION_CODE = /^\w{6}-\w{4}$|^\w{6}$/;
