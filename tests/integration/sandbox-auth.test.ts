import { beforeAll, describe, expect, it } from "vitest";
import {
  bankBase,
  call,
  control,
  DEMO_MERCHANT,
  requestToken,
  testMerchant,
  token,
  type BankErrorBody,
  type TestMerchant,
} from "./sandbox-support";

let m: TestMerchant;
beforeAll(async () => {
  m = await testMerchant(["SCFRSP-3XTS"]);
});

const eligible = (t?: string) => call<BankErrorBody>("getEligibleProductServices", { token: t, query: { buyerBillingCountry: "FR", financedAmount: 200 } });

describe("token endpoint", () => {
  it("gives the demo merchant (the app's default credentials) a 900 s bearer token with the scope asked", async () => {
    const answer = await requestToken(DEMO_MERCHANT.clientId, DEMO_MERCHANT.clientSecret);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ token_type: "Bearer", expires_in: 900, scope: "e-financing:rw" });
    expect(answer.body.access_token.length).toBeGreaterThan(20);
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("grants e-financing:rw when no scope is asked", async () => {
    const answer = await requestToken(m.clientId, m.clientSecret, { grant_type: "client_credentials" });
    expect(answer.body.scope).toBe("e-financing:rw");
  });

  it("grants the part of the asked scope the application has, as the vendor's plugins ask for it", async () => {
    const answer = await requestToken(m.clientId, m.clientSecret, { grant_type: "client_credentials", scope: "e-financing:rw insurance:rw" });
    expect(answer.status).toBe(200);
    expect(answer.body.scope).toBe("e-financing:rw");
    const list = await call("retrieveCreditSubscriptionForSpecificMerchant", { token: answer.body.access_token });
    expect(list.status).toBe(200);
    const none = await requestToken(m.clientId, m.clientSecret, { grant_type: "client_credentials", scope: "insurance:rw admin:all" });
    expect([none.status, none.body.error]).toEqual([400, "invalid_scope"]);
  });

  it("refuses wrong credentials with 401 invalid_client", async () => {
    const wrongSecret = await requestToken(m.clientId, "not-the-secret");
    expect(wrongSecret.status).toBe(401);
    expect(wrongSecret.body.error).toBe("invalid_client");
    expect(wrongSecret.headers.get("www-authenticate")).toMatch(/^Basic/);
    expect((await requestToken("00000000-0000-4000-8000-000000000000", "x")).status).toBe(401);
    const noAuth = await fetch(`${bankBase()}/auth-server/api/v1/oauth2/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    expect(noAuth.status).toBe(401);
  });

  it("refuses other grants, unknown scopes and a non-form body with 400", async () => {
    expect((await requestToken(m.clientId, m.clientSecret, { grant_type: "password" })).body.error).toBe("unsupported_grant_type");
    expect((await requestToken(m.clientId, m.clientSecret, { scope: "e-financing:rw" })).body.error).toBe("invalid_request");
    const unknownScope = await requestToken(m.clientId, m.clientSecret, { grant_type: "client_credentials", scope: "admin:all" });
    expect(unknownScope.status).toBe(400);
    expect(unknownScope.body.error).toBe("invalid_scope");
    const json = await fetch(`${bankBase()}/auth-server/api/v1/oauth2/token`, {
      method: "POST",
      headers: { Authorization: `Basic ${Buffer.from(`${m.clientId}:${m.clientSecret}`).toString("base64")}`, "Content-Type": "application/json" },
      body: JSON.stringify({ grant_type: "client_credentials" }),
    });
    expect(json.status).toBe(400);
  });
});

describe("bearer token on the e-financing API", () => {
  it("answers 401 without a token, with an unknown token and with an expired one", async () => {
    for (const t of [undefined, "not-a-real-token"]) {
      const answer = await eligible(t);
      expect(answer.status).toBe(401);
      expect(answer.body.errorCode).toBe("UNAUTHORIZED");
    }
    const own = await testMerchant(["SCFRSP-3XTS"], "expiry");
    expect((await eligible(own.token)).status).toBe(200);
    const expired = await control<{ expiredTokens: number }>("POST", `/merchants/${own.merchantId}/tokens/_expire`);
    expect(expired.body.expiredTokens).toBe(1);
    const answer = await eligible(own.token);
    expect(answer.status).toBe(401);
    expect(answer.headers.get("www-authenticate")).toContain("invalid_token");
    // A new token works again: what a client does on 401.
    expect((await eligible(await token(own.clientId, own.clientSecret))).status).toBe(200);
  });

  it("answers 403 to a token without the e-financing:rw scope", async () => {
    const other = await token(m.clientId, m.clientSecret, "common-services:rw");
    const answer = await eligible(other);
    expect(answer.status).toBe(403);
    expect(answer.body.errorCode).toBe("INSUFFICIENT_SCOPE");
    expect(answer.body.requestURI).toBe("/v1/eligible-solutions");
  });

  it("limits each application to 600 calls a minute, then 429 with Retry-After", async () => {
    const own = await testMerchant(["SCFRSP-3XTS"], "rate limit");
    const statuses: number[] = [];
    // 600 calls in parallel batches: all pass; the 601st is refused.
    for (let batch = 0; batch < 30; batch++) {
      const answers = await Promise.all(Array.from({ length: 20 }, () => eligible(own.token)));
      statuses.push(...answers.map((a) => a.status));
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(600);
    const refused = await eligible(own.token);
    expect(refused.status).toBe(429);
    expect(refused.body.errorCode).toBe("TOO_MANY_REQUESTS");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Per application: another merchant is not affected.
    expect((await eligible(m.token)).status).toBe(200);
    // A reset clears the window.
    expect((await control("POST", `/merchants/${own.merchantId}/reset`)).status).toBe(200);
    expect((await eligible(own.token)).status).toBe(200);
  });
});
