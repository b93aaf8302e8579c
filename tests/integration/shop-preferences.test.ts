import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { LOCALE_COOKIE } from "@/server/shop/i18n/locales";
import { baseURL } from "./admin-session";

/** The shop's language and country switches post a plain HTML form here (app/(shop)/_components/preferences-switch.tsx). */
async function postPreferences(fields: Record<string, string>, headers: Record<string, string>): Promise<Response> {
  return fetch(`${baseURL()}/api/preferences`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual",
  });
}

// An order-status page: its URL holds the order's token, so it sends no Referer and its posts' Origin is "null".
const orderPage = `/orders/${randomBytes(24).toString("base64url")}`;
const fromOrderPage = { origin: "null", "sec-fetch-site": "same-origin" };

describe("the preferences switch", () => {
  it("sends a page that gives no Referer back to the path its form carries, with the new language set", async () => {
    const response = await postPreferences({ locale: "de", back: orderPage }, fromOrderPage);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(orderPage);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.getSetCookie()).toContainEqual(expect.stringMatching(new RegExp(`^${LOCALE_COOKIE}=de;`)));
  });

  it("prefers the Referer where one is sent, and never leaves the shop's origin", async () => {
    const fromCart = await postPreferences({ country: "DE", back: orderPage }, { origin: baseURL(), referer: `${baseURL()}/cart?x=1` });
    expect(fromCart.status).toBe(303);
    expect(fromCart.headers.get("location")).toBe("/cart?x=1");

    const elsewhere = await postPreferences({ locale: "en", back: "https://evil.example/orders/x" }, fromOrderPage);
    expect(elsewhere.status).toBe(303);
    expect(elsewhere.headers.get("location")).toBe("/");
  });

  it("refuses, and sets nothing for, a post that does not come from the shop's own pages", async () => {
    const posts: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      // An opaque origin is the shop's own only on the browser's word that the request is same-origin.
      { origin: "null" },
      { origin: "null", "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      {},
    ];
    for (const headers of posts) {
      const response = await postPreferences({ locale: "de", back: orderPage }, headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.headers.get("location"), JSON.stringify(headers)).toBeNull();
      expect(response.headers.getSetCookie(), JSON.stringify(headers)).toEqual([]);
    }
  });
});
