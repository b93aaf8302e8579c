import { beforeAll, describe, expect, it } from "vitest";
import { adminCookie, baseURL, trpcMutation, trpcQuery } from "./admin-session";

// An order id no order has: a request that gets past the guards answers NOT_FOUND, and changes nothing.
const NO_ORDER = { id: "3f2a9c1b-7d4e-4a5b-9c6d-0e1f2a3b4c5d" };

describe("admin mutations and other sites", () => {
  let cookie: string;
  beforeAll(async () => {
    cookie = await adminCookie();
  });

  it("obeys the back office's own pages", async () => {
    const origin = baseURL();
    const answer = await trpcMutation("admin.orders.refresh", NO_ORDER, { cookie, origin, "sec-fetch-site": "same-origin" });
    expect(answer).toMatchObject({ status: 404, code: "NOT_FOUND" });
  });

  it("refuses a request another site's page makes with the admin's cookie", async () => {
    const pages: Record<string, string>[] = [
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { origin: "https://evil.example" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site", origin: "http://other.127.0.0.1.nip.io" },
      { origin: "null" },
    ];
    for (const headers of pages) {
      const answer = await trpcMutation("admin.orders.refresh", NO_ORDER, { cookie, ...headers });
      expect(answer, JSON.stringify(headers)).toMatchObject({ status: 403, code: "FORBIDDEN" });
      expect(answer.message).toMatch(/Refused/);
    }
  });

  it("refuses a mutation sent as a simple (form-like) request", async () => {
    const response = await fetch(`${baseURL()}/api/trpc/admin.orders.refresh`, {
      method: "POST",
      headers: { cookie, "content-type": "text/plain", origin: baseURL() },
      body: JSON.stringify(NO_ORDER),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.status).not.toBe(404);
  });

  it("leaves reads alone (a cross-site page cannot read the answers anyway)", async () => {
    const answer = await trpcQuery("admin.whoami", undefined, { cookie, "sec-fetch-site": "cross-site", origin: "https://evil.example" });
    expect(answer.status).toBe(200);
  });
});
