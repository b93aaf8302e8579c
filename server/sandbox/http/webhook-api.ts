import "server-only";
import type { WebhookConfigResponse, WebhookEvent } from "@/server/contract";
import { authenticateBearer, COMMON_SERVICES_SCOPE } from "./auth";
import { json, readJson } from "./context";
import { SandboxHttpError, type RequestInfo } from "./errors";
import { rateLimiter } from "./rate-limit";
import { CONFIGURABLE_EVENT_TYPE_CODES, EVENT_TYPES, eventCodesOf, HELLO_WORLD } from "../webhooks/catalogue";
import { validateWebhookBody, validateWebhookQuery, WEBHOOK_OPERATIONS, type WebhookOperationId } from "./webhook-validation";
import type { Merchant } from "../store/merchants";
import { urlRules } from "../webhooks/allowed-origins";
import { raiseEvent } from "../webhooks/dispatcher";
import { helloWorldEvent } from "../webhooks/event-drafts";
import { webhookUrlRefusal } from "../webhooks/url-policy";
import { keepMasked, masked } from "../webhooks/write-only";
import {
  configForEventType,
  getConfig,
  listEvents,
  putConfig,
  SORT_KEYS,
  type ConfigInput,
  type SortKey,
  type WebhookConfig,
  type WebhookEventRow,
} from "../webhooks/repository";

/**
 * The merchant-webhooks API 1.0.6 under /sandbox/baas/uatc/merchant-webhooks/api/v1:
 * configure the webhook of an event type, send a test event, list the events
 * with their delivery status, list the event types. Bearer token with the
 * scope common-services:rw, as on the bank's gateway.
 */
export const MERCHANT_WEBHOOKS_PREFIX = ["merchant-webhooks", "api", "v1"] as const;

interface Caller {
  readonly merchantId: string;
  readonly solutionCodes: readonly string[];
  readonly merchant: Merchant;
}

type Handler = (request: Request, caller: Caller) => Promise<Response> | Response;

const HANDLERS: Readonly<Record<WebhookOperationId, Handler>> = {
  findMerchantWebhookConfig: findConfig,
  setMerchantWebConfig: setConfig,
  triggerEventHelloWorldForMerchant: triggerHelloWorld,
  findWebhookEventsForMerchant: findEvents,
  findWebhooksEventTypes: findEventTypes,
};

/** `segments` is the path below merchant-webhooks/api/v1. */
export async function handleMerchantWebhooks(request: Request, segments: readonly string[], info: RequestInfo): Promise<Response> {
  const path = `/${segments.join("/")}`;
  const candidates = (Object.keys(WEBHOOK_OPERATIONS) as WebhookOperationId[]).filter((id) => WEBHOOK_OPERATIONS[id].path === path);
  if (candidates.length === 0) throw new SandboxHttpError(404, "NOT_FOUND", `No such resource: ${info.path}`);
  const id = candidates.find((c) => WEBHOOK_OPERATIONS[c].method === request.method);
  if (!id) {
    throw new SandboxHttpError(405, "METHOD_NOT_ALLOWED", `Request method '${request.method}' is not supported`, {
      Allow: candidates.map((c) => WEBHOOK_OPERATIONS[c].method).join(", "),
    });
  }
  const caller = authenticateBearer(request, COMMON_SERVICES_SCOPE);
  // The bank counts calls per application and scope: this API has its own budget.
  const rate = rateLimiter().take(`${caller.clientId} ${COMMON_SERVICES_SCOPE}`);
  if (!rate.allowed) {
    throw new SandboxHttpError(429, "TOO_MANY_REQUESTS", "Rate limit exceeded: 600 calls per minute per application", {
      "Retry-After": String(rate.retryAfterSeconds),
    });
  }
  return HANDLERS[id](request, { merchantId: caller.merchant.id, solutionCodes: caller.merchant.solutionCodes, merchant: caller.merchant });
}

/** Whether the merchant sells e-financing (SC family), the only product whose events this bank raises. */
function sellsFinancing(caller: Caller): boolean {
  return caller.solutionCodes.some((code) => code.startsWith("SC"));
}

/** The configuration as the API and the controls show it: credentials masked (write-only.ts). */
export function configToApi(config: WebhookConfig): WebhookConfigResponse {
  return masked({
    eventTypeCode: config.eventTypeCode,
    active: config.active,
    url: config.url,
    authMethod: config.authMethod as WebhookConfigResponse["authMethod"],
    authLogin: config.authLogin,
    authPassword: config.authPassword,
    authScope: config.authScope,
    keyForSignature: config.keyForSignature,
    secret: config.secret,
    emailForAlerts: config.emailForAlerts,
    ...(config.activeEventCodes ? { activeEventCodes: config.activeEventCodes } : {}),
  });
}

function findConfig(request: Request, caller: Caller): Response {
  const query = validateWebhookQuery("findMerchantWebhookConfig", new URL(request.url).searchParams);
  const eventTypeCode = String(query.eventTypeCode);
  // HELLO_WORLD reads the configuration test events are sent to.
  const config = eventTypeCode === HELLO_WORLD ? configForEventType(caller.merchantId, HELLO_WORLD) : getConfig(caller.merchantId, eventTypeCode);
  if (!config) throw new SandboxHttpError(404, "ENTITY_NOT_FOUND", `No webhook configuration for the event type ${eventTypeCode}`);
  return json(configToApi(config));
}

