import "server-only";
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { shopDb } from "@/db/shop/client";
import { adminUsers } from "@/db/shop/schema";
import { env } from "@/server/env";
import { activeAdmin } from "./active-admin";
import { safeCallbackPath } from "./callback-url";
import { clientAddress } from "./limiter-store";
import { LOGIN_POLICY, Throttle } from "./throttle";

// next-auth v4 reads its origin and secret from these two variables.
process.env.NEXTAUTH_URL ??= env().APP_URL;
process.env.NEXTAUTH_SECRET ??= env().AUTH_SECRET;

const credentials = z.object({ email: z.email(), password: z.string().min(1).max(200) });

/** What authorize() throws when the throttle refuses: next-auth passes the message on as `?error=`. */
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";

/** A session whose admin is gone, disabled or not the one it was issued to. */
class RevokedSession extends Error {
  constructor() {
    super("The session's admin is not an active admin user.");
    this.name = "RevokedSession";
  }
}

const holder = globalThis as unknown as { __loginThrottle?: Throttle };
const loginThrottle = () => (holder.__loginThrottle ??= new Throttle(shopDb(), "login", LOGIN_POLICY));

export const authOptions: NextAuthOptions = {
  secret: env().AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  callbacks: {
    // next-auth's default keeps any URL of the same origin by string prefix; this one parses it (callback-url.ts).
    redirect: ({ url, baseUrl }) => `${baseUrl}${safeCallbackPath(url, baseUrl)}`,
    // Runs on every getServerSession (tRPC context, back-office layout and pages): throwing here makes the session null.
    jwt: ({ token }) => {
      if (!activeAdmin(token)) throw new RevokedSession();
      return token;
    },
    session: ({ session, token }) => ({ ...session, user: { name: token.name, email: token.email } }),
  },
  logger: {
    error(code, metadata) {
      const cause = (metadata as { error?: unknown } | undefined)?.error ?? metadata;
      if (code === "JWT_SESSION_ERROR" && cause instanceof RevokedSession) return console.warn("[auth] session refused: not an active admin");
      if (code === "JWT_SESSION_ERROR") return console.warn("[auth] session refused: unreadable cookie");
      console.error(`[next-auth][error][${code}]`, metadata);
    },
    warn: (code) => console.warn(`[next-auth][warn][${code}]`),
    debug: () => {},
  },
  providers: [
    CredentialsProvider({
      name: "Merchant admin",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const email = parsed.data.email.toLowerCase();
        const address = clientAddress(new Headers(Object.entries(req?.headers ?? {}).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : []))));
        // Throttled before bcrypt: a refused guess costs a database write, not a hash.
        const attempt = await loginThrottle().attempt({ address, account: email });
        if (!attempt.ok) throw new Error(`${TOO_MANY_ATTEMPTS}:${attempt.retryAfterSeconds}`);
        const user = shopDb().select().from(adminUsers).where(eq(adminUsers.email, parsed.data.email)).get();
        // Compare even for unknown users so response time does not reveal which emails exist.
        const hash = user?.passwordHash ?? "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.p4mOAd8xGO5NhYy4E2Q/Lxs3Ao3e";
        const ok = await bcrypt.compare(parsed.data.password, hash);
        if (!user || !ok || user.disabled) return null;
        await attempt.succeeded();
        return { id: String(user.id), email: user.email, name: user.name };
      },
    }),
  ],
};
