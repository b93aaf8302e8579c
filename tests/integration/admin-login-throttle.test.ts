/**
 * Password guessing at the back office's login, over HTTP: throttled per
 * account and per client address with growing delays, and a burst of
 * concurrent guesses gets no more tries than one at a time. Each test uses
 * addresses (X-Forwarded-For, read as Next and a reverse proxy set it) and
 * accounts of its own, so that the rest of the suite still signs in.
 */
import { describe, expect, it } from "vitest";
import { adminCookie, baseURL, trpcQuery } from "./admin-session";

let octet = 0;
const run = Date.now() % 200;
const address = () => `203.0.113.${(run + ++octet) % 250}`;
const account = (name: string) => `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@demo.shop`;

/** One credentials sign-in; answers next-auth's error code (CredentialsSignin, TooManyAttempts:<s>) or "ok". */
async function attempt(email: string, password: string, from: string): Promise<string> {
  const csrf = await fetch(`${baseURL()}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const answer = await fetch(`${baseURL()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), "x-forwarded-for": from },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const { url } = (await answer.json()) as { url: string };
  return new URL(url).searchParams.get("error") ?? "ok";
}

const waitOf = (code: string) => Number(/^TooManyAttempts:(\d+)$/.exec(code)?.[1] ?? NaN);

describe("the login throttle", () => {
  it("per account: 5 free failures, then a wait that grows, from any address", async () => {
    const email = account("victim");
    for (let i = 0; i < 5; i += 1) expect(await attempt(email, `guess-${i}`, address())).toBe("CredentialsSignin");
    // The 6th is tried, and closes the account for 1 s; the next one within it is refused without a password check.
    expect(await attempt(email, "guess-5", address())).toBe("CredentialsSignin");
    const refused = await attempt(email, "guess-6", address());
    expect(waitOf(refused)).toBe(1);
    await new Promise((r) => setTimeout(r, 1100));
    expect(await attempt(email, "guess-6", address())).toBe("CredentialsSignin");
    expect(waitOf(await attempt(email, "guess-7", address()))).toBe(2);
  });

  it("refuses a burst of 100 concurrent guesses at one account after the free ones, quickly (no bcrypt for them)", async () => {
    const email = account("burst");
    const started = Date.now();
    const codes = await Promise.all(Array.from({ length: 100 }, (_, i) => attempt(email, `burst-${i}`, address())));
    const tried = codes.filter((c) => c === "CredentialsSignin").length;
    // The 5 free ones and the one that closes the door, then one per closed period (1 s, 2 s, 4 s...) that ends during the burst.
    const seconds = (Date.now() - started) / 1000;
    expect(tried).toBeLessThanOrEqual(6 + Math.ceil(Math.log2(seconds + 1)));
    expect(codes.filter((c) => c.startsWith("TooManyAttempts:")).length).toBe(100 - tried);
  });

  it("per address: 20 free failures across accounts, then refused from that address only", async () => {
    const from = address();
    for (let i = 0; i < 20; i += 1) expect(await attempt(account(`spray${i}`), "password1", from)).toBe("CredentialsSignin");
    expect(await attempt(account("spray20"), "password1", from)).toBe("CredentialsSignin");
    expect(waitOf(await attempt(account("spray21"), "password1", from))).toBeGreaterThanOrEqual(1);
    // Another address, and the real admin, are not affected.
    expect(await attempt(account("elsewhere"), "password1", address())).toBe("CredentialsSignin");
    const cookie = await adminCookie();
    expect((await trpcQuery("admin.whoami", undefined, { cookie })).status).toBe(200);
  });

  it("lets the admin in after a few typos, and forgets them", async () => {
    const email = process.env.ADMIN_EMAIL || "admin@demo.shop";
    const password = process.env.ADMIN_PASSWORD || "scalexpert-demo";
    const from = address();
    for (let i = 0; i < 3; i += 1) expect(await attempt(email, `typo-${i}`, from)).toBe("CredentialsSignin");
    expect(await attempt(email, password, from)).toBe("ok");
  });
});
