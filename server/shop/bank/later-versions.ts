/**
 * What the bank's later minor versions (1.5.2 to 1.7.1, served at the same
 * `/v1` URLs) add to the calls this shop makes, typed from the project's own
 * description of 1.7.1; and the reading of the cancellation answer, whose
 * words changed between versions.
 */
import type { EFinancingOperations, EFinancingPathsV171 } from "@/server/contract/types";

/** The E-financing versions the shop can be told it speaks (server/env.ts SCALEXPERT_API_VERSION). */
export type ApiVersion = "1.4.0" | "1.7.1";

/** The language of the bank's journey, required on POST /subscriptions from 1.5.2 and harmless to a 1.4.0 server. */
export type JourneyLanguage = "fr-FR" | "de-DE";

/** German Hanseatic codes (SCDELT*) take the German journey; every other code is French. */
export function journeyLanguage(solutionCode: string): JourneyLanguage {
  return solutionCode.toUpperCase().startsWith("SCDE") ? "de-DE" : "fr-FR";
}

type NoParameters = { query?: never; header?: never; path?: never; cookie?: never };

/**
 * The two calls that differ from the 1.4.0 contract: creation with 1.7.1's
 * `language` but the body the shop builds for both versions (1.4.0's, which
 * 1.7.1's type does not accept as is: it makes `merchantUrls.confirmation`
 * required, which the shop always sends), and 1.7.1's `_confirmReturn`.
 */
export type LaterVersionPaths = Pick<EFinancingPathsV171, "/subscriptions/{creditSubscriptionId}/_confirmReturn"> & {
  "/subscriptions": {
    parameters: NoParameters;
    post: Omit<EFinancingOperations["initiateCreditSubscription"], "parameters"> & {
      parameters: { query: { language: JourneyLanguage }; header?: never; path?: never; cookie?: never };
    };
  };
};

/**
 * What became of a cancellation request, from the answer's `status`:
 * "ACCEPTED" (full or partial), "REQUESTED" (the producer decides later;
 * 1.5.2+ also REQUEST_CANCELLATION / REQUEST_PART_CANCELLATION), "REJECTED".
 * "CANCELLED" is what a reading of the 1.4.0 contract's example expected for
 * a full one: still a success if a bank ever says it.
 */
export type CancellationOutcome = "accepted" | "requested" | "refused" | "unknown";

export function cancellationOutcome(status: unknown): CancellationOutcome {
  switch (typeof status === "string" ? status.trim().toUpperCase() : "") {
    case "ACCEPTED":
    case "CANCELLED":
    case "CANCEL_FULL_ACCEPTED":
    case "CANCEL_PART_ACCEPTED":
      return "accepted";
    case "REQUESTED":
    case "REQUEST_CANCELLATION":
    case "REQUEST_PART_CANCELLATION":
      return "requested";
    case "REJECTED":
    case "CANCEL_FULL_REJECTED":
    case "CANCEL_PART_REJECTED":
      return "refused";
    default:
      return "unknown";
  }
}
