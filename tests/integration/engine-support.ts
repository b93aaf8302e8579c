/**
 * The order engine of the storefront, run in the test process against the
 * embedded sandbox over HTTP: a sandbox merchant of its own per test file
 * and per E-financing version, a bank client with a fetch that records what
 * goes on the wire, and a temporary shop database.
 */
import { afterAll, beforeAll, describe } from "vitest";
import { createBankClient, type BankClientOptions } from "@/server/shop/bank/client";
import type { ApiVersion } from "@/server/shop/bank/later-versions";
import type { ApiCallRecord, FetchLike } from "@/server/shop/bank/transport";
import type { EngineDeps } from "@/server/shop/orders/deps";
import { SOLUTION_CODES } from "@/server/sandbox/domain/solutions";
import { createTestShop, type TestShop } from "@/server/shop/orders/engine.test-support";
import { bankBase, baseURL, control, testMerchant, type TestMerchant, type TestMerchantOptions } from "./sandbox-support";

/** The versions the shop must work against: this project's contract, and what the real bank serves at /v1 today. */
export const API_VERSIONS = ["1.4.0", "1.7.1"] as const satisfies readonly ApiVersion[];

/**
 * A suite run once per version, each run on sandbox merchants of that version
 * (the sandbox server is shared; the version belongs to the merchant):
 * `eachApiVersion("placing orders", (apiVersion) => { ... })`.
 */
export function eachApiVersion(name: string, suite: (apiVersion: ApiVersion) => void): void {
  describe.each(API_VERSIONS)(`${name} (E-financing %s)`, suite);
}

export interface Wire {
  fetch: FetchLike;
  sent: { url: string; method: string }[];
  tokenRequests(): number;
  callsTo(pathEnd: string, method?: string): number;
  /**
   * The next request to a path ending so goes through `around` instead: it
   * may act first (a concurrent click elsewhere), send the request (changed
   * by `change`, e.g. a body the client would never send), and change the
   * answer (a body lost in transit). Used once.
   */
  interceptNext(pathEnd: string, method: string, around: (send: (change?: RequestInit) => Promise<Response>) => Promise<Response>): void;
}

/** A 2xx whose body is cut in transit: the bank did the work, the client cannot read what it said. */
export async function unreadableBody(send: () => Promise<Response>): Promise<Response> {
  const answer = await send();
  return new Response("{\"id\": \"", { status: answer.status, headers: { "content-type": "application/json" } });
}

/** A fetch that counts what it sends. */
export function wire(): Wire {
  const sent: { url: string; method: string }[] = [];
  const intercepts: { pathEnd: string; method: string; around: (send: (change?: RequestInit) => Promise<Response>) => Promise<Response> }[] = [];
  return {
    sent,
    fetch: (url, init) => {
      const method = init.method ?? "GET";
      sent.push({ url, method });
      const at = intercepts.findIndex((i) => i.method === method && new URL(url).pathname.endsWith(i.pathEnd));
      if (at < 0) return fetch(url, init);
      const [intercept] = intercepts.splice(at, 1);
      return intercept!.around((change) => fetch(url, { ...init, ...change }));
    },
    interceptNext: (pathEnd, method, around) => void intercepts.push({ pathEnd, method, around }),
    tokenRequests: () => sent.filter((s) => s.url.endsWith("/auth-server/api/v1/oauth2/token")).length,
    callsTo: (pathEnd, method) => sent.filter((s) => new URL(s.url).pathname.endsWith(pathEnd) && (!method || s.method === method)).length,
  };
}

export function sandboxClient(merchant: Pick<TestMerchant, "clientId" | "clientSecret">, extra: Partial<BankClientOptions> = {}) {
  const w = wire();
  const records: ApiCallRecord[] = [];
  const client = createBankClient({
    baseUrl: bankBase(),
    clientId: merchant.clientId,
    clientSecret: merchant.clientSecret,
    fetch: w.fetch,
    logger: { record: (r) => records.push(r) },
    ...extra,
  });
  return { client, wire: w, records };
}

/** Every solution code the bank knows: the test merchant can finance any journey. */
export const ALL_SOLUTION_CODES = SOLUTION_CODES;

export async function isolatedMerchant(name: string, apiVersion: ApiVersion = "1.4.0", options: Omit<TestMerchantOptions, "apiVersion"> = {}): Promise<TestMerchant> {
  return testMerchant(ALL_SOLUTION_CODES, `${name} (${apiVersion})`, { apiVersion, ...options });
}

/** Sets the merchant's fault injection (docs: server/sandbox/http/faults.ts). */
export async function setFaults(merchant: TestMerchant, faults: Record<string, unknown>): Promise<void> {
  const answer = await control("PUT", `/merchants/${merchant.merchantId}/faults`, faults);
  if (answer.status !== 200) throw new Error(`faults: ${answer.status} ${answer.text}`);
}

export async function clearFaults(merchant: TestMerchant): Promise<void> {
  await control("DELETE", `/merchants/${merchant.merchantId}/faults`);
}

/** Runs `work` with the merchant's faults set, and clears them whatever happens. */
export async function underFaults<T>(merchant: TestMerchant, faults: Record<string, unknown>, work: () => Promise<T>): Promise<T> {
  await setFaults(merchant, faults);
  try {
    return await work();
  } finally {
    await clearFaults(merchant);
  }
}

/** The sandbox's own view of the merchant's subscriptions for one order id. */
export async function bankSubscriptionsFor(merchant: TestMerchant, merchantGlobalOrderId: string): Promise<{ id: string; status: string; subStatus: string }[]> {
  const answer = await control<{ subscriptions: { id: string; status: string; subStatus: string }[] }>(
    "GET",
    `/merchants/${merchant.merchantId}/subscriptions?merchantGlobalOrderId=${encodeURIComponent(merchantGlobalOrderId)}`,
  );
  if (answer.status !== 200) throw new Error(`list: ${answer.status} ${answer.text}`);
  return answer.body.subscriptions;
}

/** The engine on a temporary database, talking to the sandbox as this merchant, in the merchant's version. */
export function engineFor(merchant: TestMerchant, extra: Partial<BankClientOptions> = {}): { shop: TestShop; deps: EngineDeps } & ReturnType<typeof sandboxClient> {
  const shop = createTestShop();
  const bank = sandboxClient(merchant, extra);
  return { shop, deps: { db: shop.db, bank: bank.client, apiVersion: merchant.apiVersion, bankEnvironment: "sandbox", appUrl: baseURL() }, ...bank };
}

/** What one version's suite works with: its merchant at the sandbox, and the engine on its own database. */
export interface EngineUnderTest {
  readonly merchant: TestMerchant;
  readonly shop: TestShop;
  readonly deps: EngineDeps;
  readonly wire: Wire;
}

/** The suite's merchant and engine, filled in before its tests run; the shop's database is closed after them. */
export function engineForSuite(name: string, apiVersion: ApiVersion): EngineUnderTest {
  const engine: Partial<EngineUnderTest> = {};
  beforeAll(async () => {
    const merchant = await isolatedMerchant(name, apiVersion);
    Object.assign(engine, { merchant, ...engineFor(merchant) });
  });
  afterAll(() => engine.shop?.close());
  return engine as EngineUnderTest;
}
