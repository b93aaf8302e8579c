import { describe, expect, it } from "vitest";
import { TEST_CARDS, classifyTestCard, luhnValid, normaliseCardNumber } from "./test-cards";

describe("classifyTestCard", () => {
  it.each([
    ["5017 6791 1038 0400", "accepted", "CB"],
    ["5017 6792 1000 0700", "accepted", "Visa"],
    ["5017 6794 1000 0500", "accepted", "Mastercard"],
    ["5017 6791 1038 0900", "refused", "CB"],
    ["5017 6792 1000 0200", "refused", "Visa"],
    ["5017 6794 1000 0000", "refused", "Mastercard"],
  ])("%s is %s (%s)", (input, outcome, brand) => {
    const result = classifyTestCard(input);
    expect(result.outcome).toBe(outcome);
    expect(result.card?.brand).toBe(brand);
    expect(result.lastFour).toBe(input.slice(-4));
  });

  it("accepts numbers typed without spaces or with odd spacing", () => {
    expect(classifyTestCard("5017679110380400").outcome).toBe("accepted");
    expect(classifyTestCard("  5017679 1103 80400 ").outcome).toBe("accepted");
  });

  it("calls any other number unknown, keeping only its last four digits", () => {
    expect(classifyTestCard("4111 1111 1111 1111")).toEqual({ outcome: "unknown", lastFour: "1111" });
    expect(classifyTestCard("5017 6791 1038 0401")).toEqual({ outcome: "unknown", lastFour: "0401" });
    expect(classifyTestCard("5017-6791-1038-0400")).toEqual({ outcome: "unknown", lastFour: null });
    expect(classifyTestCard("")).toEqual({ outcome: "unknown", lastFour: null });
    expect(classifyTestCard("abcd")).toEqual({ outcome: "unknown", lastFour: null });
  });
});

describe("luhnValid", () => {
  it("checks the mod-10 digit", () => {
    expect(luhnValid("4111111111111111")).toBe(true);
    expect(luhnValid("4111111111111112")).toBe(false);
    expect(luhnValid("79927398713")).toBe(true);
    expect(luhnValid("")).toBe(false);
    expect(luhnValid("12a4")).toBe(false);
  });

  it("passes the accepted test cards and fails the refused ones (so forms must not pre-filter on Luhn)", () => {
    for (const card of TEST_CARDS) expect(luhnValid(card.number), card.number).toBe(card.outcome === "accepted");
  });
});

describe("normaliseCardNumber", () => {
  it("keeps 12 to 19 digits", () => {
    expect(normaliseCardNumber("5017 6791 1038 0400")).toBe("5017679110380400");
    expect(normaliseCardNumber("12345678901")).toBeNull();
    expect(normaliseCardNumber("12345678901234567890")).toBeNull();
  });
});
