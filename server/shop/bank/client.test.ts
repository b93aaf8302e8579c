import { describe, expect, it } from "vitest";
import { createBankClient, type BankClientOptions } from "./client";
import { BankApiError } from "./errors";
import type { SubscriptionApplication } from "./subscription-body";
import type { ApiCallRecord, Clock, FetchLike } from "./transport";

/**
 * The client against a scripted bank in memory: these tests pin the
 * transport's rules (token sharing, retries, timeouts, logging) with exact
 * call counts. The same rules are checked against the real sandbox over HTTP
 * in tests/integration/engine-client.test.ts.
 */
const BASE = "https://bank.test/baas/uatc";
const TOKEN_URL = `${BASE}/auth-server/api/v1/oauth2/token`;
const API = `${BASE}/e-financing/api/v1`;
const SUB_ID = "1b8cb15b-fbd3-4a65-9a39-ab81f6307b81";

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | "drop" | "hang";

interface Seen {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
}

function fakeBank(script: Partial<Record<string, Reply[]>> = {}, tokenLifetime = 900) {
  const seen: Seen[] = [];
  let issued = 0;
  const fetch: FetchLike = async (url, init) => {
    const entry: Seen = { url, method: init.method ?? "GET", headers: new Headers(init.headers), body: init.body as string | undefined };
    seen.push(entry);
    let reply: Reply;
    if (url === TOKEN_URL) {
      issued += 1;
      reply = script.token?.shift() ?? { status: 200, body: { access_token: `token-${issued}`, token_type: "Bearer", expires_in: tokenLifetime, scope: "e-financing:rw" } };
    } else {
      const key = `${entry.method} ${url.slice(API.length).split("?")[0]}`;
      reply = script[key]?.shift() ?? { status: 200, body: { subscriptions: [], totalItemCount: 0 } };
    }
    // Let concurrent callers pile up before any answer, as on a real network.
    await new Promise((r) => setTimeout(r, 1));
    if (reply === "drop") throw new TypeError("fetch failed", { cause: new Error("other side closed") });
    if (reply === "hang") {
      return new Promise<Response>((_, reject) => init.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    }
    const headers = new Headers({ "content-type": "application/json", ...reply.headers });
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), { status: reply.status, headers });
  };
  return { fetch, seen, tokenRequests: () => seen.filter((s) => s.url === TOKEN_URL).length, apiRequests: () => seen.filter((s) => s.url !== TOKEN_URL) };
}

function fakeClock(start = 1_700_000_000_000) {
  const sleeps: number[] = [];
  let now = start;
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    random: () => 0.5,
  };
  return { clock, sleeps, advance: (ms: number) => (now += ms) };
}

function makeClient(bank: ReturnType<typeof fakeBank>, extra: Partial<BankClientOptions> = {}) {
  const records: ApiCallRecord[] = [];
  const time = fakeClock();
  const client = createBankClient({
    baseUrl: BASE,
    clientId: "client-id-123",
    clientSecret: "very-secret-value",
    fetch: bank.fetch,
    logger: { record: (r) => records.push(r) },
    clock: time.clock,
    ...extra,
  });
  return { client, records, time };
}

const baasError = (status: number, errorCode: string, errorMessage: string) => ({
  status,
  body: { timestamp: "2024-01-01T00:00:00Z", httpStatusCode: status, httpStatusMessage: "Bad Request", errorCode, errorMessage, requestMethod: "POST", requestURI: "/v1/subscriptions" },
});

const paris = { streetNumber: 12, streetNumberSuffix: null, streetName: "rue de la Paix", complement: null, zipCode: "75002", city: "Paris", region: "Île-de-France", countryCode: "FR" };

/** Paul Dupont's order, as the engine asks the client to finance it. */
const application: SubscriptionApplication = {
  order: { id: "order-1", reference: "ORDER00001", basketId: "basket-1", merchantBuyerId: "buyer-1", solutionCode: "SCFRSP-3XTS", financedCents: 19_990, currency: "EUR" },
  lines: [],
  buyer: { commonTitle: "MR", firstName: "Paul", lastName: "Dupont", email: "paul.dupont@example.com", mobilePhone: "+33612345678", birthDate: null, birthName: null, birthCity: null, birthCountry: null },
  addresses: { billing: paris, delivery: paris },
  returnUrl: "https://shop.test/checkout/return/secret-public-token",
};

