/**
 * The order engine of the storefront, run in the test process against the
 * embedded sandbox over HTTP: a sandbox merchant of its own per test file,
 * a bank client with a fetch that records what goes on the wire, and a
 * temporary shop database.
 */
import { createBankClient, type BankClientOptions } from "@/server/shop/bank/client";
import type { ApiCallRecord, FetchLike } from "@/server/shop/bank/transport";
import type { EngineDeps } from "@/server/shop/orders/deps";
import { createTestShop, type TestShop } from "@/server/shop/orders/engine.test-support";
import { bankBase, baseURL, control, testMerchant, type TestMerchant } from "./sandbox-support";

export interface Wire {
  fetch: FetchLike;
  sent: { url: string; method: string }[];
  tokenRequests(): number;
  callsTo(pathEnd: string, method?: string): number;
}

/** A fetch that counts what it sends. */
export function wire(): Wire {
  const sent: { url: string; method: string }[] = [];
  return {
    sent,
    fetch: (url, init) => {
      sent.push({ url, method: init.method ?? "GET" });
      return fetch(url, init);
    },
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

/** Every solution code of FACTS.md: the test merchant can finance any journey. */
export const ALL_SOLUTION_CODES = ["SCFRSP-3XTS", "SCFRSP-3XPS", "SCFRSP-4XTS", "SCFRSP-4XPS", "SCFRLT-TXNO", "SCFRLT-TXPS", "SCFRLT-TXTS", "SCDELT-DXTS", "SCDELT-DXCO"];

export async function isolatedMerchant(name: string): Promise<TestMerchant> {
  return testMerchant(ALL_SOLUTION_CODES, name);
}

/** Sets the merchant's fault injection (docs: server/sandbox/http/faults.ts). */
export async function setFaults(merchant: TestMerchant, faults: Record<string, unknown>): Promise<void> {
  const answer = await control("PUT", `/merchants/${merchant.merchantId}/faults`, faults);
  if (answer.status !== 200) throw new Error(`faults: ${answer.status} ${answer.text}`);
}

export async function clearFaults(merchant: TestMerchant): Promise<void> {
  await control("DELETE", `/merchants/${merchant.merchantId}/faults`);
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

/** The engine on a temporary database, talking to the sandbox as this merchant. */
export function engineFor(merchant: TestMerchant, extra: Partial<BankClientOptions> = {}): { shop: TestShop; deps: EngineDeps } & ReturnType<typeof sandboxClient> {
  const shop = createTestShop();
  const bank = sandboxClient(merchant, extra);
  return { shop, deps: { db: shop.db, bank: bank.client, appUrl: baseURL() }, ...bank };
}
