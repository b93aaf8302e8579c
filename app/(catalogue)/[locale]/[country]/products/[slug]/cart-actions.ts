"use server";
import { z } from "zod";
import { shopDb } from "@/db/shop/client";
import { MAX_QUANTITY } from "@/server/shop/cart/cart-math";
import { ensureCartId } from "@/server/shop/cart/cart-session";
import { addItem, CartError, type CartErrorCode } from "@/server/shop/cart/cart-store";
import { shopperPreferences } from "@/server/shop/i18n/server";

const input = z.object({ productId: z.number().int().positive(), quantity: z.number().int().min(1).max(MAX_QUANTITY) });

export type AddToCartResult = { ok: true } | { ok: false; code: CartErrorCode | "bad_input" };

/**
 * The product page's "add to cart", as a server action rather than the tRPC
 * mutation the cart page uses: the page then ships no tRPC or React Query
 * client. Same checks as `cart.add`; refusals come back as values.
 */
export async function addToCart(productId: unknown, quantity: unknown): Promise<AddToCartResult> {
  const parsed = input.safeParse({ productId, quantity });
  if (!parsed.success) return { ok: false, code: "bad_input" };
  const cartId = await ensureCartId((await shopperPreferences()).country);
  try {
    addItem(shopDb(), cartId, parsed.data.productId, parsed.data.quantity);
  } catch (error) {
    if (error instanceof CartError) return { ok: false, code: error.code };
    throw error;
  }
  return { ok: true };
}
