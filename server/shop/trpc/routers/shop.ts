import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { shopperOrder } from "../../checkout/shopper-orders";
import { createTRPCRouter, publicProcedure } from "../init";

/** The shopper's view of an order, by its unguessable public token. */
export const shopRouter = createTRPCRouter({
  order: publicProcedure.input(z.object({ token: z.string().min(1).max(200) })).query(async ({ input }) => {
    // One re-read from the bank per call at most (and none within a second of the last): the return page polls this.
    const view = await shopperOrder(input.token, "poll");
    if (!view) throw new TRPCError({ code: "NOT_FOUND", message: "No such order." });
    return view;
  }),
});
