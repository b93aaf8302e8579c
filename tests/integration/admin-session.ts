/**
 * The back office over HTTP, as a browser would use it: next-auth's
 * credentials sign-in (CSRF token first), then tRPC calls in its wire format
 * (superjson: `{ json: ... }`), GET for queries and JSON POST for mutations.
 */
import { inject } from "vitest";
import { appRouter } from "@/server/shop/trpc/routers/_app";

export const baseURL = () => inject("baseURL");

const ADMIN = { email: process.env.ADMIN_EMAIL || "admin@demo.shop", password: process.env.ADMIN_PASSWORD || "scalexpert-demo" };

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs the demo admin in and answers the Cookie header of the session. */
export async function adminCookie(): Promise<string> {
  const csrf = await fetch(`${baseURL()}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const signIn = await fetch(`${baseURL()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email: ADMIN.email, password: ADMIN.password, json: "true" }),
  });
  const session = cookiesOf(signIn).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed: HTTP ${signIn.status}`);
  return [...jar, session].join("; ");
}

export interface TrpcAnswer {
  status: number;
  /** result.data.json on success. */
  data?: unknown;
  /** error.json.data.code on failure (UNAUTHORIZED, FORBIDDEN, ...). */
  code?: string;
  message?: string;
}

async function answerOf(response: Response): Promise<TrpcAnswer> {
  const body = (await response.json()) as { result?: { data?: { json?: unknown } }; error?: { json?: { message?: string; data?: { code?: string } } } };
  return { status: response.status, data: body.result?.data?.json, code: body.error?.json?.data?.code, message: body.error?.json?.message };
}

export async function trpcQuery(path: string, input: unknown, headers: Record<string, string> = {}): Promise<TrpcAnswer> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return answerOf(await fetch(`${baseURL()}/api/trpc/${path}${query}`, { headers }));
}

export async function trpcMutation(path: string, input: unknown, headers: Record<string, string> = {}): Promise<TrpcAnswer> {
  return answerOf(
    await fetch(`${baseURL()}/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ json: input ?? null }),
    }),
  );
}

/** Every procedure of the back office, read from the router itself: a new one cannot be left out. */
export function adminProcedures(): { path: string; type: "query" | "mutation" | "subscription" }[] {
  // tRPC keeps a flat map "a.b.c" → procedure beside the nested record; its type is the nested one.
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: "query" | "mutation" | "subscription" } }>;
  return Object.entries(procedures)
    .filter(([path]) => path.startsWith("admin."))
    .map(([path, procedure]) => ({ path, type: procedure._def.type }));
}
