import { describe, expect, it } from "vitest";
import { errorFromFailure, errorFromResponse } from "@/server/shop/bank/errors";
import { merchantMessage } from "@/server/shop/bank/messages";
import { adminMessagesFor } from "./admin-messages";

const baas = (status: number, errorCode: string, errorMessage: string) =>
  JSON.stringify({ timestamp: "2024-01-01T00:00:00Z", httpStatusCode: status, httpStatusMessage: "x", errorCode, errorMessage, requestMethod: "POST", requestURI: "/v1/subscriptions/x/_cancel" });
const gateway = (message: string) => JSON.stringify({ timestamp: "2024-01-01T00:00:00Z", path: "/x", status: "422", error: "Unprocessable Entity", message, requestId: "r", traceId: "t" });

const cancel = (status: number, body: string) => errorFromResponse("cancelCreditSubscription", status, body);
const BELOW_MINIMUM = cancel(400, baas(400, "REQUEST_VALIDATION_ERROR", "Final Amount is less than minimum authorized amount"));

/** One failure of each kind the bank can hand the back office. */
const FAILURES = {
  timeout: errorFromFailure("doConfirmDelivery", new DOMException("t", "TimeoutError"), 5),
  network: errorFromFailure("doConfirmDelivery", new TypeError("fetch failed"), 1),
  gateway: cancel(422, gateway("[Code: 1 | Message: $.cancelledAmount: string found, number expected | path: $]")),
  credentials: cancel(401, "{}"),
  scope: cancel(403, "{}"),
  rateLimit: cancel(429, "{}"),
  fault: cancel(503, "{}"),
  alreadyDone: errorFromResponse("doConfirmDelivery", 409, baas(409, "CONFLICT", "The application has been already delivered.")),
  belowMinimum: BELOW_MINIMUM,
  status: cancel(400, baas(400, "INVALID_STATUS", "not now")),
  unknownCode: cancel(400, baas(400, "SOMETHING_NEW", "no idea")),
};

describe("the bank's sentences in the back office", () => {
  it("are said in French and in German, quoting the bank's own words", () => {
    const fr = (error: (typeof FAILURES)[keyof typeof FAILURES]) => merchantMessage(error, adminMessagesFor("fr").bankErrors);
    const de = (error: (typeof FAILURES)[keyof typeof FAILURES]) => merchantMessage(error, adminMessagesFor("de").bankErrors);
    expect(fr(BELOW_MINIMUM)).toBe(
      "cancelCreditSubscription : ce qui reste financé après une annulation partielle doit être d'au moins 100 € ; annulez moins, ou tout (HTTP 400 REQUEST_VALIDATION_ERROR) : Final Amount is less than minimum authorized amount",
    );
    expect(de(BELOW_MINIMUM)).toBe(
      "cancelCreditSubscription: Nach einer Teilstornierung müssen mindestens 100 € finanziert bleiben; stornieren Sie weniger oder alles (HTTP 400 REQUEST_VALIDATION_ERROR): Final Amount is less than minimum authorized amount",
    );
    expect(fr(FAILURES.timeout)).toContain("pas de réponse de la banque à temps");
    expect(de(FAILURES.timeout)).toContain("keine rechtzeitige Antwort der Bank");
    expect(fr(FAILURES.credentials)).toContain("SCALEXPERT_CLIENT_ID");
    expect(de(FAILURES.rateLimit)).toContain("600 Aufrufe pro Minute");
    expect(fr(FAILURES.status)).toContain("le statut de la souscription à la banque ne le permet pas");
    expect(de(FAILURES.alreadyDone)).toContain("Die Bank hat das bereits ausgeführt (409): The application has been already delivered.");
    expect(fr(FAILURES.unknownCode)).toBe("cancelCreditSubscription : la banque a refusé la demande (HTTP 400 SOMETHING_NEW) : no idea");
  });

  it("have a sentence of its own in each language for every kind of failure", () => {
    for (const [kind, error] of Object.entries(FAILURES)) {
      const texts = (["en", "fr", "de"] as const).map((locale) => merchantMessage(error, adminMessagesFor(locale).bankErrors));
      expect(new Set(texts).size, kind).toBe(3);
      for (const text of texts) expect(text.startsWith(error.operation), kind).toBe(true);
    }
  });

  it("stay the bank module's English in English, as in the logs", () => {
    for (const error of Object.values(FAILURES)) expect(merchantMessage(error, adminMessagesFor("en").bankErrors)).toBe(merchantMessage(error));
  });

  it("name the amount of a cancellation the lender has yet to decide", () => {
    expect(adminMessagesFor("fr").outcome.cancellationRequested("40,00 €")).toMatch(/^Annulation de 40,00 € demandée/);
    expect(adminMessagesFor("de").outcome.cancellationRequested("40,00 €")).toMatch(/^Stornierung von 40,00 € beantragt/);
    expect(adminMessagesFor("en").outcome.cancellationRequested("€40.00")).toMatch(/^Cancellation requested for €40.00/);
  });
});
