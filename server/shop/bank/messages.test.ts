import { describe, expect, it } from "vitest";
import { BankApiError, errorFromFailure, errorFromResponse } from "./errors";
import { adminMessagesFor } from "../i18n/admin-messages";
import {
  BANK_MESSAGE_KEYS,
  bankMessageOf,
  merchantMessage,
  noClearAnswerFailure,
  notAtBankFailure,
  parseBankMessage,
  sayBankMessage,
  SHOPPER_ERROR_KEYS,
  SHOPPER_ERROR_MESSAGES,
  shopperErrorKey,
  storedErrorText,
  storedFailure,
  type BankMessage,
} from "./messages";

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

  describe("a failure stored as data", () => {
    const failures = [
      errorFromFailure("doConfirmDelivery", new DOMException("t", "TimeoutError"), 5),
      errorFromFailure("doConfirmDelivery", new TypeError("fetch failed"), 1),
      new BankApiError({ kind: "invalid_response", httpStatus: null, message: "Unexpected answer from the bank: no id", operation: "getSubscription" }),
      of(422, gateway("[Code: 1028 | Message: $.solutionCode: is missing but it is required | path: $]")),
      of(401, "{}"),
      of(403, "{}"),
      of(429, "{}"),
      of(503, "{}"),
      errorFromResponse("doConfirmDelivery", 409, baas(409, "CONFLICT", "The application has been already delivered.")),
      of(400, baas(400, "FORBIDDEN", "no")),
    ];
    const stored: BankMessage[] = [...failures.map(bankMessageOf), notAtBankFailure(30).detail, noClearAnswerFailure().detail];

    it("has one of each key, and reads back as it was written", () => {
      expect(new Set(stored.map((message) => message.key))).toEqual(new Set(BANK_MESSAGE_KEYS));
      for (const message of stored) expect(parseBankMessage(JSON.stringify(message))).toEqual(message);
    });

    it("says every key in French, English and German, the bank's own words kept as they came", () => {
      for (const message of stored) {
        const texts = (["fr", "en", "de"] as const).map((locale) => sayBankMessage(message, adminMessagesFor(locale).bankErrors));
        expect(new Set(texts).size, message.key).toBe(3);
        for (const text of texts) expect(text.length, message.key).toBeGreaterThan(20);
        if ("said" in message && !["credentials", "scope", "rateLimit", "bankFault"].includes(message.key)) {
          for (const text of texts) expect(text, message.key).toContain(message.said);
        }
      }
    });

    it("says in English what merchantMessage says, and keeps that English sentence for the logs", () => {
      for (const error of failures) {
        expect(sayBankMessage(bankMessageOf(error))).toBe(merchantMessage(error));
        expect(storedFailure(error)).toEqual({ code: error.errorCode ?? error.kind, message: merchantMessage(error), detail: bankMessageOf(error) });
      }
      expect(notAtBankFailure(30)).toMatchObject({ code: "NOT_AT_BANK", message: "The bank has no subscription for this order 30 minutes after it was placed." });
    });

    it("shows a row stored in the reader's language, and an older row's English sentence as English", () => {
      const fr = adminMessagesFor("fr").bankErrors;
      const refused = storedFailure(of(400, baas(400, "FORBIDDEN", "no")));
      expect(storedErrorText({ lastErrorMessage: refused.message, lastErrorDetail: JSON.stringify(refused.detail) }, fr)).toEqual({
        text: "initiateCreditSubscription : ce code de solution n'est pas éligible pour ce montant, ce pays ou le contrat du marchand (HTTP 400 FORBIDDEN) : no",
        lang: null,
      });
      expect(storedErrorText({ lastErrorMessage: "The bank refused.", lastErrorDetail: null }, fr)).toEqual({ text: "The bank refused.", lang: "en" });
      for (const garbage of ["not json", "{}", '{"key":"nope","operation":"x","said":"y"}', '{"key":"notAtBank"}', "null"]) expect(parseBankMessage(garbage), garbage).toBeNull();
    });
  });
});
