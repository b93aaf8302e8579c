/**
 * The HTTP request of one delivery attempt: the event's JSON body and the
 * headers the merchant's configuration asks for. Pure, so that the exact
 * bytes and headers are unit-tested.
 */
import { signatureHeaders } from "./signature";

export interface EventEnvelope {
  readonly timestamp: string;
  readonly id: string;
  readonly correlationId: string;
  readonly eventTypeCode: string;
  readonly eventCode: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface DeliverySettings {
  readonly url: string;
  readonly authMethod: string | null;
  readonly authLogin: string | null;
  readonly authPassword: string | null;
  readonly keyForSignature: string | null;
  readonly secret: string | null;
}

export interface DeliveryRequest {
  readonly url: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

export const USER_AGENT = "Scalexpert-Sandbox-Webhooks/1.0.6";

export function deliveryRequest(event: EventEnvelope, settings: DeliverySettings, sentAt: Date): DeliveryRequest {
  // Key order fixed here: the signature covers these exact bytes.
  const body = JSON.stringify({
    timestamp: event.timestamp,
    id: event.id,
    correlationId: event.correlationId,
    eventTypeCode: event.eventTypeCode,
    eventCode: event.eventCode,
    data: event.data,
  });
  const headers: Record<string, string> = { "Content-Type": "application/json", "User-Agent": USER_AGENT };
  if (settings.keyForSignature) Object.assign(headers, signatureHeaders(body, settings.keyForSignature, sentAt));
  if (settings.authMethod === "BASIC_AUTH" && settings.authLogin !== null) {
    headers.Authorization = `Basic ${Buffer.from(`${settings.authLogin}:${settings.authPassword ?? ""}`, "utf8").toString("base64")}`;
  }
  // With API_KEY the secret is the API key and goes in Authorization; otherwise in X-BAAS-SECRET.
  if (settings.secret) {
    if (settings.authMethod === "API_KEY") headers.Authorization = settings.secret;
    else headers["X-BAAS-SECRET"] = settings.secret;
  }
  return { url: settings.url, body, headers };
}

/** A delivery counts as consumed only on 200 OK or 201 Created. */
export function isAcknowledged(httpStatus: number | null): boolean {
  return httpStatus === 200 || httpStatus === 201;
}
