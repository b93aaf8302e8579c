import { env } from "@/server/env";
import { bankJourney } from "@/server/shop/checkout/shopper-orders";
import { bankPageHeaders } from "@/server/shop/checkout/bank-page-policy";

/**
 * The bank's HTML, as the bank answered it, for the sandboxed iframe of
 * /checkout/bank/[token]. Served with its own strict Content-Security-Policy
 * (including the `sandbox` directive), so that even opened directly, outside
 * the iframe, the page gets an opaque origin and cannot touch the shop.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const journey = await bankJourney(token);
  if (!journey || journey.type !== "page") {
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const { APP_URL, SCALEXPERT_BASE_URL } = env();
  return new Response(journey.html, { status: 200, headers: bankPageHeaders({ bankUrl: SCALEXPERT_BASE_URL, shopUrl: APP_URL }) });
}