/** Rules the schema cannot state: what an active webhook needs, which codes belong to the type. */
function checkConfig(input: ConfigInput, caller: Caller): void {
  const invalid = (message: string) => new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", message);
  if (!CONFIGURABLE_EVENT_TYPE_CODES.includes(input.eventTypeCode) || !sellsFinancing(caller)) {
    throw invalid(`Field 'eventTypeCode' must be an event type of your contracted products (${CONFIGURABLE_EVENT_TYPE_CODES.join(", ")}); rejected value "${input.eventTypeCode}"`);
  }
  if (input.url !== undefined && input.url !== null) {
    const refusal = /^https?:\/\/[^\s/]+/.test(input.url) ? webhookUrlRefusal(input.url, urlRules(caller.merchant)) : "must be an http or https URL";
    if (refusal) throw invalid(`Field 'url' ${refusal}; rejected value ${JSON.stringify(input.url)}`);
  }
  if (input.active) {
    if (!input.url) throw invalid("Field 'url' is required when the webhook is active");
    if (!input.authMethod) throw invalid("Field 'authMethod' is required when the webhook is active");
  }
  if (input.authMethod === "BASIC_AUTH" && (!input.authLogin || !input.authPassword)) {
    throw invalid("Fields 'authLogin' and 'authPassword' are required with authMethod BASIC_AUTH");
  }
  if (input.authMethod === "API_KEY" && !input.secret) throw invalid("Field 'secret' (the API key) is required with authMethod API_KEY");
  if (input.activeEventCodes) {
    const known = eventCodesOf(input.eventTypeCode);
    const unknown = input.activeEventCodes.filter((code) => !known.includes(code));
    if (unknown.length > 0) {
      throw invalid(`Field 'activeEventCodes' has codes that are not of the event type ${input.eventTypeCode}: ${unknown.join(", ")}`);
    }
  }
}

async function setConfig(request: Request, caller: Caller): Promise<Response> {
  const body = await readJson(request);
  validateWebhookBody("setMerchantWebConfig", body);
  const input = keepMasked(body as ConfigInput, getConfig(caller.merchantId, (body as ConfigInput).eventTypeCode));
  checkConfig(input, caller);
  return json(configToApi(putConfig(caller.merchantId, input)));
}

function triggerHelloWorld(_request: Request, caller: Caller): Response {
  const event = raiseEvent(caller.merchantId, helloWorldEvent());
  return json({ eventId: event.id });
}

export function eventToApi(row: WebhookEventRow): WebhookEvent {
  return {
    timestamp: new Date(row.occurredAt).toISOString(),
    id: row.id,
    correlationId: row.correlationId,
    eventTypeCode: row.eventTypeCode,
    eventCode: row.eventCode,
    data: row.data as WebhookEvent["data"],
    ...(row.replayCount !== null ? { replayCount: row.replayCount } : {}),
    // An event whose first attempt is still under way is not delivered yet.
    status: row.status === "PENDING" ? "ERROR" : (row.status as WebhookEvent["status"]),
    ...(row.lastAttemptAt !== null ? { timestampOfLastDeliveryAttempt: new Date(row.lastAttemptAt).toISOString() } : {}),
    ...(row.lastHttpStatus !== null ? { httpStatusCodeOfLastDeliveryAttempt: row.lastHttpStatus } : {}),
  };
}

export const MAX_PAGE_SIZE = 100;

/** "-timestamp" (the default), "eventCode", "+status"... */
export function parseSort(raw: string | undefined): { sort: SortKey; descending: boolean } {
  const match = /^([+-]?)(\w+)$/.exec(raw ?? "-timestamp");
  const key = match?.[2] as SortKey | undefined;
  if (!match || !key || !SORT_KEYS.includes(key)) {
    throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", `Parameter 'sort' must be one of ${SORT_KEYS.join(", ")}, optionally prefixed with - (descending) or +; rejected value ${JSON.stringify(raw)}`);
  }
  return { sort: key, descending: match[1] === "-" };
}

function findEvents(request: Request, caller: Caller): Response {
  const query = validateWebhookQuery("findWebhookEventsForMerchant", new URL(request.url).searchParams);
  const page = query.page === undefined ? 1 : Number(query.page);
  if (page < 1) throw new SandboxHttpError(400, "INVALID_PAGE_INDEX", "Page index must not be less than one");
  const size = query.pageSize === undefined ? 20 : Number(query.pageSize);
  if (size < 1 || size > MAX_PAGE_SIZE) throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", `Parameter 'pageSize' must be between 1 and ${MAX_PAGE_SIZE}`);
  const { total, events } = listEvents(
    {
      merchantId: caller.merchantId,
      status: query.status as string | undefined,
      eventTypeCode: query.eventTypeCode as string | undefined,
      eventCode: query.eventCode as string | undefined,
      fromTimestamp: query.fromTimestamp === undefined ? undefined : Date.parse(String(query.fromTimestamp)),
      toTimestamp: query.toTimestamp === undefined ? undefined : Date.parse(String(query.toTimestamp)),
    },
    { index: page, size, ...parseSort(query.sort as string | undefined) },
  );
  return json({ totalEventCount: total, events: events.map(eventToApi) });
}

function findEventTypes(_request: Request, caller: Caller): Response {
  return json({ eventTypes: sellsFinancing(caller) ? EVENT_TYPES : [] });
}
