/**
 * What the journey tests need from the bank's API and controls: an isolated
 * test merchant, subscriptions created over the API with its token, and the
 * resulting status read back over the API (and the sub-status over the
 * controls, since the API does not expose it).
 *
 * Node's fetch, not Playwright's request context: it honours the server's
 * Keep-Alive timeout, so a call made after a long pause in the browser never
 * lands on a socket the server is closing.
 */
import { expect } from "@playwright/test";

const CONSOLE_PASSWORD = process.env.SANDBOX_CONSOLE_PASSWORD || "sandbox";
const consoleAuth = `Basic ${Buffer.from(`console:${CONSOLE_PASSWORD}`).toString("base64")}`;

export interface Bank {
  baseURL: string;
  merchantId: string;
  merchantName: string;
  /** Scopes e-financing:rw and common-services:rw: one token for both APIs. */
  token: string;
}

interface Answer<T> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export async function bankCall<T = unknown>(bank: Pick<Bank, "baseURL">, method: string, path: string, options: { auth?: string; json?: unknown; form?: Record<string, string> } = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (options.auth) headers.Authorization = options.auth;
  let body: string | undefined;
  if (options.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.json);
  } else if (options.form) {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(options.form).toString();
  }
  const res = await fetch(`${bank.baseURL}/sandbox/baas/uatc${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  return { status: res.status, headers: res.headers, body: parsed as T, text };
}

/** `settings`: the merchant's own, e.g. `{ germanRedirect: "page" }` or `{ apiVersion: "1.7.1" }`. */
export async function testBank(baseURL: string, solutionCodes: string[], settings: Record<string, string> = {}): Promise<Bank> {
  const merchantName = `e2e ${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
  const created = await bankCall<{ merchantId: string; clientId: string; clientSecret: string }>({ baseURL }, "POST", "/sandbox/v1/merchants", {
    auth: consoleAuth,
    json: { name: merchantName, solutionCodes, ...settings },
  });
  expect(created.status, created.text).toBe(201);
  const { merchantId, clientId, clientSecret } = created.body;
  const token = await bankCall<{ access_token: string }>({ baseURL }, "POST", "/auth-server/api/v1/oauth2/token", {
    auth: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`,
    form: { grant_type: "client_credentials", scope: "e-financing:rw common-services:rw" },
  });
  expect(token.status, token.text).toBe(200);
  return { baseURL, merchantId, merchantName, token: token.body.access_token };
}

let counter = 0;

export interface Created {
  id: string;
  redirect: { type: "url" | "page"; value: string };
  orderId: string;
  confirmation: string;
}

/** POST /subscriptions as a merchant would; the confirmation URL is a page of this server that answers 200. */
export async function createSubscription(bank: Bank, solutionCode: string, financedAmount: number): Promise<Created> {
  const german = solutionCode.startsWith("SCDE");
  const orderId = `e2e-${Date.now().toString(36)}-${++counter}`;
  const confirmation = `${bank.baseURL}/api/health?order=${orderId}`;
  const contact = {
    lastName: german ? "Müller" : "Dupont",
    firstName: german ? "Anna" : "Paul",
    commonTitle: "MR",
    email: "buyer@example.com",
    mobilePhoneNumber: german ? "+4915123456789" : "+33612345678",
  };
  const address = (locationType: string) => ({
    locationType,
    streetNumber: 12,
    streetName: german ? "Hauptstraße" : "rue de la Paix",
    zipCode: german ? "20095" : "75002",
    cityName: german ? "Hamburg" : "Paris",
    regionName: german ? "Hamburg" : "Île-de-France",
    countryCode: german ? "DE" : "FR",
  });
  const answer = await bankCall<{ id: string; redirect: Created["redirect"] }>(bank, "POST", "/e-financing/api/v1/subscriptions", {
    auth: `Bearer ${bank.token}`,
    json: {
      solutionCode,
      merchantBasketId: `basket-${orderId}`,
      merchantGlobalOrderId: orderId,
      merchantBuyerId: `buyer-${orderId}`,
      financedAmount,
      merchantUrls: { confirmation },
      buyers: [
        {
          birthDate: "1984-05-17",
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
            isFinanced: true,
          },
        ],
      },
    },
  });
  expect(answer.status, answer.text).toBe(201);
  return { ...answer.body, orderId, confirmation };
}

/** consolidatedStatus over the API, sub-status over the controls. */
export async function statusOf(bank: Bank, subscriptionId: string): Promise<{ status: string; subStatus: string }> {
  const api = await bankCall<{ consolidatedStatus: string }>(bank, "GET", `/e-financing/api/v1/subscriptions/${subscriptionId}`, { auth: `Bearer ${bank.token}` });
  expect(api.status, api.text).toBe(200);
  const control = await bankCall<{ status: string; subStatus: string }>(bank, "GET", `/sandbox/v1/merchants/${bank.merchantId}/subscriptions/${subscriptionId}`, { auth: consoleAuth });
  expect(control.body.status).toBe(api.body.consolidatedStatus);
  return { status: control.body.status, subStatus: control.body.subStatus };
}

export async function advanceClock(bank: Bank, advanceBy: string): Promise<void> {
  const answer = await bankCall(bank, "POST", `/sandbox/v1/merchants/${bank.merchantId}/clock`, { auth: consoleAuth, json: { advanceBy } });
  expect(answer.status, answer.text).toBe(200);
}
