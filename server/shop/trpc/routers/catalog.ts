import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { shopDb } from "@/db/shop/client";
import { listProducts, productBySlug } from "../../catalog/products";
import { createTRPCRouter, publicProcedure } from "../init";

export const catalogRouter = createTRPCRouter({
  list: publicProcedure.query(() => listProducts(shopDb())),
  bySlug: publicProcedure
    .input(z.object({ slug: z.string().min(1).max(120).regex(/^[a-z0-9-]+$/) }))
    .query(({ input }) => {
      const product = productBySlug(shopDb(), input.slug);
      if (!product) throw new TRPCError({ code: "NOT_FOUND", message: "No such product." });
      return product;
    }),
});
