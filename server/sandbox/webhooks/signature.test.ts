import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signatureHeaders, signPayload, verifySignature } from "./signature";

const body = '{"id":"44f5060e-a89c-11ed-afa1-0242ac120002","eventCode":"SC_SUBSCRIPTION_ACCEPTED"}';
const key = "e5399af3ebcde0f3ead45086e13e932f36b1e5a1db002c8bb6a2870a1d22a7b6";

describe("webhook signature", () => {
  it("is the hex HMAC-SHA256 of timestamp.body with the key", () => {
    const timestamp = "2024-03-21T14:28:02.123Z";
    const expected = createHmac("sha256", key).update(`${timestamp}.${body}`).digest("hex");
    expect(signPayload(body, key, timestamp)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it("matches a value computed with openssl (fixed vector)", () => {
    // echo -n '2024-01-01T00:00:00.000Z.{}' | openssl dgst -sha256 -hmac key
    expect(signPayload("{}", "key", "2024-01-01T00:00:00.000Z")).toBe("7a9a0d280e04b163f2bfb658817cd72d1fe940a11fa066501dfe7efe00f34e64");
  });

  it("puts the ISO instant in the timestamp header", () => {
    const sentAt = new Date("2024-03-21T14:28:02.123Z");
    const headers = signatureHeaders(body, key, sentAt);
    expect(headers["X-BAAS-SIGNATURE-TIMESTAMP"]).toBe("2024-03-21T14:28:02.123Z");
    expect(headers["X-BAAS-SIGNATURE"]).toBe(signPayload(body, key, "2024-03-21T14:28:02.123Z"));
  });

  it("verifies what it signs, and refuses tampering, another key, staleness", () => {
    const sentAt = new Date("2024-03-21T14:28:02.123Z");
    const h = signatureHeaders(body, key, sentAt);
    const headers = { signature: h["X-BAAS-SIGNATURE"], timestamp: h["X-BAAS-SIGNATURE-TIMESTAMP"] };
    const now = new Date(sentAt.getTime() + 10_000);
    expect(verifySignature(body, key, headers, { now })).toBe("valid");
    expect(verifySignature(body, key, { ...headers, signature: headers.signature!.toUpperCase() }, { now })).toBe("valid");
    expect(verifySignature(body.replace("ACCEPTED", "REJECTED"), key, headers, { now })).toBe("mismatch");
    expect(verifySignature(body, "other key", headers, { now })).toBe("mismatch");
    expect(verifySignature(body, key, { ...headers, timestamp: "2024-03-21T14:28:03.123Z" }, { now })).toBe("mismatch");
    expect(verifySignature(body, key, headers, { now: new Date(sentAt.getTime() + 301_000) })).toBe("stale");
    expect(verifySignature(body, key, { signature: headers.signature }, { now })).toBe("missing");
    expect(verifySignature(body, key, { ...headers, timestamp: "yesterday" }, { now })).toBe("bad-timestamp");
  });
});
