import "server-only";
import { z } from "zod";
import { readClock } from "../clock/clock";
import { DurationError } from "../clock/duration";
import { ACTION_TYPES, availableActions, type Action, type ActionType } from "../domain/lifecycle";
import { SOLUTION_CODES } from "../domain/solutions";
import { createMerchant, getMerchant, listMerchants, updateMerchantFaults, updateMerchantSettings, type Merchant } from "../store/merchants";
import { resetMerchant } from "../store/reset";
import { subscriptionDueWork } from "../store/due-work";
import type { Subscription } from "../store/subscription-record";
import { getMerchantSubscription, listSubscriptions, subscriptionHistory } from "../store/subscription-reads";
import { applyAction } from "../store/subscription-writes";
import { expireMerchantTokens } from "../store/tokens-admin";
import { verifyToken } from "../store/tokens";
import { advanceClock } from "../scheduler/scheduler";
import { effectiveSettings, settingsInput } from "../planning/settings";
import { bearerToken, isConsole } from "./auth";
import { requestOrigin } from "./context";
import { SandboxHttpError, type RequestInfo } from "./errors";
import { faultsInput, parseStoredFaults } from "./faults";
import { journeyUrl } from "./operations/journey-redirect";
import { rateLimiter } from "./rate-limit";
import { handleWebhookControls } from "./webhook-controls";

/**
 * The sandbox's controls, under /sandbox/baas/uatc/sandbox/v1: what real
 * test environments lack (test merchants, a virtual clock, fault injection,
 * forced transitions, reset). Documented in docs/SANDBOX.md. The console
 * page uses these same endpoints.
 *
 * Access: HTTP Basic `console:<SANDBOX_CONSOLE_PASSWORD>` for any merchant
 * (throttled: auth.ts), or a merchant's own bearer token (any scope) for
 * that merchant only, which may then write `me` for its id. A token only
 * reads: whatever changes the sandbox's behaviour (faults, settings, the
 * clock, forced transitions, a reset, token expiry, webhook origins and
 * replays) is the tester's alone, because the demo merchant's credentials
 * are public, and with them anyone could mark a shopper's order paid or make
 * the shop's bank fail.
 */
const CONSOLE_CHALLENGE = { "WWW-Authenticate": 'Basic realm="scalexpert-sandbox-console"' };
const READS: readonly string[] = ["GET", "HEAD"];

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const euros = (cents: number) => cents / 100;

/** The merchant a control acts on: any with the console credential, only its own with a bearer token. */
function merchantFor(request: Request, idSegment: string, asConsole: boolean): Merchant {
  if (asConsole) {
    const merchant = getMerchant(idSegment);
    if (!merchant) throw new SandboxHttpError(404, "ENTITY_NOT_FOUND", `No merchant with id ${idSegment}`);
    return merchant;
  }
  const token = bearerToken(request);
  const owner = token ? verifyToken(token) : undefined;
  if (!owner) {
    throw new SandboxHttpError(401, "UNAUTHORIZED", "Send the console credential (HTTP Basic) or the merchant's own bearer token", CONSOLE_CHALLENGE);
  }
  if (idSegment !== "me" && idSegment !== owner.merchantId) {
    throw new SandboxHttpError(403, "FORBIDDEN", "A merchant's token controls only that merchant's sandbox");
  }
  if (!READS.includes(request.method)) {
    throw new SandboxHttpError(403, "FORBIDDEN", "Changing the sandbox needs the console credential (HTTP Basic, user console): the merchant's token only reads");
  }
  const merchant = getMerchant(owner.merchantId);
  if (!merchant) throw new SandboxHttpError(401, "UNAUTHORIZED", "The access token is invalid or has expired");
  return merchant;
}

