import { SOLUTION_CODES, type SolutionCode } from "./solutions";

/**
 * The merchants the sandbox bank knows from the start. Each has its own API
 * credentials (OAuth2 client id and secret) and its own contract, i.e. the
 * solution codes it may offer: eligibility depends on it.
 *
 * These credentials are public test values, documented in the README; the
 * demo merchant's are the app's default SCALEXPERT_CLIENT_ID/SECRET (see
 * server/env.ts), so that the shop works against the sandbox with no setup.
 */
export interface MerchantSeed {
  /** The bank's merchant id (the API's merchantId). */
  readonly id: string;
  readonly name: string;
  /** OAuth2 client id; a UUID, as the API's clientId field is. */
  readonly clientId: string;
  readonly clientSecret: string;
  /** Contracted solutions, in catalogue order. */
  readonly solutionCodes: readonly SolutionCode[];
}

/**
 * The shop's merchant: one offer of each journey, as a real merchant would
 * contract them (a fee-free 3x, a 4x with shared fees, a reduced-rate
 * French credit and a 0 % German credit) rather than every variant at once.
 */
export const DEMO_MERCHANT: MerchantSeed = Object.freeze({
  id: "0f8e2c1a-7b3d-4c5e-8f9a-1b2c3d4e5f60",
  name: "Maison Démo",
  clientId: "6f1c2b7e-4d3a-4e8b-9c5d-0a1b2c3d4e5f",
  clientSecret: "sandbox-demo-secret",
  solutionCodes: Object.freeze(["SCFRSP-3XTS", "SCFRSP-4XPS", "SCFRLT-TXPS", "SCDELT-DXTS"] as const),
});

/** A smaller French shop: 3x without fees and a credit paid by the buyer; nothing for Germany. */
export const SMALL_MERCHANT: MerchantSeed = Object.freeze({
  id: "5a7c9e1b-3d5f-4a6b-8c7d-9e0f1a2b3c4d",
  name: "Atelier du Coin",
  clientId: "8d2e4f6a-1b3c-4d5e-9f70-81a2b3c4d5e6",
  clientSecret: "sandbox-small-secret",
  solutionCodes: Object.freeze(["SCFRSP-3XTS", "SCFRLT-TXNO"] as const),
});

/** A test merchant with every code, so that tests can reach each solution's maths and journey over HTTP. */
export const ALL_CODES_MERCHANT: MerchantSeed = Object.freeze({
  id: "b3c5d7e9-2f4a-4b6c-a8d0-e1f2a3b4c5d6",
  name: "Banc d'essai (toutes les solutions)",
  clientId: "c4d6e8f0-3a5b-4c7d-b9e1-f2a3b4c5d6e7",
  clientSecret: "sandbox-all-codes-secret",
  solutionCodes: SOLUTION_CODES,
});

export const MERCHANT_SEEDS: readonly MerchantSeed[] = Object.freeze([DEMO_MERCHANT, SMALL_MERCHANT, ALL_CODES_MERCHANT]);
