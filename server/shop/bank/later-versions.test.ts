import { describe, expect, it } from "vitest";
import { cancellationOutcome, journeyLanguage } from "./later-versions";

describe("cancellationOutcome", () => {
  it.each([
    ["ACCEPTED", "accepted"],
    ["CANCELLED", "accepted"],
    ["REQUESTED", "requested"],
    ["REQUEST_CANCELLATION", "requested"],
    ["REQUEST_PART_CANCELLATION", "requested"],
    ["REJECTED", "refused"],
    ["something else", "unknown"],
    [undefined, "unknown"],
  ])("reads %j as %s", (status, outcome) => {
    expect(cancellationOutcome(status)).toBe(outcome);
  });
});

it("takes the journey's language from the solution code", () => {
  expect(["SCFRSP-3XTS", "SCFRLT-TXNO", "SCDELT-DXTS", "SCDELT-DXCO"].map(journeyLanguage)).toEqual(["fr-FR", "fr-FR", "de-DE", "de-DE"]);
});
