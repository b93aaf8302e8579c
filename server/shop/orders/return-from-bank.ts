import "server-only";
import { sleepOf, type EngineDeps } from "./deps";
import { getOrderByPublicToken } from "./order-store";
import { refreshOrder, type RefreshResult } from "./refresh";
import { shopperOrderOf, type ShopperOrder } from "./shopper-order";
import type { OrderState } from "./states";

// The shopper's re-reads of one order in flight in this process, by order id: concurrent polls share one bank read.
// On globalThis: Next bundles the tRPC route and the return page apart, and they must share it.
const readsHolder = globalThis as unknown as { __shopperReads?: Map<string, Promise<RefreshResult>> };
const shopperReads = (readsHolder.__shopperReads ??= new Map<string, Promise<RefreshResult>>());

/**
 * refreshOrder for the shopper's pages, one bank read at a time per order:
 * 32 concurrent polls of one order's status make one read, not 32. Only the
 * shopper's reads are shared; a webhook or the merchant reads the bank anew,
 * since what they come for may have happened after a read already under way.
 */
export function sharedShopperRefresh(deps: EngineDeps, orderId: string): Promise<RefreshResult> {
  const running = shopperReads.get(orderId);
  if (running) return running;
  const read = refreshOrder(deps, orderId, "return").finally(() => shopperReads.delete(orderId));
  shopperReads.set(orderId, read);
  return read;
}

const UNSETTLED: ReadonlySet<OrderState> = new Set<OrderState>(["pending", "awaiting_financing"]);

/**
 * The return page (`merchantUrls.confirmation`): the shopper is back from the
 * bank, so the bank is read again, a few times a short while apart if it has
 * not moved yet. Nothing from the URL but the token is used.
 */
export async function returnFromBank(deps: EngineDeps, publicToken: string, options: { attempts?: number; intervalMs?: number } = {}): Promise<ShopperOrder | null> {
  const attempts = Math.max(1, options.attempts ?? 4);
  const intervalMs = options.intervalMs ?? 750;
  const found = getOrderByPublicToken(deps.db, publicToken);
  if (!found) return null;
  let order = found;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    order = (await sharedShopperRefresh(deps, order.id)).order;
    if (!UNSETTLED.has(order.state) || attempt === attempts) break;
    await sleepOf(deps)(intervalMs);
  }
  return shopperOrderOf(deps, order);
}