describe("access token", () => {
  it("is requested once for 50 concurrent calls on a cold start, with Basic credentials and a form body", async () => {
    const bank = fakeBank();
    const { client } = makeClient(bank);
    await Promise.all(Array.from({ length: 50 }, () => client.listSubscriptions({ page: 1 })));
    expect(bank.tokenRequests()).toBe(1);
    expect(bank.apiRequests()).toHaveLength(50);
    const tokenCall = bank.seen.find((s) => s.url === TOKEN_URL)!;
    expect(tokenCall.headers.get("authorization")).toBe(`Basic ${Buffer.from("client-id-123:very-secret-value").toString("base64")}`);
    expect(tokenCall.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(new URLSearchParams(tokenCall.body)).toEqual(new URLSearchParams("grant_type=client_credentials&scope=e-financing:rw"));
    expect(bank.apiRequests().every((s) => s.headers.get("authorization") === "Bearer token-1")).toBe(true);
  });

  it("is reused until 60 s before it expires, then renewed", async () => {
    const bank = fakeBank();
    const { client, time } = makeClient(bank);
    await client.listSubscriptions({});
    time.advance(900_000 - 60_000 - 1);
    await client.listSubscriptions({});
    expect(bank.tokenRequests()).toBe(1);
    time.advance(1);
    await client.listSubscriptions({});
    expect(bank.tokenRequests()).toBe(2);
    expect(bank.apiRequests().at(-1)!.headers.get("authorization")).toBe("Bearer token-2");
  });

  it("is refreshed once on a 401, and the call made once more", async () => {
    const bank = fakeBank({ "GET /subscriptions": [{ status: 401, body: {} }] });
    const { client } = makeClient(bank);
    await expect(client.listSubscriptions({})).resolves.toMatchObject({ totalItemCount: 0 });
    expect(bank.tokenRequests()).toBe(2);
    expect(bank.apiRequests().map((s) => s.headers.get("authorization"))).toEqual(["Bearer token-1", "Bearer token-2"]);
  });

  it("does not loop on a second 401", async () => {
    const bank = fakeBank({ "GET /subscriptions": [{ status: 401, body: {} }, { status: 401, body: {} }] });
    const { client } = makeClient(bank);
    await expect(client.listSubscriptions({})).rejects.toMatchObject({ httpStatus: 401 });
    expect(bank.tokenRequests()).toBe(2);
    expect(bank.apiRequests()).toHaveLength(2);
  });

  it("refreshes once for many callers refused together", async () => {
    const bank = fakeBank({ "GET /subscriptions": Array.from({ length: 10 }, () => ({ status: 401, body: {} })) });
    const { client } = makeClient(bank);
    // The first ten answers are 401s: each caller gets one, then all share the second token.
    await Promise.all(Array.from({ length: 10 }, () => client.listSubscriptions({})));
    expect(bank.tokenRequests()).toBe(2);
  });

  it("reports a refused token request as not sent, so nothing can have happened at the bank", async () => {
    const bank = fakeBank({ token: [{ status: 401 }] });
    const { client } = makeClient(bank);
    const error = await client.createSubscription(application).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BankApiError);
    expect(error).toMatchObject({ httpStatus: 401, requestSent: false, operation: "initiateCreditSubscription", outcomeUnknown: false });
    expect(bank.apiRequests()).toHaveLength(0);
  });
});

