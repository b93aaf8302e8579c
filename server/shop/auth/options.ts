import "server-only";
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { shopDb } from "@/db/shop/client";
import { adminUsers } from "@/db/shop/schema";
import { env } from "@/server/env";
import { safeCallbackPath } from "./callback-url";

// next-auth v4 reads its origin and secret from these two variables.
process.env.NEXTAUTH_URL ??= env().APP_URL;
process.env.NEXTAUTH_SECRET ??= env().AUTH_SECRET;

const credentials = z.object({ email: z.email(), password: z.string().min(1).max(200) });

export const authOptions: NextAuthOptions = {
  secret: env().AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  callbacks: {
    // next-auth's default keeps any URL of the same origin by string prefix; this one parses it (callback-url.ts).
    redirect: ({ url, baseUrl }) => `${baseUrl}${safeCallbackPath(url, baseUrl)}`,
  },
  providers: [
    CredentialsProvider({
      name: "Merchant admin",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const user = shopDb().select().from(adminUsers).where(eq(adminUsers.email, parsed.data.email)).get();
        // Compare even for unknown users so response time does not reveal which emails exist.
        const hash = user?.passwordHash ?? "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.p4mOAd8xGO5NhYy4E2Q/Lxs3Ao3e";
        const ok = await bcrypt.compare(parsed.data.password, hash);
        if (!user || !ok) return null;
        return { id: String(user.id), email: user.email, name: user.name };
      },
    }),
  ],
};
