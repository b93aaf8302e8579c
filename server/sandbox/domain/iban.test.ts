import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GERMAN_TEST_IBAN, formatIban, ibanChecksumIsValid, isValidIban, normaliseIban, validateIban } from "./iban";

describe("validateIban", () => {
  it("accepts the bank's German test IBAN: its check digits are genuinely valid", () => {
    expect(validateIban(GERMAN_TEST_IBAN)).toEqual({ valid: true, iban: GERMAN_TEST_IBAN, country: "DE" });
    expect(validateIban("de95 1000 0000 0012 3056 78", ["DE"]).valid).toBe(true);
  });

  it("accepts well-known valid IBANs, typed with spaces or in lower case", () => {
    for (const iban of [
      "FR14 2004 1010 0505 0001 3M02 606",
      "FR7630006000011234567890189",
      "GB82 WEST 1234 5698 7654 32",
      "BE71 0961 2345 6769",
      "NL91ABNA0417164300",
      "de89370400440532013000",
    ]) {
      expect(isValidIban(iban), iban).toBe(true);
    }
  });

  it("says why an IBAN is refused", () => {
    expect(validateIban("DE95100000000012305679")).toEqual({ valid: false, reason: "checksum" });
    expect(validateIban("DE59100000000012305678")).toEqual({ valid: false, reason: "checksum" }); // swapped check digits
    expect(validateIban("DE9510000000001230567")).toEqual({ valid: false, reason: "length" });
    expect(validateIban("ZZ95100000000012305678")).toEqual({ valid: false, reason: "unknown_country" });
    expect(validateIban("FR1420041010050500013M02606", ["DE"])).toEqual({ valid: false, reason: "country_not_accepted" });
    expect(validateIban("DE95-1000-0000-0012-3056-78")).toEqual({ valid: false, reason: "format" });
    expect(validateIban("")).toEqual({ valid: false, reason: "format" });
    expect(validateIban("1234")).toEqual({ valid: false, reason: "format" });
  });

  it("catches every single-character typo in the German test IBAN", () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: GERMAN_TEST_IBAN.length - 1 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const digit = (Number(GERMAN_TEST_IBAN[pos]) + delta) % 10;
        const typo = GERMAN_TEST_IBAN.slice(0, pos) + digit + GERMAN_TEST_IBAN.slice(pos + 1);
        expect(validateIban(typo)).toEqual({ valid: false, reason: "checksum" });
      }),
    );
  });
});

describe("helpers", () => {
  it("normalises and formats", () => {
    expect(normaliseIban(" de95 1000\t0000 0012 3056 78 ")).toBe(GERMAN_TEST_IBAN);
    expect(formatIban(GERMAN_TEST_IBAN)).toBe("DE95 1000 0000 0012 3056 78");
    expect(formatIban("FR1420041010050500013M02606")).toBe("FR14 2004 1010 0505 0001 3M02 606");
  });

  it("computes mod-97 like a big-integer implementation", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{2}\d{2}[A-Z0-9]{10,26}$/), (iban) => {
        const rearranged = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
        expect(ibanChecksumIsValid(iban)).toBe(BigInt(rearranged) % 97n === 1n);
      }),
    );
  });
});
