/**
 * What the journey tests need from the bank's API and controls: an isolated
 * test merchant, subscriptions created over the API with its token, and the
 * resulting status read back over the API (and the sub-status over the
 * controls, since the API does not expose it).
 */
import { expect, type APIRequestContext } from "@playwright/test";

const CONSOLE_PASSWORD = process.env.SANDBOX_CONSOLE_PASSWORD || "sandbox";
const consoleAuth = `Basic ${Buffer.from(`console:${CONSOLE_PASSWORD}`).toString("base64")}`;
const BANK = "/sandbox/baas/uatc";

export interface Bank {
  merchantId: string;
  token: string;
  request: APIRequestContext;
}

export async function testBank(request: APIRequestContext, solutionCodes: string[]): Promise<Bank> {
  const created = await request.post(`${BANK}/sandbox/v1/merchants`, {
    headers: { Authorization: consoleAuth },
    data: { name: `e2e journeys ${Date.now()}`, solutionCodes },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { merchantId, clientId, clientSecret } = (await created.json()) as { merchantId: string; clientId: string; clientSecret: string };
  const tokenAnswer = await request.post(`${BANK}/auth-server/api/v1/oauth2/token`, {
    headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}` },
    // One token for both APIs: e-financing and merchant webhooks (common services).
    form: { grant_type: "client_credentials", scope: "e-financing:rw common-services:rw" },
  });
  expect(tokenAnswer.status()).toBe(200);
  return { merchantId, token: ((await tokenAnswer.json()) as { access_token: string }).access_token, request };
}

let counter = 0;

export interface Created {
  id: string;
  redirect: { type: "url" | "page"; value: string };
  orderId: string;
  confirmation: string;
}

/** POST /subscriptions as a merchant would; the confirmation URL is a page of this server that answers 200. */
export async function createSubscription(bank: Bank, baseURL: string, solutionCode: string, financedAmount: number): Promise<Created> {
  const german = solutionCode.startsWith("SCDE");
  const orderId = `e2e-${Date.now().toString(36)}-${++counter}`;
  const confirmation = `${baseURL}/api/health?order=${orderId}`;
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
  const answer = await bank.request.post(`${BANK}/e-financing/api/v1/subscriptions`, {
    headers: { Authorization: `Bearer ${bank.token}` },
    data: {
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
  expect(answer.status(), await answer.text()).toBe(201);
  const body = (await answer.json()) as { id: string; redirect: Created["redirect"] };
  return { ...body, orderId, confirmation };
}

/** consolidatedStatus over the API, sub-status over the controls. */
export async function statusOf(bank: Bank, subscriptionId: string): Promise<{ status: string; subStatus: string }> {
  const api = await bank.request.get(`${BANK}/e-financing/api/v1/subscriptions/${subscriptionId}`, { headers: { Authorization: `Bearer ${bank.token}` } });
  expect(api.status()).toBe(200);
  const { consolidatedStatus } = (await api.json()) as { consolidatedStatus: string };
  const control = await bank.request.get(`${BANK}/sandbox/v1/merchants/${bank.merchantId}/subscriptions/${subscriptionId}`, { headers: { Authorization: consoleAuth } });
  const { status, subStatus } = (await control.json()) as { status: string; subStatus: string };
  expect(status).toBe(consolidatedStatus);
  return { status, subStatus };
}

export async function advanceClock(bank: Bank, advanceBy: string): Promise<void> {
  const answer = await bank.request.post(`${BANK}/sandbox/v1/merchants/${bank.merchantId}/clock`, { headers: { Authorization: consoleAuth }, data: { advanceBy } });
  expect(answer.status(), await answer.text()).toBe(200);
}
