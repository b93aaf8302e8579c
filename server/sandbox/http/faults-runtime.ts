import "server-only";
import { eq } from "drizzle-orm";
import { sandboxDb } from "@/db/sandbox/client";
import { merchants } from "@/db/sandbox/schema";
import { updateMerchantFaults } from "../store/merchants";
import { httpErrorResponse, SandboxHttpError, type RequestInfo } from "./errors";
import { decideFault, parseStoredFaults, type FaultDecision, type FaultOperation } from "./faults";

/**
 * Takes the fault for one call of the merchant: reads the merchant's config,
 * uses up the script step, stores the rest. Synchronous on purpose: no other
 * request can interleave between the read and the write.
 */
export function takeFault(merchantId: string, op: FaultOperation): FaultDecision | null {
  const db = sandboxDb();
  const row = db.select({ faults: merchants.faults }).from(merchants).where(eq(merchants.id, merchantId)).get();
  const config = parseStoredFaults(row?.faults);
  const { decision, next } = decideFault(config, op);
  if (next !== config) updateMerchantFaults(merchantId, next);
  return decision;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A response that never arrives whole: the status line and headers are not
 * sent and the connection is closed, the way a client sees a bank that
 * committed the work and then lost the connection (fetch rejects with a
 * network error, like a timeout would).
 */
export function droppedResponse(): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.error(new Error("sandbox fault injection: connection dropped after commit"));
    },
  });
  return new Response(body, { status: 200, headers: { "Content-Type": "application/json" } });
}

/**
 * Runs `handler` under the merchant's fault injection for operation `op`:
 * latency first, then 500/503/429 instead of the handler, or the handler's
 * work followed by a dropped connection.
 */
export async function withFaults(merchantId: string, op: FaultOperation, info: RequestInfo, handler: () => Promise<Response>): Promise<Response> {
  const fault = takeFault(merchantId, op);
  if (!fault) return handler();
  if (fault.latencyMs > 0) await sleep(fault.latencyMs);
  switch (fault.outcome) {
    case "500":
      return httpErrorResponse(new SandboxHttpError(500, "INTERNAL_SERVER_ERROR", "Une erreur est survenue"), info);
    case "503":
      return httpErrorResponse(
        new SandboxHttpError(503, "SERVICE_UNAVAILABLE", "The service is temporarily unavailable", { "Retry-After": String(fault.retryAfterSeconds) }),
        info,
      );
    case "429":
      return httpErrorResponse(
        new SandboxHttpError(429, "TOO_MANY_REQUESTS", "Rate limit exceeded", { "Retry-After": String(fault.retryAfterSeconds) }),
        info,
      );
    case "drop":
      await handler();
      return droppedResponse();
    case "ok":
      return handler();
  }
}