describe("retries", () => {
  it("succeeds on 503, 503, 200 in three calls, waiting with capped exponential backoff and jitter", async () => {
    const bank = fakeBank({ [`GET /subscriptions/${SUB_ID}`]: [{ status: 503, body: {} }, { status: 503, body: {} }, { status: 200, body: { consolidatedStatus: "ACCEPTED" } }] });
    const { client, time } = makeClient(bank);
    await expect(client.getSubscription(SUB_ID)).resolves.toMatchObject({ consolidatedStatus: "ACCEPTED" });
    expect(bank.apiRequests()).toHaveLength(3);
    // random() = 0.5 of ceilings 200 then 400 ms.
    expect(time.sleeps).toEqual([100, 200]);
  });

  it("gives up after three attempts", async () => {
    const bank = fakeBank({ "GET /subscriptions": [{ status: 503 }, { status: 502 }, { status: 504 }, { status: 200, body: { subscriptions: [], totalItemCount: 0 } }] });
    const { client } = makeClient(bank);
    await expect(client.listSubscriptions({})).rejects.toMatchObject({ httpStatus: 504, outcomeUnknown: true });
    expect(bank.apiRequests()).toHaveLength(3);
  });

  it("never retries a 422, and reads the gateway's body", async () => {
    const bank = fakeBank({
      "POST /_simulate-solutions": [
        {
          status: 422,
          body: { timestamp: "2024-01-01T00:00:00Z", path: "/e-financing/api/v1/_simulate-solutions", status: "422", error: "Unprocessable Entity", message: "[Code: 1028 | Message: $.financedAmount: is missing but it is required | path: $]", requestId: "r", traceId: "t" },
        },
      ],
    });
    const { client } = makeClient(bank);
    const error = await client.simulateSolutions({ financedCents: 10_000, buyerBillingCountry: "FR" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "gateway422", httpStatus: 422, gatewayCode: "1028", field: "$.financedAmount", message: "$.financedAmount: is missing but it is required" });
    expect(bank.apiRequests()).toHaveLength(1);
  });

  it.each([400, 403, 404])("never retries a %i", async (status) => {
    const bank = fakeBank({ [`GET /subscriptions/${SUB_ID}`]: [baasError(status, "ENTITY_NOT_FOUND", "not found"), { status: 200, body: {} }] });
    const { client } = makeClient(bank);
    await expect(client.getSubscription(SUB_ID)).rejects.toMatchObject({ httpStatus: status, kind: "baas", errorCode: "ENTITY_NOT_FOUND" });
    expect(bank.apiRequests()).toHaveLength(1);
  });

  it("honours Retry-After on a 429, and gives up when it is longer than the cap", async () => {
    const bank = fakeBank({ "GET /subscriptions": [{ status: 429, headers: { "retry-after": "2" } }, { status: 429, headers: { "retry-after": "3600" } }] });
    const { client, time } = makeClient(bank);
    await expect(client.listSubscriptions({})).rejects.toMatchObject({ httpStatus: 429, retryAfterSeconds: 3600 });
    expect(time.sleeps).toEqual([2000]);
    expect(bank.apiRequests()).toHaveLength(2);
  });

  it("never sends POST /subscriptions twice on an unclear outcome", async () => {
    for (const reply of [{ status: 503 }, { status: 500 }, { status: 502 }, "drop"] as Reply[]) {
      const bank = fakeBank({ "POST /subscriptions": [reply, { status: 201, body: { id: SUB_ID } }] });
      const { client } = makeClient(bank);
      const error = await client.createSubscription(application).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BankApiError);
      expect((error as BankApiError).outcomeUnknown).toBe(true);
      expect(bank.apiRequests()).toHaveLength(1);
    }
  });

  it("retries POST /subscriptions after a 429, which the bank refused before doing anything", async () => {
    const bank = fakeBank({ "POST /subscriptions": [{ status: 429, headers: { "retry-after": "1" } }, { status: 201, body: { id: SUB_ID, redirect: { type: "url", value: "https://bank/journey/x" } } }] });
    const { client } = makeClient(bank);
    await expect(client.createSubscription(application)).resolves.toMatchObject({ id: SUB_ID });
    expect(bank.apiRequests()).toHaveLength(2);
  });

  it("treats a duplicate order as a definite answer", async () => {
    const bank = fakeBank({ "POST /subscriptions": [baasError(400, "BAD_REQUEST", "already exists")] });
    const { client } = makeClient(bank);
    const error = (await client.createSubscription(application).catch((e: unknown) => e)) as BankApiError;
    expect(error.isDuplicateOrder).toBe(true);
    expect(error.outcomeUnknown).toBe(false);
  });
});

describe("timeouts", () => {
  it("bounds every attempt and retries a read that timed out", async () => {
    const bank = fakeBank({ "GET /subscriptions": ["hang", { status: 200, body: { subscriptions: [], totalItemCount: 3 } }] });
    const { client } = makeClient(bank, { timeouts: { readMs: 30 } });
    await expect(client.listSubscriptions({})).resolves.toMatchObject({ totalItemCount: 3 });
    expect(bank.apiRequests()).toHaveLength(2);
  });

  it("reports a write that timed out as an unknown outcome", async () => {
    const bank = fakeBank({ "POST /subscriptions": ["hang"] });
    const { client, records } = makeClient(bank, { timeouts: { writeMs: 30 } });
    const error = (await client.createSubscription(application).catch((e: unknown) => e)) as BankApiError;
    expect(error.kind).toBe("timeout");
    expect(error.outcomeUnknown).toBe(true);
    expect(records.at(-1)).toMatchObject({ operation: "initiateCreditSubscription", httpStatus: null, errorKind: "timeout" });
  });
});

