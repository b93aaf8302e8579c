/**
 * The back office over HTTP, as a browser would use it: next-auth's
 * credentials sign-in (CSRF token first), then tRPC calls in its wire format
 * (plain JSON, no transformer), GET for queries and JSON POST for mutations.
 */
import { inject } from "vitest";
import { appRouter } from "@/server/shop/trpc/routers/_app";
import { checkoutForm } from "../support/checkout-form";

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
  /** result.data on success. */
  data?: unknown;
  /** error.data.code on failure (UNAUTHORIZED, FORBIDDEN, ...). */
  code?: string;
  message?: string;
}

async function answerOf(response: Response): Promise<TrpcAnswer> {
  const body = (await response.json()) as { result?: { data?: unknown }; error?: { message?: string; data?: { code?: string } } };
  return { status: response.status, data: body.result?.data, code: body.error?.data?.code, message: body.error?.message };
}

export async function trpcQuery(path: string, input: unknown, headers: Record<string, string> = {}): Promise<TrpcAnswer> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return answerOf(await fetch(`${baseURL()}/api/trpc/${path}${query}`, { headers }));
}

export async function trpcMutation(path: string, input: unknown, headers: Record<string, string> = {}): Promise<TrpcAnswer> {
  return answerOf(
    await fetch(`${baseURL()}/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(input ?? null),
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

/**
 * A shopper of the storefront over HTTP (its public tRPC procedures, a cookie
 * jar of its own) with one product in the cart: `place` sends the checkout
 * form as the checkout page does, for any solution code (a forged one too).
 */
export async function shopperCart(slug: string) {
  let jar: string[] = [];
  const post = async (path: string, input: unknown) => {
    const response = await fetch(`${baseURL()}/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: jar.join("; ") },
      body: JSON.stringify(input),
    });
    for (const cookie of cookiesOf(response)) jar = [...jar.filter((c) => c.split("=")[0] !== cookie.split("=")[0]), cookie];
    return answerOf(response);
  };
  const catalogue = await trpcQuery("catalog.list", undefined);
  const product = (catalogue.data as { id: number; slug: string }[]).find((p) => p.slug === slug);
  if (!product) throw new Error(`no product ${slug}`);
  await post("cart.add", { productId: product.id, quantity: 1 });
  return {
    cookie: () => jar.join("; "),
    place: (solutionCode: string, who: { lastName?: string; email?: string } = {}) =>
      post("checkout.place", checkoutForm({ idempotencyKey: crypto.randomUUID(), solutionCode, credit: solutionCode.slice(4, 6) === "LT", ...who })),
  };
}

/** shopperCart, then a placed order: answers the subscription id from the bank's journey link. */
export async function shopperOrder(options: { slug: string; solutionCode: string; lastName: string; email: string }): Promise<{ subscriptionId: string }> {
  const cart = await shopperCart(options.slug);
  const placed = await cart.place(options.solutionCode, { lastName: options.lastName, email: options.email });
  const outcome = placed.data as { ok: boolean; redirect?: { type: string; url?: string } } | undefined;
  if (!outcome?.ok || outcome.redirect?.type !== "url" || !outcome.redirect.url) throw new Error(`checkout: ${JSON.stringify(placed)}`);
  return { subscriptionId: new URL(outcome.redirect.url).pathname.split("/")[3]! };
}
