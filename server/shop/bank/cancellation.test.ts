import { describe, expect, it } from "vitest";
import { cancellationAnswer, cancellationRequest } from "./cancellation";

describe("the cancellation body", () => {
  it("asks in euros, the item cut to the bank's 200 characters", () => {
    const contact = { lastName: "Dupont", email: "paul@example.fr" };
    expect(cancellationRequest({ amountCents: 24_990, item: "x".repeat(250), reason: "Returned", contact })).toEqual({
      cancelledAmount: 249.9,
      cancelledItem: "x".repeat(200),
      cancellationReason: "Returned",
      cancellationContact: contact,
    });
  });
});

describe("the cancellation answer", () => {
  it("says what became of the request and what the bank finances now, in cents", () => {
    expect(cancellationAnswer({ status: "ACCEPTED", financedAmount: 150.1 })).toEqual({ outcome: "accepted", financedCents: 15_010 });
    expect(cancellationAnswer({ status: "REQUESTED", financedAmount: 0 })).toEqual({ outcome: "requested", financedCents: 0 });
    expect(cancellationAnswer({})).toEqual({ outcome: "unknown", financedCents: null });
  });
});