async function body<T extends z.ZodType>(request: Request, schema: T): Promise<z.output<T>> {
  let raw: unknown;
  try {
    const text = await request.text();
    raw = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", "Malformed JSON request: the body could not be read as JSON");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "body";
    throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", `Field '${field}': ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

function merchantView(merchant: Merchant) {
  const clock = readClock(merchant.id);
  const settings = effectiveSettings(merchant.settings);
  return {
    merchantId: merchant.id,
    name: merchant.name,
    clientId: merchant.clientId,
    solutionCodes: merchant.solutionCodes,
    seeded: merchant.seeded,
    apiVersion: settings.apiVersion,
    clock: { now: iso(clock.now), offsetSeconds: Math.round(clock.offsetMs / 1000) },
    settings,
    faults: parseStoredFaults(merchant.faults),
  };
}

/** Short names of the forced transitions, beside the life cycle's own action names. */
export const FORCE_ALIASES: Readonly<Record<string, ActionType>> = {
  "pre-accept": "producerPreApprove",
  sign: "customerSigned",
  accept: "producerAccept",
  reject: "producerReject",
  pay: "customerPaidByCard",
  abort: "customerAborted",
  "technical-abort": "technicalAbort",
  expire: "expire",
  fund: "fund",
  withdraw: "customerWithdraw",
  "accept-cancellation": "producerAcceptCancellation",
  "reject-cancellation": "producerRejectCancellation",
  "request-documents": "producerRequestDocuments",
  "send-documents": "customerSentDocuments",
};
// Delivery and return confirmations and cancellation are the merchant's API calls: no shortcut around them.
const MERCHANT_CALLS: readonly ActionType[] = ["merchantCancel", "merchantConfirmDelivery", "merchantConfirmReturn"];
const FORCEABLE: readonly ActionType[] = ACTION_TYPES.filter((a) => !MERCHANT_CALLS.includes(a));

function subscriptionView(sub: Subscription, origin: string, nowMs: number) {
  return {
    id: sub.id,
    merchantGlobalOrderId: sub.merchantGlobalOrderId,
    merchantBasketId: sub.merchantBasketId,
    merchantBuyerId: sub.merchantBuyerId,
    solutionCode: sub.solutionCode,
    marketTypeCode: sub.marketTypeCode,
    status: sub.status,
    subStatus: sub.subStatus,
    cancellationStatus: sub.cancellationStatus,
    cancellationAlreadyMade: sub.cancellationAlreadyMade,
    financedAmount: euros(sub.financedAmountCents),
    initialAmount: euros(sub.initialAmountCents),
    pendingCancellationAmount: sub.pendingCancellationCents === null ? null : euros(sub.pendingCancellationCents),
    durationMonths: sub.durationMonths,
    isDelivered: sub.isDelivered,
    isReturned: sub.isReturned,
    trackingNumber: sub.trackingNumber,
    deliveryOperator: sub.deliveryOperator,
    registeredAt: iso(sub.registeredAt),
    lastUpdateAt: iso(sub.lastUpdateAt),
    acceptedAt: iso(sub.acceptedAt),
    deliveredAt: iso(sub.deliveredAt),
    merchantUrls: sub.request.merchantUrls,
    journeyUrl: journeyUrl(origin, sub.id, sub.journeyToken),
    /** The transitions a forced action would make now (the merchant's own cancel and delivery go through the API). */
    availableActions: availableActions(sub, nowMs).filter((a) => FORCEABLE.includes(a)),
    history: subscriptionHistory(sub.id).map((t) => ({ ...t, at: iso(t.at) })),
    dueWork: subscriptionDueWork(sub.id).map((w) => ({ ...w, dueAt: iso(w.dueAt), doneAt: iso(w.doneAt) })),
  };
}

const forceInput = z
  .object({ action: z.string().refine((a) => a in FORCE_ALIASES || (FORCEABLE as readonly string[]).includes(a), "unknown action") })
  .strict();

const newMerchantInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    solutionCodes: z.array(z.enum(SOLUTION_CODES)).max(SOLUTION_CODES.length),
    apiVersion: settingsInput.shape.apiVersion,
    germanRedirect: settingsInput.shape.germanRedirect,
  })
  .strict();

const clockInput = z.object({ advanceBy: z.union([z.string().min(2), z.number().min(0)]) }).strict();

const listInput = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

function json(value: unknown, status = 200): Response {
  return Response.json(value, { status, headers: { "Cache-Control": "no-store" } });
}

function notFound(info: RequestInfo): never {
  throw new SandboxHttpError(404, "NOT_FOUND", `No such control: ${info.method} ${info.path}`);
}

