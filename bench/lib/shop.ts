/** The storefront as a shopper's browser uses it: a server-side cart behind a cookie. */
import { cookiesOf, trpcMutation } from "./http";

/** A new cart holding one product; answers the Cookie header that names it. */
export async function cartWith(baseURL: string, productId: number, country: "FR" | "DE" = "FR", extraHeaders: Record<string, string> = {}): Promise<string> {
  const prefs = `shop_country=${country}`;
  const { headers } = await trpcMutation(baseURL, "cart.add", { productId, quantity: 1 }, prefs, extraHeaders);
  const cart = cookiesOf(headers).find((c) => c.startsWith("shop_cart="));
  if (!cart) throw new Error("cart.add set no shop_cart cookie");
  return `${prefs}; ${cart}`;
}
