import { beforeAll, describe, expect, it } from "vitest";
import { apiBase, bankBase, call, createSubscription, subscriptionBody, testMerchant, type BankErrorBody, type TestMerchant } from "./sandbox-support";

/** What the vendor's plugins meet on the wire beyond the spec: the bank as it runs today (docs/SANDBOX.md). */
let m: TestMerchant;
beforeAll(async () => {
  m = await testMerchant(["SCFRSP-3XTS", "SCFRLT-TXPS", "SCDELT-DXTS"], "wire");
});

/** A raw call, redirects not followed: the answer the client's HTTP library sees first. */
async function raw(method: string, url: string, body?: unknown) {
  const res = await fetch(url, {
    method,
    redirect: "manual",
    headers: { Authorization: `Bearer ${m.token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> & BankErrorBody };
}

describe("a trailing slash", () => {
  it("is served like the path without it, for every method, with no redirect", async () => {
    const created = await raw("POST", `${apiBase()}/subscriptions/`, subscriptionBody("SCFRSP-3XTS", 240));
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    const list = await raw("GET", `${apiBase()}/subscriptions/?page=1&pageSize=1000`);
    expect(list.status).toBe(200);
    expect((list.body.subscriptions as { creditSubscriptionId: string }[]).map((s) => s.creditSubscriptionId)).toContain(id);

    const detail = await raw("GET", `${apiBase()}/subscriptions/${id}/`);
    expect([detail.status, detail.body.creditSubscriptionId]).toEqual([200, id]);
    const cancel = await raw("POST", `${apiBase()}/subscriptions/${id}/_cancel/`, { cancelledAmount: 10 });
    expect([cancel.status, cancel.body.errorCode]).toEqual([400, "INVALID_STATUS"]);
    const eligible = await raw("GET", `${apiBase()}/eligible-solutions/?financedAmount=240&buyerBillingCountry=FR`);
    expect(eligible.status).toBe(200);
    // An unsupported method on the slashed path is the same 405 as without it, not a redirect.
    expect((await raw("DELETE", `${apiBase()}/subscriptions/`)).status).toBe(405);
  });

  it("reaches the token endpoint too", async () => {
    const res = await fetch(`${bankBase()}/auth-server/api/v1/oauth2/token/`, {
      method: "POST",
      redirect: "manual",
      headers: { Authorization: `Basic ${Buffer.from(`${m.clientId}:${m.clientSecret}`).toString("base64")}`, "Content-Type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials&scope=e-financing:rw",
    });
    expect(res.status).toBe(200);
  });
});

describe("an amount no contract covers", () => {
  for (const financedAmount of [1e308, 1e15, 123456789012.34]) {
    it(`gets the bank's answers, never a 500 (${financedAmount})`, async () => {
      const eligible = await call<{ solutions?: unknown[] }>("getEligibleProductServices", { token: m.token, query: { financedAmount, buyerBillingCountry: "FR" } });
      expect(eligible.status).toBe(200);
      expect(eligible.body.solutions ?? []).toEqual([]);

      const simulated = await call<BankErrorBody & { solutionSimulations?: unknown[] }>("simulateSolution", {
        token: m.token,
        body: { financedAmount, buyerBillingCountry: "FR", solutionCodes: ["SCFRSP-3XTS"] },
      });
      expect(simulated.status).toBeLessThan(500);
      if (simulated.status === 200) expect(simulated.body.solutionSimulations).toEqual([]);
      else expect(simulated.body.errorCode).toBe("REQUEST_VALIDATION_ERROR");

      const subscribed = await call<BankErrorBody>("initiateCreditSubscription", { token: m.token, body: subscriptionBody("SCFRSP-3XTS", financedAmount) });
      expect(subscribed.status).toBe(400);
      expect(["FORBIDDEN", "REQUEST_VALIDATION_ERROR"]).toContain(subscribed.body.errorCode);
    });
  }

  it("is refused on _cancel as more than the financed amount", async () => {
    const { id } = await createSubscription(m, "SCFRSP-3XTS", 200);
    const cancel = await call<BankErrorBody>("cancelCreditSubscription", { token: m.token, params: { creditSubscriptionId: id }, body: { cancelledAmount: 1e308 } });
    expect(cancel.status).toBe(400);
    expect(cancel.body.errorCode).toMatch(/^(INVALID_STATUS|REQUEST_VALIDATION_ERROR)$/);
  });
});
