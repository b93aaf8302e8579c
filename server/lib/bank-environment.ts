/**
 * Which bank an order was placed against. The shop keeps it with every order,
 * because the lender's acceptance tests are counted per environment and a
 * production shop must never mix in test subscriptions.
 */
export const BANK_ENVIRONMENTS = ["sandbox", "uatc", "prod"] as const;

export type BankEnvironment = (typeof BANK_ENVIRONMENTS)[number];

const PROD_HOST = "api.scalexpert.societegenerale.com";
const UATC_HOST = "api.scalexpert.uatc.societegenerale.com";

/**
 * From the base URL and credentials in use:
 * - sandbox: this app's embedded bank, any `/sandbox/` bank, or the sandbox's public demo merchant
 *   (no real bank knows it);
 * - uatc: the bank's test host, or a `.../baas/uatc` base elsewhere (a proxy in front of UATC);
 * - prod: the bank's production host, and any other bank, so that an unknown host is never taken
 *   for a test one (its orders are real money).
 */
export function bankEnvironmentOf(bank: { baseUrl: string; embedded: boolean; demoCredentials: boolean }): BankEnvironment {
  const url = new URL(bank.baseUrl);
  const path = url.pathname.replace(/\/+$/, "");
  if (bank.embedded || path.startsWith("/sandbox/") || bank.demoCredentials) return "sandbox";
  if (url.hostname === PROD_HOST) return "prod";
  if (url.hostname === UATC_HOST || path.endsWith("/baas/uatc")) return "uatc";
  return "prod";
}
