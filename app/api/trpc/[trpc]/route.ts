import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createTRPCContext } from "@/server/shop/trpc/init";
import { appRouter } from "@/server/shop/trpc/routers/_app";
import { MAX_QUERY_BATCH } from "@/server/shop/trpc/limits";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createTRPCContext({ headers: req.headers }),
    // Mutations (POST) one per request: a batch of 150 `checkout.place` is refused (400) before any runs,
    // so that every mutation meets its limits on its own. Queries (GET) may batch, a few at a time.
    allowBatching: req.method === "GET",
    maxBatchSize: MAX_QUERY_BATCH,
  });
}

export { handler as GET, handler as POST };
