import { afterEach, describe, expect, it, vi } from "vitest";
import { comparisonForm, readSubStatus, SUB_STATUSES, subStatusText } from "./sub-status";

afterEach(() => vi.restoreAllMocks());

describe("readSubStatus", () => {
  it.each([
    ["PAYMENT HAS BEEN ISSUED TO MERCHANT", "PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT"],
    ["PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT", "PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT"],
    ["payment has been issued to merchant", "PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT"],
    ["SUBSCRIPTION PRE-APPROVED BY PRODUCER - WAITING FOR CONTRACT SIGNATURE", "PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE"],
    ["SUBSCRIPTION PRE-APPROVED BY PRODUCER WAITING FOR CONTRACT SIGNATURE", "PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE"],
    ["PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE", "PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE"],
    ["WAITING CUSTOMER FOR ADDITIONAL INFORMATION", "WAITING_CUSTOMER_FOR_ADDITIONAL_INFORMATION"],
    ["CANCELED BY CUSTOMER", "CANCEL_BY_CUSTOMER"],
    ["CANCELLED BY CUSTOMER", "CANCEL_BY_CUSTOMER"],
    ["CANCEL_BY_CUSTOMER", "CANCEL_BY_CUSTOMER"],
    ["  Subscription   in_progress ", "SUBSCRIPTION_IN_PROGRESS"],
    ["EXPIRED", "EXPIRED"],
  ])("reads %j as %s", (text, canonical) => {
    expect(readSubStatus(text)).toBe(canonical);
  });

  it("reads every canonical name, with underscores or spaces, as itself", () => {
    for (const canonical of Object.values(SUB_STATUSES).flat()) {
      expect(readSubStatus(canonical)).toBe(canonical);
      expect(readSubStatus(canonical.replaceAll("_", " "))).toBe(canonical);
    }
  });

  it("gives null for nothing, and for a text it does not know, logged once per text", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(readSubStatus(undefined)).toBeNull();
    expect(readSubStatus("")).toBeNull();
    expect(readSubStatus(42)).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    const text = `A STEP NOBODY KNOWS ${Math.random()}`;
    expect(readSubStatus(text)).toBeNull();
    expect(readSubStatus(text)).toBeNull();
    expect(readSubStatus(`${text} again`)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

it("shows each step in the bank's own words", () => {
  expect(subStatusText("PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT")).toBe("PAYMENT HAS BEEN ISSUED TO MERCHANT");
  expect(subStatusText("AWAITING_PAYMENT_TO_MERCHANT")).toBe("AWAITING PAYMENT TO MERCHANT");
  for (const canonical of Object.values(SUB_STATUSES).flat()) expect(readSubStatus(subStatusText(canonical))).toBe(canonical);
});

it("makes the separators, the spellings of cancelled and has/have one", () => {
  expect(comparisonForm("Pre-approved - waiting__for  x")).toBe("PRE APPROVED WAITING FOR X");
  expect(comparisonForm("canceled")).toBe(comparisonForm("CANCELLED"));
  expect(comparisonForm("have")).toBe(comparisonForm("HAS"));
});
