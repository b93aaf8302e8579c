import "server-only";
import { z } from "zod";
import type { Merchant } from "../store/merchants";
import { SandboxHttpError, type RequestInfo } from "./errors";
import { allowedOrigins, allowedOriginsInput, setAllowedOrigins } from "../webhooks/allowed-origins";
import { configToApi, eventToApi } from "./webhook-api";
import { replayNow } from "../webhooks/dispatcher";
import { getEvent, listAttempts, listConfigs, listEvents } from "../webhooks/repository";

/**
 * The webhook side of the sandbox's controls, under
 * /sandbox/baas/uatc/sandbox/v1/merchants/{id}/webhooks (same access as the
 * other controls, http/sandbox-controls.ts: the console credential, or the
 * merchant's own token to read):
 *
 *   GET  .../webhooks                               the merchant's configurations
 *   GET  .../webhooks/events?page&pageSize&status&subscriptionId
 *                                                   events with every delivery attempt and the next replay
 *   POST .../webhooks/events/{eventId}/_replay      post the event again now (console credential only)
 *   GET  .../webhooks/allowed-origins               origins besides the shop's own a webhook may post to
 *   PUT  .../webhooks/allowed-origins {origins}     set them (console credential only; never private addresses)
 */
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const eventsQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  status: z.enum(["OK", "ERROR", "INACTIVE", "NO_CONFIG"]).optional(),
  subscriptionId: z.string().uuid().optional(),
});

function json(value: unknown, status = 200): Response {
  return Response.json(value, { status, headers: { "Cache-Control": "no-store" } });
}

function eventWithAttempts(eventId: string) {
  const row = getEvent(eventId);
  if (!row) return undefined;
  return {
    ...eventToApi(row),
    subscriptionId: row.subscriptionId,
    nextAttemptAt: iso(row.nextAttemptAt),
    attempts: listAttempts(row.id).map((a) => ({
      trigger: a.trigger,
      at: iso(a.at),
      url: a.url,
      httpStatus: a.httpStatus,
      error: a.error,
      durationMs: a.durationMs,
    })),
  };
}

/** `rest` is the path below .../merchants/{id}/webhooks. */
export async function handleWebhookControls(request: Request, merchant: Merchant, rest: readonly string[], info: RequestInfo): Promise<Response> {
  const route = `${request.method} ${rest.map((s, i) => (i === 1 ? ":id" : s)).join("/")}`;
  switch (route) {
    case "GET ":
      return json({ configs: listConfigs(merchant.id).map(configToApi) });

    case "GET events": {
      const q = eventsQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!q.success) throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", `Invalid query: ${q.error.issues[0]?.path.join(".")} ${q.error.issues[0]?.message}`);
      const { page, pageSize, status, subscriptionId } = q.data;
      const { total, events } = listEvents({ merchantId: merchant.id, status, subscriptionId }, { index: page, size: pageSize, sort: "timestamp", descending: true });
      return json({ totalEventCount: total, events: events.map((e) => eventWithAttempts(e.id)).filter(Boolean) });
    }

    case "GET allowed-origins":
      return json({ origins: allowedOrigins(merchant) });
    case "PUT allowed-origins": {
      const parsed = allowedOriginsInput.safeParse(await request.json().catch(() => undefined));
      if (!parsed.success) throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", `Field '${parsed.error.issues[0]?.path.join(".") || "origins"}': ${parsed.error.issues[0]?.message}`);
      return json({ origins: setAllowedOrigins(merchant, parsed.data.origins) });
    }

    case "POST events/:id/_replay": {
      const eventId = rest[1]!;
      const event = getEvent(eventId);
      if (!event || event.merchantId !== merchant.id) throw new SandboxHttpError(404, "ENTITY_NOT_FOUND", `No webhook event ${eventId} for merchant ${merchant.id}`);
      const result = await replayNow(eventId);
      if (!result) throw new SandboxHttpError(409, "CONFLICT", "A delivery of this event is under way; try again in a moment");
      return json({ result, event: eventWithAttempts(eventId) });
    }
  }
  throw new SandboxHttpError(404, "NOT_FOUND", `No such control: ${info.method} ${info.path}`);
}