export async function handleControl(request: Request, segments: readonly string[], info: RequestInfo): Promise<Response> {
  const method = request.method;
  const [root, id, resource, subId, sub] = segments;
  if (root !== "merchants") notFound(info);
  const origin = requestOrigin(request);

  const asConsole = await isConsole(request);
  if (id === undefined) {
    if (!asConsole) throw new SandboxHttpError(401, "UNAUTHORIZED", "This control needs the console credential (HTTP Basic, user console)", CONSOLE_CHALLENGE);
    if (method === "GET") return json({ merchants: listMerchants().map(merchantView) });
    if (method === "POST") {
      const input = await body(request, newMerchantInput);
      const { name, solutionCodes, ...settings } = input;
      const { merchant, clientSecret } = createMerchant({ name, solutionCodes: [...new Set(solutionCodes)], settings });
      return json({ ...merchantView(merchant), clientSecret }, 201);
    }
    notFound(info);
  }

  const merchant = merchantFor(request, id, asConsole);
  if (resource === "webhooks") return handleWebhookControls(request, merchant, segments.slice(3), info);
  const key = `${method} ${resource ?? ""}${subId !== undefined ? "/:id" : ""}${sub !== undefined ? `/${sub}` : ""}`;
  switch (key) {
    case "GET ":
      return json(merchantView(merchant));

    case "GET subscriptions": {
      const url = new URL(request.url);
      const q = listInput.safeParse(Object.fromEntries(url.searchParams));
      if (!q.success) throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", "page must be ≥ 1 and pageSize between 1 and 200");
      const nowMs = readClock(merchant.id).now;
      const page = listSubscriptions(merchant.id, {
        page: q.data.page,
        pageSize: q.data.pageSize,
        merchantGlobalOrderId: url.searchParams.get("merchantGlobalOrderId") ?? undefined,
        merchantBasketId: url.searchParams.get("merchantBasketId") ?? undefined,
      });
      return json({ totalItemCount: page.totalItemCount, subscriptions: page.items.map((s) => subscriptionView(s, origin, nowMs)) });
    }

    case "GET subscriptions/:id":
    case "POST subscriptions/:id/transitions": {
      const found = getMerchantSubscription(merchant.id, subId!);
      if (!found) throw new SandboxHttpError(404, "ENTITY_NOT_FOUND", `No subscription ${subId} for merchant ${merchant.id}`);
      if (method === "GET") return json(subscriptionView(found, origin, readClock(merchant.id).now));
      const input = await body(request, forceInput);
      const type = FORCE_ALIASES[input.action] ?? (input.action as ActionType);
      const result = applyAction(found.id, { type } as Action, { source: "console" });
      if (!result.ok) throw new SandboxHttpError(409, result.refusal.errorCode, result.refusal.message);
      return json(subscriptionView(result.subscription, origin, readClock(merchant.id).now));
    }

    case "GET clock": {
      const clock = readClock(merchant.id);
      return json({ now: iso(clock.now), offsetSeconds: Math.round(clock.offsetMs / 1000) });
    }
    case "POST clock": {
      const input = await body(request, clockInput);
      try {
        const { clock, done } = await advanceClock(merchant.id, input.advanceBy);
        return json({
          now: iso(clock.now),
          offsetSeconds: Math.round(clock.offsetMs / 1000),
          done: done.map((d) => ({ ...d, dueAt: iso(d.dueAt) })),
        });
      } catch (error) {
        if (error instanceof DurationError || error instanceof RangeError) throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", `Field 'advanceBy': ${error.message}`);
        throw error;
      }
    }

    case "GET faults":
      return json({ faults: parseStoredFaults(merchant.faults) });
    case "PUT faults": {
      const input = await body(request, faultsInput);
      updateMerchantFaults(merchant.id, input);
      return json({ faults: input });
    }
    case "DELETE faults":
      updateMerchantFaults(merchant.id, null);
      return json({ faults: null });

    case "GET settings":
      return json({ settings: effectiveSettings(merchant.settings) });
    case "PUT settings": {
      const input = await body(request, settingsInput);
      const next = { ...merchant.settings, ...input };
      updateMerchantSettings(merchant.id, next);
      return json({ settings: effectiveSettings(next) });
    }

    case "POST reset": {
      const { deletedSubscriptions } = resetMerchant(merchant.id);
      rateLimiter().forget(merchant.clientId);
      return json({ merchantId: merchant.id, deletedSubscriptions });
    }

    case "POST tokens/:id": {
      if (subId !== "_expire") notFound(info);
      return json({ expiredTokens: expireMerchantTokens(merchant.id) });
    }
  }
  notFound(info);
}
