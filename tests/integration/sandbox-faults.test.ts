import { describe, expect, it } from "vitest";
import { apiBase, call, control, requestToken, subscriptionBody, testMerchant, type BankErrorBody, type TestMerchant } from "./sandbox-support";

type Page = { totalItemCount: number; subscriptions: { creditSubscriptionId: string; merchantGlobalOrderId: string }[] };

const setFaults = async (m: TestMerchant, faults: unknown) => {
  const answer = await control("PUT", `/merchants/${m.merchantId}/faults`, faults);
  expect(answer.status, answer.text).toBe(200);
};
const eligible = (m: TestMerchant) => call<BankErrorBody>("getEligibleProductServices", { token: m.token, query: { buyerBillingCountry: "FR", financedAmount: 300 } });

describe("fault injection", () => {
  it("answers 500, 503 and 429 in the bank's error format, with Retry-After", async () => {
    const m = await testMerchant(["SCFRSP-3XTS"], "faults status");
    await setFaults(m, { outcome: "500" });
    const e500 = await eligible(m);
    expect(e500.status).toBe(500);
    expect(e500.body).toMatchObject({ httpStatusCode: 500, httpStatusMessage: "Internal Server Error", errorCode: "INTERNAL_SERVER_ERROR" });

    await setFaults(m, { outcome: "503", retryAfterSeconds: 7 });
    const e503 = await eligible(m);
    expect(e503.status).toBe(503);
    expect(e503.headers.get("retry-after")).toBe("7");

    await setFaults(m, { outcome: "429", retryAfterSeconds: 12 });
    const e429 = await eligible(m);
    expect(e429.status).toBe(429);
    expect(e429.body.errorCode).toBe("TOO_MANY_REQUESTS");
    expect(e429.headers.get("retry-after")).toBe("12");

    expect((await control("DELETE", `/merchants/${m.merchantId}/faults`)).status).toBe(200);
    expect((await eligible(m)).status).toBe(200);
  });

  it("adds latency", async () => {
    const m = await testMerchant(["SCFRSP-3XTS"], "faults latency");
    await setFaults(m, { latencyMs: 400 });
    const started = performance.now();
    expect((await eligible(m)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
  });

  it("commits then drops the connection: the client gets no answer, yet the subscription exists", async () => {
    const m = await testMerchant(["SCFRSP-3XTS"], "faults drop");
    await setFaults(m, { script: [{ outcome: "drop", operation: "initiateCreditSubscription" }] });
    const body = subscriptionBody("SCFRSP-3XTS", 250);
    const attempt = fetch(`${apiBase()}/subscriptions`, {
      method: "POST",
      headers: { Authorization: `Bearer ${m.token}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }).then(async (res) => res.text());
    await expect(attempt).rejects.toThrow();
    const found = await call<Page>("retrieveCreditSubscriptionForSpecificMerchant", {
      token: m.token,
      query: { merchantGlobalOrderId: body.merchantGlobalOrderId },
    });
    expect(found.body.totalItemCount).toBe(1);
    // The client's retry with the same order id learns that it already exists.
    const retry = await call<BankErrorBody>("initiateCreditSubscription", { token: m.token, body });
    expect(retry.body.errorCode).toBe("BAD_REQUEST");
  });

  it("plays a script for the next calls, steps bound to an operation waiting for it", async () => {
    const m = await testMerchant(["SCFRSP-3XTS"], "faults script");
    await setFaults(m, { script: ["503", { outcome: "500", operation: "retrieveCreditSubscriptionForSpecificMerchant" }, "ok", "429"] });
    const statuses = [];
    statuses.push((await eligible(m)).status);
    statuses.push((await eligible(m)).status);
    statuses.push((await eligible(m)).status);
    statuses.push((await call("retrieveCreditSubscriptionForSpecificMerchant", { token: m.token })).status);
    statuses.push((await eligible(m)).status);
    expect(statuses).toEqual([503, 200, 429, 500, 200]);
    const left = await control<{ faults: { script: unknown[] } }>("GET", `/merchants/${m.merchantId}/faults`);
    expect(left.body.faults.script).toEqual([]);
  });

  it("limits faults to the listed operations, and reaches the token endpoint only when asked", async () => {
    const m = await testMerchant(["SCFRSP-3XTS"], "faults operations");
    await setFaults(m, { outcome: "503", operations: ["initiateCreditSubscription", "requestAccessToken"] });
    expect((await eligible(m)).status).toBe(200);
    expect((await call("initiateCreditSubscription", { token: m.token, body: subscriptionBody("SCFRSP-3XTS", 100) })).status).toBe(503);
    expect((await requestToken(m.clientId, m.clientSecret)).status).toBe(503);
    await setFaults(m, { outcome: "503" });
    expect((await requestToken(m.clientId, m.clientSecret)).status).toBe(200);
  });

  it("keeps faults to their merchant, and a reset clears them", async () => {
    const m = await testMerchant(["SCFRSP-3XTS"], "faults reset");
    const bystander = await testMerchant(["SCFRSP-3XTS"], "bystander");
    await setFaults(m, { outcome: "500" });
    expect((await eligible(bystander)).status).toBe(200);
    expect((await control("POST", `/merchants/${m.merchantId}/reset`)).status).toBe(200);
    expect((await eligible(m)).status).toBe(200);
  });

  it("refuses a bad fault description", async () => {
    const m = await testMerchant(["SCFRSP-3XTS"], "faults invalid");
    const bad = await control<BankErrorBody>("PUT", `/merchants/${m.merchantId}/faults`, { outcome: "418" });
    expect(bad.status).toBe(400);
    expect(bad.body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
  });
});
