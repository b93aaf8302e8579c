import { describe, expect, it } from "vitest";
import { errorFromFailure, errorFromResponse } from "./errors";
import { merchantMessage, SHOPPER_ERROR_KEYS, SHOPPER_ERROR_MESSAGES, shopperErrorKey } from "./messages";

const baas = (status: number, errorCode?: string, errorMessage = "message") =>
  JSON.stringify({ timestamp: "2024-01-01T00:00:00Z", httpStatusCode: status, httpStatusMessage: "x", errorCode, errorMessage, requestMethod: "POST", requestURI: "/v1/subscriptions" });
const gateway = (message: string) =>
  JSON.stringify({ timestamp: "2024-01-01T00:00:00Z", path: "/x", status: "422", error: "Unprocessable Entity", message, requestId: "r", traceId: "t" });

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

  it("explains the bank's cancellation and delivery refusals in its own words", () => {
    const cancel = (code: string, message: string) => merchantMessage(errorFromResponse("cancelCreditSubscription", 400, baas(400, code, message)));
    expect(cancel("REQUEST_VALIDATION_ERROR", 'Producer answered {"error":"error_forbidden_doublerequest","message":"double request"}')).toContain("allows only one");
    expect(cancel("REQUEST_VALIDATION_ERROR", "Final Amount is less than minimum authorized amount")).toContain("at least 100 €");
    expect(cancel("REQUEST_VALIDATION_ERROR", "The cancelledAmount is greater than the financedAmount. You can only request cancellation with cancelledAmount equal or lower than the financedAmount.")).toContain("more than the bank still finances");
    expect(cancel("INVALID_STATUS", "The credit subscription is already cancelled.")).toContain("cancelled already");
    expect(cancel("INVALID_STATUS", "not now")).toContain("status at the bank does not allow");
    expect(merchantMessage(errorFromResponse("doConfirmDelivery", 409, baas(409, "CONFLICT", "The application has been already delivered.")))).toContain("already has this done");
  });
});
