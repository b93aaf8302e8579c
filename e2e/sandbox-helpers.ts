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
import { readAnswer, type ControlAnswer } from "../server/sandbox/console/controls-client";
import { bankBase, subscriptionBody, testControls, testMerchant } from "../tests/support/bank-fixtures";

export interface Bank {
  baseURL: string;
  merchantId: string;
  merchantName: string;
  /** Scopes e-financing:rw and common-services:rw: one token for both APIs. */
  token: string;
}

export async function bankCall<T = unknown>(bank: Pick<Bank, "baseURL">, method: string, path: string, options: { auth?: string; json?: unknown; form?: Record<string, string> } = {}): Promise<ControlAnswer<T>> {
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
  return readAnswer<T>(await fetch(`${bankBase(bank.baseURL)}${path}`, { method, headers, body }));
}

/** `settings`: the merchant's own, e.g. `{ germanRedirect: "page" }` or `{ apiVersion: "1.7.1" }`. */
export async function testBank(baseURL: string, solutionCodes: string[], settings: { germanRedirect?: "url" | "page"; apiVersion?: "1.4.0" | "1.7.1" } = {}): Promise<Bank> {
  const merchantName = `e2e ${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
  const merchant = await testMerchant(baseURL, solutionCodes, { name: merchantName, scope: "e-financing:rw common-services:rw", ...settings });
  return { baseURL, merchantId: merchant.merchantId, merchantName, token: merchant.token };
}

export interface Created {
  id: string;
  redirect: { type: "url" | "page"; value: string };
  orderId: string;
  confirmation: string;
}

/** POST /subscriptions as a merchant would; the confirmation URL is a page of this server that answers 200. */
export async function createSubscription(bank: Bank, solutionCode: string, financedAmount: number): Promise<Created> {
  const body = subscriptionBody(solutionCode, financedAmount, {}, `e2e-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`);
  const orderId = body.merchantGlobalOrderId;
  const confirmation = `${bank.baseURL}/api/health?order=${orderId}`;
  const answer = await bankCall<{ id: string; redirect: Created["redirect"] }>(bank, "POST", "/e-financing/api/v1/subscriptions", {
    auth: `Bearer ${bank.token}`,
    json: { ...body, merchantUrls: { confirmation } },
  });
  expect(answer.status, answer.text).toBe(201);
  return { ...answer.body, orderId, confirmation };
}

/** consolidatedStatus over the API, sub-status over the controls. */
export async function statusOf(bank: Bank, subscriptionId: string): Promise<{ status: string; subStatus: string }> {
  const api = await bankCall<{ consolidatedStatus: string }>(bank, "GET", `/e-financing/api/v1/subscriptions/${subscriptionId}`, { auth: `Bearer ${bank.token}` });
  expect(api.status, api.text).toBe(200);
  const control = await testControls(bank.baseURL).subscription(bank.merchantId, subscriptionId);
  expect(control.status).toBe(api.body.consolidatedStatus);
  return { status: control.status, subStatus: control.subStatus };
}

export async function advanceClock(bank: Bank, advanceBy: string): Promise<void> {
  await testControls(bank.baseURL).advanceClock(bank.merchantId, advanceBy);
}
