/**
 * The E-financing versions a sandbox merchant can speak. The bank serves its
 * latest minor version at the same /v1 URLs, so a merchant written for the
 * older contract meets the newer one without warning: each sandbox merchant
 * chooses which of the two it gets, to test against either.
 */
export const API_VERSIONS = ["1.4.0", "1.7.1"] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];

/** This project's own contract; the live bank speaks 1.7.1. */
export const DEFAULT_API_VERSION: ApiVersion = "1.4.0";
