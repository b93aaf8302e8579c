/**
 * A session means an admin user that exists and is enabled, checked at each
 * request: a cookie signed with the demo secret (public) is nothing on a
 * deployment with its own, and one signed right for an e-mail that is not an
 * admin, or for an admin since disabled or deleted, is refused at once.
 */
import { join } from "node:path";
import bcrypt from "bcryptjs";
import { openSqlite } from "@/db/sqlite";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_VALUES } from "@/server/env";
import { PRODUCTION_ENV, startServer, type RunningServer } from "../support/server";
import { baseURL, trpcQuery } from "./admin-session";

/** A next-auth session cookie as next-auth itself makes it (its JWE), under both of its names (http and https). */
async function forged(claims: { sub: string; email: string; name?: string }, secret: string): Promise<string> {
  const value = await encode({ token: { name: claims.name ?? "Someone", ...claims }, secret, maxAge: 3600 });
  return `next-auth.session-token=${value}; __Secure-next-auth.session-token=${value}`;
}

async function signIn(email: string, password: string, base = baseURL()): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const answer = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    // An address of this file's own, so that other files' login throttles are not touched.
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), "x-forwarded-for": "198.51.100.77" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = answer.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed: HTTP ${answer.status}`);
  return [...jar, session].join("; ");
}

async function expectNoSession(cookie: string, base = baseURL()) {
  const whoami = await fetch(`${base}/api/trpc/admin.whoami`, { headers: { cookie } });
  expect(whoami.status).toBe(401);
  const page = await fetch(`${base}/admin`, { headers: { cookie }, redirect: "manual" });
  expect([303, 307, 308]).toContain(page.status);
  expect(new URL(page.headers.get("location")!, base).pathname).toBe("/login");
}

describe("a session cookie in demo mode", () => {
  const db = () => openSqlite(join(inject("dataDir"), "shop.db"));
  let adminId: number;

  beforeAll(() => {
    const sqlite = db();
    adminId = (sqlite.prepare("SELECT id FROM admin_users WHERE email = ?").get("admin@demo.shop") as { id: number }).id;
    sqlite.close();
  });

  it("signed with the demo secret for an e-mail that is not an admin user: refused", async () => {
    await expectNoSession(await forged({ sub: String(adminId), email: "intruder@evil.example" }, DEMO_VALUES.AUTH_SECRET));
    await expectNoSession(await forged({ sub: "4242", email: "intruder@evil.example" }, DEMO_VALUES.AUTH_SECRET));
    // The admin's e-mail on another user id is not the admin either.
    await expectNoSession(await forged({ sub: "4242", email: "admin@demo.shop" }, DEMO_VALUES.AUTH_SECRET));
  });

  it("of an admin disabled or deleted since: out at the next request", async () => {
    const sqlite = db();
    const email = `second-admin-${Date.now()}@demo.shop`;
    const password = "a second admin's password";
    sqlite.prepare("INSERT INTO admin_users (email, password_hash, name) VALUES (?, ?, ?)").run(email, bcrypt.hashSync(password, 4), "Second admin");
    try {
      const cookie = await signIn(email, password);
      expect((await trpcQuery("admin.whoami", undefined, { cookie })).data).toEqual({ email });
      sqlite.prepare("UPDATE admin_users SET disabled = 1 WHERE email = ?").run(email);
      await expectNoSession(cookie);
      // Disabled: cannot sign in again either.
      await expect(signIn(email, password)).rejects.toThrow(/sign-in failed/);
      sqlite.prepare("UPDATE admin_users SET disabled = 0 WHERE email = ?").run(email);
      expect((await trpcQuery("admin.whoami", undefined, { cookie })).status).toBe(200);
      sqlite.prepare("DELETE FROM admin_users WHERE email = ?").run(email);
      await expectNoSession(cookie);
    } finally {
      sqlite.prepare("DELETE FROM admin_users WHERE email = ?").run(email);
      sqlite.close();
    }
  });
});

describe("a session cookie signed with the demo secret, in production mode", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      quiet: true,
      extraEnv: PRODUCTION_ENV,
    });
  });
  afterAll(() => server?.stop());

  it("is refused, even for the admin's own id and e-mail", async () => {
    const sqlite = openSqlite(join(server.dataDir, "shop.db"));
    const admin = sqlite.prepare("SELECT id, email FROM admin_users").get() as { id: number; email: string };
    sqlite.close();
    const cookie = await forged({ sub: String(admin.id), email: admin.email }, DEMO_VALUES.AUTH_SECRET);
    const whoami = await fetch(`${server.baseURL}/api/trpc/admin.whoami`, { headers: { cookie } });
    expect(whoami.status).toBe(401);
    // The same claims signed with the deployment's own secret do make a session: the refusal above is the secret's.
    const real = await forged({ sub: String(admin.id), email: admin.email }, "k3Xq9v0T1mZr8bYw2cNf5hJd7sLp4aGe6uQi");
    expect((await fetch(`${server.baseURL}/api/trpc/admin.whoami`, { headers: { cookie: real } })).status).toBe(200);
  });
});
