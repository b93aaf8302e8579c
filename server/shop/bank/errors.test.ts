import { describe, expect, it } from "vitest";
import { BankApiError, errorFromFailure, errorFromResponse, parseRetryAfter } from "./errors";
import { merchantMessage, SHOPPER_ERROR_KEYS, SHOPPER_ERROR_MESSAGES, shopperErrorKey } from "./messages";
import { backoffMs, DEFAULT_RETRY, nextDelayMs } from "./retry-policy";

const baas = (status: number, errorCode?: string, errorMessage = "message") =>
  JSON.stringify({ timestamp: "2024-01-01T00:00:00Z", httpStatusCode: status, httpStatusMessage: "x", errorCode, errorMessage, requestMethod: "POST", requestURI: "/v1/subscriptions" });
const gateway = (message: string) =>
  JSON.stringify({ timestamp: "2024-01-01T00:00:00Z", path: "/x", status: "422", error: "Unprocessable Entity", message, requestId: "r", traceId: "t" });

describe("errorFromResponse", () => {
  it("reads the bank's error body", () => {
    const error = errorFromResponse("initiateCreditSubscription", 400, baas(400, "FORBIDDEN", "not eligible"));
    expect(error).toMatchObject({ kind: "baas", httpStatus: 400, errorCode: "FORBIDDEN", message: "not eligible", operation: "initiateCreditSubscription" });
  });

  it("reads the gateway's 422 body, rule code and field", () => {
    const error = errorFromResponse("op", 422, gateway("[Code: 1028 | Message: $.buyers[0].contact.mobilePhoneNumber: is missing but it is required | path: $]"));
    expect(error).toMatchObject({ kind: "gateway422", gatewayCode: "1028", field: "$.buyers[0].contact.mobilePhoneNumber" });
  });

  it("keeps a 422 readable when its message has no rule code", () => {
    expect(errorFromResponse("op", 422, gateway("body is not JSON"))).toMatchObject({ kind: "gateway422", message: "body is not JSON" });
  });

  it("falls back to the status for other bodies", () => {
    expect(errorFromResponse("op", 502, "<html>Bad gateway</html>")).toMatchObject({ kind: "http", httpStatus: 502 });
    expect(errorFromResponse("op", 401, "{}")).toMatchObject({ kind: "http", httpStatus: 401 });
  });
});

describe("errorFromFailure", () => {
  it("tells a timeout from a dropped connection", () => {
    expect(errorFromFailure("op", new DOMException("timed out", "TimeoutError"), 100)).toMatchObject({ kind: "timeout" });
    expect(errorFromFailure("op", new TypeError("fetch failed", { cause: new Error("socket hang up") }), 100)).toMatchObject({
      kind: "network",
      message: "fetch failed: socket hang up",
    });
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("7")).toBe(7);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 0)).toBe(10);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});

describe("retry policy", () => {
  it("caps the exponential ceiling", () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffMs(a, DEFAULT_RETRY, top))).toEqual([199, 399, 799, 1599, 1999, 1999]);
    expect(backoffMs(3, DEFAULT_RETRY, () => 0)).toBe(0);
  });

  it("retries unsafe calls only after a 429", () => {
    const settings = { ...DEFAULT_RETRY, maxAttempts: 5 };
    const err = (httpStatus: number | null, kind: BankApiError["kind"] = "baas") => new BankApiError({ kind, httpStatus, message: "", operation: "op" });
    expect(nextDelayMs(err(503), "unsafe", 1, settings)).toBeNull();
    expect(nextDelayMs(err(null, "network"), "unsafe", 1, settings)).toBeNull();
    expect(nextDelayMs(err(429), "unsafe", 1, settings)).not.toBeNull();
    expect(nextDelayMs(err(503), "idempotent", 1, settings)).not.toBeNull();
    expect(nextDelayMs(err(500), "idempotent", 1, settings)).toBeNull();
    expect(nextDelayMs(err(503), "idempotent", 5, settings)).toBeNull();
  });
});

describe("messages", () => {
  const of = (status: number, body: string) => errorFromResponse("initiateCreditSubscription", status, body);

  it("gives the shopper something to do", () => {
    expect(shopperErrorKey(of(400, baas(400, "FORBIDDEN")))).toBe("solution_not_eligible");
    expect(shopperErrorKey(of(429, "{}"))).toBe("bank_busy");
    expect(shopperErrorKey(of(503, "{}"))).toBe("bank_unavailable");
    expect(shopperErrorKey(errorFromFailure("op", new TypeError("fetch failed"), 1))).toBe("bank_unavailable");
    expect(shopperErrorKey(of(400, baas(400, "REQUEST_VALIDATION_ERROR", "mobilePhoneNumber must start with +33")))).toBe("phone_rejected");
    expect(shopperErrorKey(of(422, gateway("[Code: 1 | Message: $.buyers[0].contact.email: does not match | path: $]")))).toBe("details_rejected");
    expect(shopperErrorKey(of(401, "{}"))).toBe("unexpected");
  });

  it("has every shopper message in French, English and German", () => {
    for (const key of SHOPPER_ERROR_KEYS) {
      for (const language of ["fr", "en", "de"] as const) expect(SHOPPER_ERROR_MESSAGES[key][language].length).toBeGreaterThan(20);
    }
  });

  it("tells the merchant what went wrong and where to look", () => {
    expect(merchantMessage(of(401, "{}"))).toContain("SCALEXPERT_CLIENT_ID");
    expect(merchantMessage(of(400, baas(400, "FORBIDDEN", "no")))).toContain("not eligible");
    expect(merchantMessage(errorFromFailure("doConfirmDelivery", new DOMException("t", "TimeoutError"), 5))).toContain("refresh the order");
  });
});
