import { env } from "@/server/env";
import { engineDeps } from "@/server/shop/orders/default-deps";
import { BodyTooLargeError, readCappedBody, receiveWebhook, SIGNATURE_HEADER, SIGNATURE_TIMESTAMP_HEADER } from "@/server/shop/orders/webhooks";

/**
 * The merchant's webhook endpoint for the bank's events (merchant-webhooks
 * API): configure `${APP_URL}/api/webhooks/scalexpert` with keyForSignature =
 * SCALEXPERT_WEBHOOK_SECRET. The body is read raw, as bytes, and capped
 * (64 KiB, MAX_WEBHOOK_BYTES): 413 as soon as it is known to be bigger, from
 * Content-Length or from the chunks read so far, without reading the rest.
 * The signature covers the exact bytes sent. Every answer has an empty body,
 * as the platform requires. proxy.ts does not run on this route: Next would
 * otherwise read the whole body to hand a copy to it.
 */

export async function POST(request: Request): Promise<Response> {
  let rawBody: Uint8Array;
  try {
    rawBody = await readCappedBody(request);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    console.warn("[webhook] 413: body over the cap");
    return new Response(null, { status: 413, headers: { Connection: "close" } });
  }
  const result = await receiveWebhook(
    { ...engineDeps(), webhookSecret: env().SCALEXPERT_WEBHOOK_SECRET },
    { rawBody, signature: request.headers.get(SIGNATURE_HEADER), timestamp: request.headers.get(SIGNATURE_TIMESTAMP_HEADER) },
  );
  if (result.status !== 200) console.warn(`[webhook] ${result.status}: ${result.outcome}`);
  return new Response(null, { status: result.status });
}
