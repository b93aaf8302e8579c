import "server-only";
import type { RateLimiterSQLite } from "rate-limiter-flexible";
import { shopDb } from "@/db/shop/client";
import { isRefusal } from "@/server/lib/growing-delays";
import { clientAddress, sqliteLimiter } from "../auth/limiter-store";

/** Queries per batched GET (the client's httpBatchLink sends at most as many). Mutations never batch. */
export const MAX_QUERY_BATCH = 10;

/**
 * Order placement (`checkout.place`), per client address and per cart, in
 * the shop's database (rate-limiter-flexible): every placement may cost the
 * bank two calls (POST /subscriptions and a read), out of a quota of 600 a
 * minute for the whole shop. One address may place 60 orders in 10 minutes
 * (≤ 120 bank calls, a fifth of one minute's quota in a burst, 2 % over the
 * 10 minutes); one cart 10 (a shopper trying another solution after a
 * refusal). A cart whose order is still live reuses it (place-order.ts), so
 * a repeated submit of the same cart costs no bank call at all.
 */
export const PLACEMENT_LIMITS = {
  address: { points: 60, duration: 600 },
  cart: { points: 10, duration: 600 },
} as const;

const holder = globalThis as unknown as { __placementLimiters?: { address: RateLimiterSQLite; cart: RateLimiterSQLite } };

function limiters() {
  holder.__placementLimiters ??= {
    address: sqliteLimiter(shopDb(), { keyPrefix: "place:address", ...PLACEMENT_LIMITS.address }),
    cart: sqliteLimiter(shopDb(), { keyPrefix: "place:cart", ...PLACEMENT_LIMITS.cart }),
  };
  return holder.__placementLimiters;
}

/** Counts one placement; answers 0 when it may go on, or the seconds to wait. */
export async function placementAllowed(headers: Headers, cartId: string): Promise<number> {
  const { address, cart } = limiters();
  const addressKey = clientAddress(headers);
  try {
    await address.consume(addressKey, 1);
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
  }
  try {
    await cart.consume(cartId, 1);
  } catch (error) {
    if (!isRefusal(error)) throw error;
    await address.reward(addressKey, 1);
    return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
  }
  return 0;
}
