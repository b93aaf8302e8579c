import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { currentCartId } from "../../cart/cart-session";
import { shopperMessage } from "../../bank";
import { checkoutFields, withCheckoutRules } from "../../checkout/schema";
import { isWebUrl } from "../../checkout/shopper-orders";
import { shopperPreferences } from "../../i18n/server";
import { messagesFor } from "../../i18n/messages";
import { engineDeps } from "../../orders/default-deps";
import { OrderInputError, placeOrder } from "../../orders/place-order";
import { createTRPCRouter, publicProcedure } from "../init";
import { placementAllowed } from "../limits";

/** The checkout form, checked again here (the browser's check is only for comfort), plus the attempt's key. */
const placeInput = withCheckoutRules(checkoutFields.extend({ idempotencyKey: z.uuid() }));

export type PlaceOutcome =
  | { ok: true; token: string; redirect: { type: "url"; url: string } | { type: "page" } }
  /** `refresh`: the offers may have changed, re-read the page. `token`: an order exists, its page can be followed. */
  | { ok: false; message: string; refresh: boolean; token?: string };

export const checkoutRouter = createTRPCRouter({
  /**
   * Places the order from the server-side cart (the engine computes the
   * amount from catalogue prices) and says where to send the shopper. A bank
   * refusal is an answer with a message, not an exception; the cart is kept.
   */
  place: publicProcedure.input(placeInput).mutation(async ({ input, ctx }): Promise<PlaceOutcome> => {
    const { locale } = await shopperPreferences();
    const t = messagesFor(locale);
    const cartId = await currentCartId();
    if (!cartId) return { ok: false, message: t.bankErrors.emptyCart, refresh: true };
    // Per client address and per cart (trpc/limits.ts), before anything is written or sent to the bank.
    const wait = await placementAllowed(ctx.headers, cartId);
    if (wait > 0) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: `Too many orders placed; try again in ${wait} seconds.` });
    try {
      const result = await placeOrder(engineDeps(), { cartId, idempotencyKey: input.idempotencyKey, checkout: input.data });
      const token = result.publicToken;
      // The same attempt again (double submit, back button) after the shopper has been through the bank: show the outcome.
      if (result.reused && result.state !== "awaiting_financing") return { ok: true, token, redirect: { type: "url", url: `/checkout/return/${token}` } };
      if (result.redirect?.type === "page") return { ok: true, token, redirect: { type: "page" } };
      if (result.redirect?.type === "url" && isWebUrl(result.redirect.value)) return { ok: true, token, redirect: { type: "url", url: result.redirect.value } };
      const key = result.problem?.key ?? "unexpected";
      const orderExists = result.state === "pending" || result.state === "awaiting_financing";
      return { ok: false, message: shopperMessage(key, locale), refresh: key === "solution_not_eligible", ...(orderExists ? { token } : {}) };
    } catch (error) {
      if (!(error instanceof OrderInputError)) throw error;
      switch (error.code) {
        case "cart_not_found":
        case "cart_empty":
          return { ok: false, message: t.bankErrors.emptyCart, refresh: true };
        case "market_mismatch":
          return { ok: false, message: t.bankErrors.notEligible, refresh: true };
        // The merchant's settings refuse it for this cart (amount, products or page), as the bank would: the bank's words for it.
        case "solution_refused":
          return { ok: false, message: shopperMessage("solution_not_eligible", locale), refresh: true };
        case "birth_data_required":
          return { ok: false, message: t.bankErrors.invalid, refresh: false };
      }
    }
  }),
});
