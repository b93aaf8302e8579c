import { describe, expect, it } from "vitest";
import { SUB_STATUSES } from "./lifecycle";
import { subStatusOnWire } from "./substatus-wire";

describe("sub-statuses on the wire", () => {
  it("are the bank's readable texts, in the spelling of the vendor's plugins", () => {
    const texts = Object.values(SUB_STATUSES)
      .flat()
      .map((s) => subStatusOnWire(s));
    expect(texts.sort()).toEqual(
      [
        "SUBSCRIPTION IN PROGRESS",
        "SUBSCRIPTION PRE-APPROVED BY PRODUCER WAITING FOR CONTRACT SIGNATURE",
        "CONTRACT SIGNED BY CUSTOMER",
        "WAITING CUSTOMER FOR ADDITIONAL INFORMATION",
        "SUBSCRIPTION APPROVED BY PRODUCER",
        "WAITING FOR THE DELIVERY CONFIRMATION",
        "AWAITING PAYMENT TO MERCHANT",
        "PAYMENT HAS BEEN ISSUED TO MERCHANT",
        "SUBSCRIPTION REJECTED BY PRODUCER",
        "ABORTED BY CUSTOMER",
        "ABORTED DUE TO TECHNICAL ISSUE",
        "EXPIRED",
        "CANCELLED BY CUSTOMER",
      ].sort(),
    );
  });
});
