import { env } from "@/server/env";
import { engineDeps } from "@/server/shop/orders/default-deps";
import { MAX_WEBHOOK_BYTES, receiveWebhook, SIGNATURE_HEADER, SIGNATURE_TIMESTAMP_HEADER } from "@/server/shop/orders/webhooks";

/**
 * The merchant's webhook endpoint for the bank's events (merchant-webhooks
 * API): configure `${APP_URL}/api/webhooks/scalexpert` with keyForSignature =
 * SCALEXPERT_WEBHOOK_SECRET. The body is read raw: the signature covers the
 * exact bytes sent. Every answer has an empty body, as the platform requires.
 */
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_WEBHOOK_BYTES) return new Response(null, { status: 413 });
  const rawBody = await request.text();
  const result = await receiveWebhook(
    { ...engineDeps(), webhookSecret: env().SCALEXPERT_WEBHOOK_SECRET },
    { rawBody, signature: request.headers.get(SIGNATURE_HEADER), timestamp: request.headers.get(SIGNATURE_TIMESTAMP_HEADER) },
  );
  if (result.status !== 200) console.warn(`[webhook] ${result.status}: ${result.outcome}`);
  return new Response(null, { status: result.status });
}
