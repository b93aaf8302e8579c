import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { shopDb } from "@/db/shop/client";
import { MAX_QUANTITY } from "../../cart/cart-math";
import { currentCartId, ensureCartId } from "../../cart/cart-session";
import { addItem, CartError, readCart, removeItem, setQuantity } from "../../cart/cart-store";
import { shopperPreferences } from "../../i18n/server";
import { createTRPCRouter, publicProcedure } from "../init";

const productId = z.number().int().positive();

function asTrpcError(error: unknown): never {
  if (error instanceof CartError) {
    throw new TRPCError({ code: error.code === "unknown_product" ? "NOT_FOUND" : "BAD_REQUEST", message: error.message, cause: error });
  }
  throw error;
}

/**
 * The server-side cart. The browser sends product ids and quantities only;
 * prices and totals always come from the catalogue here.
 */
export const cartRouter = createTRPCRouter({
  get: publicProcedure.query(async () => {
    const cartId = await currentCartId();
    return cartId ? readCart(shopDb(), cartId) : null;
  }),
  add: publicProcedure
    .input(z.object({ productId, quantity: z.number().int().min(1).max(MAX_QUANTITY).default(1) }))
    .mutation(async ({ input }) => {
      const cartId = await ensureCartId((await shopperPreferences()).country);
      try {
        addItem(shopDb(), cartId, input.productId, input.quantity);
      } catch (error) {
        asTrpcError(error);
      }
      return readCart(shopDb(), cartId);
    }),
  setQuantity: publicProcedure
    .input(z.object({ productId, quantity: z.number().int().min(0).max(MAX_QUANTITY) }))
    .mutation(async ({ input }) => {
      const cartId = await currentCartId();
      if (!cartId) throw new TRPCError({ code: "NOT_FOUND", message: "No cart." });
      try {
        setQuantity(shopDb(), cartId, input.productId, input.quantity);
      } catch (error) {
        asTrpcError(error);
      }
      return readCart(shopDb(), cartId);
    }),
  remove: publicProcedure.input(z.object({ productId })).mutation(async ({ input }) => {
    const cartId = await currentCartId();
    if (!cartId) throw new TRPCError({ code: "NOT_FOUND", message: "No cart." });
    removeItem(shopDb(), cartId, input.productId);
    return readCart(shopDb(), cartId);
  }),
});
