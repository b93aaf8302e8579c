import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, CURRENCY_CODES, isCountryCode, isCurrencyCode } from "./iso-codes";

describe("ISO codes", () => {
  it("lists the 249 ISO 3166-1 alpha-2 countries, each a region ICU knows", () => {
    expect(COUNTRY_CODES.size).toBe(249);
    const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
    for (const code of COUNTRY_CODES) expect(names.of(code), code).not.toBeUndefined();
  });

  it("lists currencies ICU knows, beside the fund, metal and test codes ICU leaves out", () => {
    const known = new Set(Intl.supportedValuesOf("currency"));
    const notInIcu = [...CURRENCY_CODES].filter((code) => !known.has(code));
    expect(notInIcu.every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
    expect(notInIcu.length).toBeLessThan(25);
    expect(CURRENCY_CODES.size).toBeGreaterThan(170);
  });

  it("accepts the markets' codes and refuses look-alikes", () => {
    expect(isCountryCode("FR")).toBe(true);
    expect(isCountryCode("DE")).toBe(true);
    for (const bad of ["fr", "FRA", "XX", "UK", "", "F"]) expect(isCountryCode(bad), bad).toBe(false);
    expect(isCurrencyCode("EUR")).toBe(true);
    for (const bad of ["eur", "EURO", "FRF", "ABC", ""]) expect(isCurrencyCode(bad), bad).toBe(false);
  });
});