describe("what later versions need", () => {
  it("sends the journey's language on every subscription, from the solution code", async () => {
    const created = { status: 201, body: { id: SUB_ID, redirect: { type: "url", value: "https://bank.test/j" } } };
    const bank = fakeBank({ "POST /subscriptions": [created, created] });
    const { client } = makeClient(bank);
    await client.createSubscription(application);
    await client.createSubscription({ ...application, order: { ...application.order, solutionCode: "SCDELT-DXTS" } });
    const posts = bank.seen.filter((s) => s.method === "POST" && s.url.includes("/subscriptions"));
    expect(posts.map((s) => new URL(s.url).searchParams.get("language"))).toEqual(["fr-FR", "de-DE"]);
  });

  it("confirms a return with {isReturned: true} and takes 204", async () => {
    const bank = fakeBank({ [`POST /subscriptions/${SUB_ID}/_confirmReturn`]: [{ status: 204 }] });
    const { client } = makeClient(bank);
    await client.confirmReturn(SUB_ID);
    const post = bank.seen.find((s) => s.url.endsWith("/_confirmReturn"))!;
    expect(JSON.parse(post.body!)).toEqual({ isReturned: true });
  });
});

describe("API log", () => {
  it("records every attempt with its operation, status, error code and order, and nothing secret or personal", async () => {
    const bank = fakeBank({ "POST /subscriptions": [baasError(400, "REQUEST_VALIDATION_ERROR", "buyers[0].contact.email paul.dupont@mail.com and +33612345678 are wrong")] });
    const { client, records } = makeClient(bank);
    await client.createSubscription(application, { orderId: "order-1" }).catch(() => {});
    expect(records.map((r) => [r.operation, r.httpStatus, r.attempt])).toEqual([
      ["requestAccessToken", 200, 1],
      ["initiateCreditSubscription", 400, 1],
    ]);
    const post = records[1]!;
    expect(post).toMatchObject({ method: "POST", path: "/e-financing/api/v1/subscriptions?language=fr-FR", errorCode: "REQUEST_VALIDATION_ERROR", errorKind: "baas", orderId: "order-1" });
    expect(JSON.parse(post.requestSummary!)).toMatchObject({ solutionCode: "SCFRSP-3XTS", financedAmount: 199.9, merchantGlobalOrderId: "order-1" });
    const everything = JSON.stringify(records);
    for (const secret of ["very-secret-value", "token-1", "Dupont", "Paul", "paul.dupont", "+33612345678", "rue de la Paix", "secret-public-token", Buffer.from("client-id-123:very-secret-value").toString("base64")]) {
      expect(everything).not.toContain(secret);
    }
  });

  it("logs no query parameter it does not know to be harmless", async () => {
    const bank = fakeBank();
    const { client, records } = makeClient(bank);
    await client.listSubscriptions({ merchantGlobalOrderId: "order-7", page: 2 });
    expect(records.at(-1)!.path).toBe("/e-financing/api/v1/subscriptions?merchantGlobalOrderId=order-7&page=2");
  });
});

describe("answers", () => {
  it("turns an empty eligibility answer into no solution and a 204 delivery confirmation into nothing", async () => {
    const bank = fakeBank({ "GET /eligible-solutions": [{ status: 200, body: {} }], [`POST /subscriptions/${SUB_ID}/_confirmDelivery`]: [{ status: 204 }] });
    const { client } = makeClient(bank);
    await expect(client.getEligibleSolutions({ buyerBillingCountry: "FR", financedCents: 1_000 })).resolves.toEqual([]);
    await expect(client.confirmDelivery(SUB_ID, { isDelivered: true, trackingNumber: "1Z", operator: "UPS" })).resolves.toBeUndefined();
  });

  it("refuses a creation answer without an id", async () => {
    const bank = fakeBank({ "POST /subscriptions": [{ status: 201, body: { redirect: { type: "url", value: "x" } } }] });
    const { client } = makeClient(bank);
    await expect(client.createSubscription(application)).rejects.toMatchObject({ kind: "invalid_response" });
  });

  it("finds the subscriptions of one order only", async () => {
    const item = (id: string) => ({ creditSubscriptionId: SUB_ID, merchantGlobalOrderId: id, consolidatedStatus: "INITIALIZED", buyerFinancedAmount: 1, registrationTimestamp: "", lastUpdateTimestamp: "", solutionCode: "SCFRSP-3XTS", marketTypeCode: "FR", merchantBasketId: "b" });
    const bank = fakeBank({ "GET /subscriptions": [{ status: 200, body: { totalItemCount: 2, subscriptions: [item("order-9"), item("order-90")] } }] });
    const { client } = makeClient(bank);
    await expect(client.findSubscriptionsByOrderId("order-9")).resolves.toHaveLength(1);
    expect(bank.apiRequests()[0]!.url).toContain("merchantGlobalOrderId=order-9");
  });
});
