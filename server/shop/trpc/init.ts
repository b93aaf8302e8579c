import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import { getServerSession, type Session } from "next-auth";
import { ZodError, z } from "zod";
import { assertSameOrigin } from "../admin/same-origin";
import { authOptions } from "../auth/options";

export interface TRPCContext {
  headers: Headers;
  /** The admin session, read on first ask: public procedures (the whole storefront) never pay next-auth's lookup. */
  session(): Promise<Session | null>;
}

export function createTRPCContext(opts: { headers: Headers }): TRPCContext {
  let session: Promise<Session | null> | undefined;
  return { headers: opts.headers, session: () => (session ??= getServerSession(authOptions)) };
}

// No transformer: every input and output is plain JSON (times are epoch milliseconds), so the browser is not
// sent a serializer (superjson's 4 kB gzip) for types it never receives.
const t = initTRPC.context<TRPCContext>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // Field-level messages for forms: { fieldErrors: { email: ["..."] } }.
        zodError: cause instanceof ZodError ? z.flattenError(cause) : null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;

/** Every back-office procedure: refuses anyone without an admin session, and changes asked by another site. */
export const adminProcedure = t.procedure.use(async ({ ctx, next, type }) => {
  const email = (await ctx.session())?.user?.email;
  if (!email) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in as a merchant admin first." });
  if (type === "mutation") assertSameOrigin(ctx.headers);
  return next({ ctx: { ...ctx, admin: { email } } });
});
