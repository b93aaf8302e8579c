/**
 * The bench's dealings with the embedded bank over HTTP, as any merchant
 * would have them: test merchants of its own (console control), tokens,
 * request bodies. Nothing here imports sandbox code.
 */
import { randomUUID } from "node:crypto";
import type { SubscriptionRequest } from "@/server/contract/types";
import { httpJson } from "./http";

/** The sandbox's demo merchant: the shop's default credentials (server/env.ts). */
export const DEMO_CREDENTIALS = { clientId: "6f1c2b7e-4d3a-4e8b-9c5d-0a1b2c3d4e5f", clientSecret: "sandbox-demo-secret" };
/** The demo merchant's contract: one code per journey (server/sandbox/domain/merchants-seed.ts). */
export const DEMO_SOLUTION_CODES = ["SCFRSP-3XTS", "SCFRSP-4XPS", "SCFRLT-TXPS", "SCDELT-DXTS"];

export const bankBase = (baseURL: string) => `${baseURL}/sandbox/baas/uatc`;
export const apiBase = (baseURL: string) => `${bankBase(baseURL)}/e-financing/api/v1`;
/** Where applications are opened: 1.7.1 requires the journey's language (French, as the bench's solutions are), 1.4.0 ignores it. */
export const subscriptionsUrl = (baseURL: string) => `${apiBase(baseURL)}/subscriptions?language=fr-FR`;

const consoleAuth = (password: string) => `Basic ${Buffer.from(`console:${password}`).toString("base64")}`;

export interface TestMerchant {
  merchantId: string;
  clientId: string;
  clientSecret: string;
}

/** A merchant of the bench's own (POST .../sandbox/v1/merchants): its subscriptions, tokens and rate window are its alone. */
export async function createTestMerchant(baseURL: string, consolePassword: string, name: string, solutionCodes = DEMO_SOLUTION_CODES): Promise<TestMerchant> {
  return httpJson<TestMerchant>(
    `${bankBase(baseURL)}/sandbox/v1/merchants`,
    {
      method: "POST",
      headers: { authorization: consoleAuth(consolePassword), "content-type": "application/json" },
      body: JSON.stringify({ name, solutionCodes }),
    },
    201,
  );
}

export async function accessToken(baseURL: string, clientId: string, clientSecret: string): Promise<string> {
  const answer = await httpJson<{ access_token: string }>(`${bankBase(baseURL)}/auth-server/api/v1/oauth2/token`, {
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ grant_type: "client_credentials", scope: "e-financing:rw" }).toString(),
  });
  return answer.access_token;
}

const address = (locationType: "MAIN_ADDRESS" | "BILLING_ADDRESS" | "DELIVERY_ADDRESS") => ({
  locationType,
  streetNumber: 12,
  streetName: "rue de la Paix",
  zipCode: "75002",
  cityName: "Paris",
  regionName: "Île-de-France",
  countryCode: "FR",
});

/**
 * A complete French split-payment application, shaped like the shop's own
 * (server/shop/orders/subscription-request.ts). `orderId` may be autocannon's
 * "[<id>]" placeholder, replaced by a fresh id on every request.
 */
export function subscriptionBody(orderId: string, financedAmount: number, confirmationUrl: string): SubscriptionRequest {
  const contact = { lastName: "Dupont", firstName: "Paul", commonTitle: "MR" as const, email: "paul.dupont@example.com", mobilePhoneNumber: "+33612345678" };
  return {
    solutionCode: "SCFRSP-3XTS",
    merchantBasketId: `basket-${orderId}`,
    merchantGlobalOrderId: orderId,
    merchantBuyerId: "buyer-bench",
    financedAmount,
    merchantUrls: { confirmation: confirmationUrl },
    buyers: [
      {
        contact,
        contactAddress: address("MAIN_ADDRESS"),
        billingContact: contact,
        billingAddress: address("BILLING_ADDRESS"),
        deliveryContact: contact,
        deliveryAddress: address("DELIVERY_ADDRESS"),
      },
    ],
    basketDetails: {
      basketItems: [
        {
          id: "SKU-BENCH",
          quantity: 1,
          model: "EC-900",
          label: "Machine espresso",
          price: financedAmount,
          currencyCode: "EUR",
          orderId,
          brandName: "Bench",
          description: "Machine espresso à levier",
          specifications: "1450 W",
          category: "Small appliance",
          sku: "EC-900-BENCH",
          isFinanced: true,
        },
      ],
    },
  };
}

/** Creates `count` subscriptions for a merchant over the API, `concurrency` at a time. */
export async function createSubscriptions(baseURL: string, token: string, count: number, concurrency: number, financedAmount: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      await httpJson(
        subscriptionsUrl(baseURL),
        {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify(subscriptionBody(randomUUID(), financedAmount, `${baseURL}/checkout/return/bench`)),
        },
        201,
      );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
