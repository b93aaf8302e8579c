import { describe, expect, it } from "vitest";
import { deliveryRequest, isAcknowledged, type DeliverySettings } from "./delivery-request";
import { signPayload } from "./signature";

const event = {
  timestamp: "2024-06-27T13:20:30.456Z",
  id: "44f5060e-a89c-11ed-afa1-0242ac120002",
  correlationId: "7d9670fe-a0cf-4073-afde-bdc61ca49f75",
  eventTypeCode: "SC_SUBSCRIPTION",
  eventCode: "SC_SUBSCRIPTION_PRE_ACCEPTED",
  data: { eventTypeCode: "SC_SUBSCRIPTION", eventCode: "SC_SUBSCRIPTION_PRE_ACCEPTED", merchantGlobalOrderId: "A-1", financedAmount: 500, consolidatedStatus: "PRE_ACCEPTED" },
};
const none: DeliverySettings = { url: "http://127.0.0.1:9/hook", authMethod: "NONE", authLogin: null, authPassword: null, keyForSignature: null, secret: null };
const sentAt = new Date("2024-06-27T13:20:31.000Z");

describe("delivery request", () => {
  it("posts the event envelope as JSON, in the documented field order", () => {
    const request = deliveryRequest(event, none, sentAt);
    expect(Object.keys(JSON.parse(request.body) as object)).toEqual(["timestamp", "id", "correlationId", "eventTypeCode", "eventCode", "data"]);
    expect(JSON.parse(request.body)).toEqual(event);
    expect(request.headers["Content-Type"]).toBe("application/json");
    expect(request.headers).not.toHaveProperty("X-BAAS-SIGNATURE");
    expect(request.headers).not.toHaveProperty("Authorization");
  });

  it("signs the exact body when a key is set", () => {
    const request = deliveryRequest(event, { ...none, keyForSignature: "k" }, sentAt);
    expect(request.headers["X-BAAS-SIGNATURE-TIMESTAMP"]).toBe("2024-06-27T13:20:31.000Z");
    expect(request.headers["X-BAAS-SIGNATURE"]).toBe(signPayload(request.body, "k", "2024-06-27T13:20:31.000Z"));
  });

  it("authenticates as configured", () => {
    const basic = deliveryRequest(event, { ...none, authMethod: "BASIC_AUTH", authLogin: "shop", authPassword: "pw", secret: "s" }, sentAt);
    expect(basic.headers.Authorization).toBe(`Basic ${Buffer.from("shop:pw").toString("base64")}`);
    expect(basic.headers["X-BAAS-SECRET"]).toBe("s");
    const apiKey = deliveryRequest(event, { ...none, authMethod: "API_KEY", secret: "my-api-key" }, sentAt);
    expect(apiKey.headers.Authorization).toBe("my-api-key");
    expect(apiKey.headers).not.toHaveProperty("X-BAAS-SECRET");
    const secretOnly = deliveryRequest(event, { ...none, secret: "shared" }, sentAt);
    expect(secretOnly.headers["X-BAAS-SECRET"]).toBe("shared");
  });

  it("counts only 200 and 201 as consumed", () => {
    expect([200, 201, 202, 204, 301, 400, 500, null].map(isAcknowledged)).toEqual([true, true, false, false, false, false, false, false]);
  });
});
