import { describe, expect, it } from "vitest";
import { BankApiError, errorFromFailure, errorFromResponse, parseRetryAfter } from "./errors";

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

  it("reads the errors array of 1.5.2+ bodies, with or without the top-level fields", () => {
    const both = JSON.stringify({ httpStatusCode: 400, errorCode: "REQUEST_VALIDATION_ERROR", errorMessage: "invalid request", errors: [{ code: "Size", message: "email: size must be between 0 and 320" }] });
    expect(errorFromResponse("op", 400, both)).toMatchObject({ kind: "baas", errorCode: "REQUEST_VALIDATION_ERROR", message: "invalid request — Size: email: size must be between 0 and 320" });
    const only = JSON.stringify({ errors: [{ code: "INVALID_STATUS", message: "The credit subscription is already cancelled." }, { bogus: 1 }] });
    expect(errorFromResponse("op", 400, only)).toMatchObject({ kind: "baas", errorCode: "INVALID_STATUS", message: "INVALID_STATUS: The credit subscription is already cancelled." });
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

describe("outcomeUnknown", () => {
  it("holds for a success answer that could not be read, as for no answer at all", () => {
    const unreadable = new BankApiError({ kind: "invalid_response", httpStatus: null, message: "not JSON", operation: "cancelCreditSubscription" });
    expect(unreadable.outcomeUnknown).toBe(true);
    expect(new BankApiError({ kind: "invalid_response", httpStatus: null, message: "x", operation: "o", requestSent: false }).outcomeUnknown).toBe(false);
    expect(errorFromResponse("op", 400, baas(400, "FORBIDDEN")).outcomeUnknown).toBe(false);
    expect(errorFromResponse("op", 409, baas(409, "CONFLICT")).isAlreadyDone).toBe(true);
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

describe("BankApiError identity across bundles", () => {
  it("is recognised by instanceof even when made by another copy of the class", async () => {
    // A query string makes Vite load a second, separate instance of the module, as a second bundle would.
    const copy = "./errors?copy";
    const other = (await import(/* @vite-ignore */ copy)) as typeof import("./errors");
    const foreign = new other.BankApiError({ kind: "baas", httpStatus: 400, errorCode: "FORBIDDEN", message: "not eligible", operation: "initiateCreditSubscription" });
    expect(other.BankApiError).not.toBe(BankApiError);
    expect(foreign instanceof BankApiError).toBe(true);
    expect(new Error("x") instanceof BankApiError).toBe(false);
    expect((null as unknown) instanceof BankApiError).toBe(false);
  });
});
