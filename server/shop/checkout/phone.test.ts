import { describe, expect, it } from "vitest";
import { normaliseMobile } from "./phone";

describe("normaliseMobile", () => {
  it.each([
    ["FR", "06 12 34 56 78", "+33612345678"],
    ["FR", "0612345678", "+33612345678"],
    ["FR", "07.81.23.45.67", "+33781234567"],
    ["FR", "+33 6 12 34 56 78", "+33612345678"],
    ["FR", "+33 (0)6 12 34 56 78", "+33612345678"],
    ["FR", "0033612345678", "+33612345678"],
    ["FR", "+33612345678", "+33612345678"],
    ["DE", "0151 23456789", "+4915123456789"],
    ["DE", "01512 3456789", "+4915123456789"],
    ["DE", "+49 170 1234567", "+491701234567"],
    ["DE", "0049 176 12345678", "+4917612345678"],
    ["DE", "+49 (0)160 1234567", "+491601234567"],
  ] as const)("%s mobile %s → %s", (country, input, e164) => {
    expect(normaliseMobile(input, country)).toEqual({ ok: true, e164 });
  });

  it("refuses a landline with a message that says so", () => {
    expect(normaliseMobile("01 23 45 67 89", "FR")).toEqual({ ok: false, error: "phone_not_mobile" });
    expect(normaliseMobile("030 12345678", "DE")).toEqual({ ok: false, error: "phone_not_mobile" });
  });

  it("refuses a valid mobile of the other market, naming the expected country", () => {
    expect(normaliseMobile("+49 151 23456789", "FR")).toEqual({ ok: false, error: "phone_country_FR" });
    expect(normaliseMobile("+33 6 12 34 56 78", "DE")).toEqual({ ok: false, error: "phone_country_DE" });
    expect(normaliseMobile("+44 7911 123456", "FR")).toEqual({ ok: false, error: "phone_country_FR" });
  });

  it.each(["", "abc", "06 12", "06 12 34 56 78 90 12", "+33 6 12 34 56 7x", "<script>"])("refuses %j as invalid", (input) => {
    expect(normaliseMobile(input, "FR")).toEqual({ ok: false, error: "phone_invalid" });
  });
});

describe("normaliseMobile across markets", () => {
  it("recognises a national mobile of the other market and names the expected one", () => {
    expect(normaliseMobile("06 12 34 56 78", "DE")).toEqual({ ok: false, error: "phone_country_DE" });
    expect(normaliseMobile("0151 23456789", "FR")).toEqual({ ok: false, error: "phone_country_FR" });
  });
});
