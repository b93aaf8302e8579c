/**
 * What every harness (Vitest, Playwright, the bench) needs from the embedded
 * bank, in one place: the console's client of the sandbox's controls, a test
 * merchant of the caller's own with its token, and the buyer and the
 * POST /subscriptions body a merchant would send. Only HTTP: no sandbox code
 * runs here but the controls' client, which the console page uses as well.
 */
import type { SubscriptionRequest } from "../../server/contract/types";
import { sampleBuyer, type Market } from "../../server/contract/sample-buyer.test-support";
import { DEMO_VALUES } from "../../server/env";
import { basicAuth, controlsClient, type ControlsClient, type NewMerchant } from "../../server/sandbox/console/controls-client";
import type { ApiVersion } from "../../server/sandbox/domain/api-versions";
import type { SolutionCode } from "../../server/sandbox/domain/solutions";

/** The test servers inherit this environment, so a CI that sets the console's password sets both sides. */
export const CONSOLE_PASSWORD = process.env.SANDBOX_CONSOLE_PASSWORD || DEMO_VALUES.SANDBOX_CONSOLE_PASSWORD;
/** The sandbox's demo merchant: the shop's default credentials. */
export const DEMO_MERCHANT = { clientId: DEMO_VALUES.SCALEXPERT_CLIENT_ID, clientSecret: DEMO_VALUES.SCALEXPERT_CLIENT_SECRET };
/** The demo merchant's contract: one code per journey (server/sandbox/domain/merchants-seed.ts). */
export const DEMO_SOLUTION_CODES: readonly SolutionCode[] = ["SCFRSP-3XTS", "SCFRSP-4XPS", "SCFRLT-TXPS", "SCDELT-DXTS"];

export const bankBase = (baseURL: string) => `${baseURL}/sandbox/baas/uatc`;
export const tokenUrl = (baseURL: string) => `${bankBase(baseURL)}/auth-server/api/v1/oauth2/token`;

/** The sandbox's controls on the app at `baseURL`, with the console credential (the bench's servers have their own). */
export function testControls(baseURL: string, consolePassword = CONSOLE_PASSWORD): ControlsClient {
  return controlsClient(() => ({ baseURL, consolePassword }));
}

/** A client-credentials token of the bank's, or an error with the bank's answer. */
export async function accessToken(baseURL: string, clientId: string, clientSecret: string, scope = "e-financing:rw"): Promise<string> {
  const response = await fetch(tokenUrl(baseURL), {
    method: "POST",
    headers: { Authorization: basicAuth(clientId, clientSecret), "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", scope }).toString(),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`token: ${response.status} ${text}`);
  return (JSON.parse(text) as { access_token: string }).access_token;
}

export interface TestMerchant {
  baseURL: string;
  merchantId: string;
  name: string;
  clientId: string;
  clientSecret: string;
  apiVersion: ApiVersion;
  token: string;
}

export interface TestMerchantOptions extends Partial<Pick<NewMerchant, "apiVersion" | "germanRedirect">> {
  name?: string;
  /** The token's scope (default e-financing:rw). */
  scope?: string;
  /** How the token is asked for (default accessToken): the contract tests check its answer too. */
  issueToken?: (clientId: string, clientSecret: string, scope: string) => Promise<string>;
}

let counter = 0;
/** An id no other test, worker or run uses. */
export const uniqueId = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++counter}`;

/** A fresh merchant of the caller's own, with a token: nothing another test does can touch it. */
export async function testMerchant(baseURL: string, solutionCodes: NewMerchant["solutionCodes"], options: TestMerchantOptions = {}): Promise<TestMerchant> {
  const { name = uniqueId("test merchant"), scope = "e-financing:rw", issueToken = (id, secret, s) => accessToken(baseURL, id, secret, s), ...settings } = options;
  const created = await testControls(baseURL).createMerchant({ name, solutionCodes, ...settings });
  const { merchantId, clientId, clientSecret, apiVersion } = created;
  return { baseURL, merchantId, name, clientId, clientSecret, apiVersion, token: await issueToken(clientId, clientSecret, scope) };
}

/** A German (Hanseatic Bank) solution's buyer lives in Germany; every other solution's in France. */
export const marketOf = (solutionCode: string): Market => (solutionCode.startsWith("SCDE") ? "DE" : "FR");

/**
 * A complete, valid POST /subscriptions body for the solution's market. `orderId` may be autocannon's
 * "[<id>]" placeholder (the bench), replaced by a fresh id on every request; `overrides` replace top-level
 * fields, invalid ones included (the validation tests).
 */
export function subscriptionBody(
  solutionCode: string,
  financedAmount: number,
  overrides: Record<string, unknown> = {},
  orderId = uniqueId("order"),
): SubscriptionRequest {
  const market = marketOf(solutionCode);
  return {
    solutionCode,
    merchantBasketId: `basket-${orderId}`,
    merchantGlobalOrderId: orderId,
    merchantBuyerId: `buyer-${orderId}`,
    financedAmount,
    merchantUrls: { confirmation: "https://shop.example/checkout/return/abc" },
    buyers: [{ birthName: "Dupont", birthDate: "1980-04-12", ...sampleBuyer(market) }],
    basketDetails: {
      basketItems: [
        {
          id: "SKU-1",
          quantity: 1,
          model: "KSM200",
          label: "Robot pâtissier",
          price: financedAmount,
          currencyCode: "EUR",
          orderId,
          brandName: "KitchenAid",
          description: "Robot pâtissier à bol relevable",
          specifications: "315 W",
          category: "Small appliance",
          sku: "KSM200-RED",
          isFinanced: true,
        },
      ],
    },
    ...overrides,
  } as SubscriptionRequest;
}
