/**
 * After sign-in the back office goes to the asked page only when it is a path
 * of this site, read as the browser reads it; anything else goes to /admin.
 */
import { describe, expect, it } from "vitest";
import { baseURL } from "./admin-session";

const ADMIN = { email: process.env.ADMIN_EMAIL || "admin@demo.shop", password: process.env.ADMIN_PASSWORD || "scalexpert-demo" };
// As next-auth receives them (form-decoded): "/%09/..." in a query arrives as "/<TAB>/...".
const OFF_SITE = ["/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/\\\\evil.example", "//evil.example", "https://evil.example", "javascript:alert(1)"];

/** next-auth's credentials sign-in as its client makes it (json=true): the URL it answers is where the browser goes. */
async function signInTo(callbackUrl: string): Promise<string> {
  const csrf = await fetch(`${baseURL()}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${baseURL()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email: ADMIN.email, password: ADMIN.password, callbackUrl, json: "true" }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { url: string }).url;
}

/** The destination the login page hands its form (the query is decoded once, as the page reads it). */
async function loginPageDestination(query: string): Promise<string> {
  const html = await (await fetch(`${baseURL()}/login?callbackUrl=${query}`)).text();
  const match = /callbackUrl\\?":\\?"((?:[^"\\]|\\\\.)*?)\\?"/.exec(html);
  expect(match, "the login form's callbackUrl prop").toBeTruthy();
  return JSON.parse(`"${match![1]!.replace(/\\\\/g, "\\")}"`) as string;
}

describe("the destination after sign-in", () => {
  it.each(OFF_SITE)("sends %j to /admin (next-auth's answer)", async (callbackUrl) => {
    expect(await signInTo(callbackUrl)).toBe(`${baseURL()}/admin`);
  });

  it.each(["%2F%5Cevil.example", "%2F%09%2Fevil.example", "%2F%5C%5Cevil.example", "%2F%2Fevil.example", "https%3A%2F%2Fevil.example"])("sends ?callbackUrl=%s to /admin (the login page)", async (query) => {
    expect(await loginPageDestination(query)).toBe("/admin");
  });

  it("keeps a path of the back office", async () => {
    expect(await signInTo("/admin/api-log?page=2")).toBe(`${baseURL()}/admin/api-log?page=2`);
    expect(await loginPageDestination("%2Fadmin%2Fapi-log")).toBe("/admin/api-log");
  });
});
