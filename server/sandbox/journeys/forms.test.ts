import { describe, expect, it } from "vitest";
import { ageOn, maskIban, parseApplication, parseCard, parseIdentity, parseKyc, parseSignature } from "./forms";

const today = Date.UTC(2025, 5, 15); // 15 June 2025

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe("identity form", () => {
  const good = { commonTitle: "MRS", firstName: "Élodie", lastName: "Martin-Dupont", email: "elodie@example.fr", mobilePhoneNumber: "06 12 34 56 78", birthDate: "1990-02-28", confirm: "on" };

  it("accepts a complete identity and normalises the mobile number to +33", () => {
    const parsed = parseIdentity(form(good), today, "FR");
    expect(parsed).toEqual({ ok: true, value: { ...good, mobilePhoneNumber: "+33612345678", confirm: undefined } });
  });

  it("names each faulty field", () => {
    const parsed = parseIdentity(form({ ...good, email: "nope", mobilePhoneNumber: "+49 151 2345678", birthDate: "2010-01-01", confirm: "" }), today, "FR");
    expect(parsed).toEqual({ ok: false, errors: { email: "invalid", mobilePhoneNumber: "invalid", birthDate: "minor", confirm: "required" } });
  });

  it("computes ages on the calendar", () => {
    expect(ageOn("2007-06-15", today)).toBe(18);
    expect(ageOn("2007-06-16", today)).toBe(17);
    expect(ageOn("2007-02-30", today)).toBeUndefined();
  });
});

describe("card form", () => {
  const good = { cardNumber: "5017 6791 1038 0400", cardExpiry: "12/27", cardCvc: "123", cardHolder: "Elodie Martin" };

  it("returns the verdict and last four digits only", () => {
    expect(parseCard(form(good), today)).toEqual({ ok: true, value: { verdict: "accepted", last4: "0400" } });
    expect(parseCard(form({ ...good, cardNumber: "5017-6792-1000-0200" }), today)).toEqual({ ok: true, value: { verdict: "refused", last4: "0200" } });
    expect(parseCard(form({ ...good, cardNumber: "4970101234567890" }), today)).toEqual({ ok: true, value: { verdict: "unknown", last4: "7890" } });
  });

  it("refuses an expired card, a bad CVC, a short number", () => {
    expect(parseCard(form({ ...good, cardExpiry: "05/25", cardCvc: "12", cardNumber: "5017" }), today)).toEqual({
      ok: false,
      errors: { cardExpiry: "expired", cardCvc: "invalid", cardNumber: "invalid" },
    });
    expect(parseCard(form({ ...good, cardExpiry: "06/25" }), today).ok).toBe(true);
    expect(parseCard(form({ ...good, cardExpiry: "13/30" }), today)).toEqual({ ok: false, errors: { cardExpiry: "invalid" } });
  });
});

describe("credit application", () => {
  const durations = [6, 12, 24];
  const good = { durationMonths: "12", iban: "FR76 3000 6000 0112 3456 7890 189", monthlyIncome: "2 450,50", simulatedDocument: "on" };

  it("keeps a masked IBAN, the income in cents, the simulated document", () => {
    expect(parseApplication(form(good), durations, "FR")).toEqual({
      ok: true,
      value: { durationMonths: 12, monthlyIncomeCents: 245050, ibanMasked: "FR76 **** **** **** **** ***0 189", ibanCountry: "FR", document: "simulated" },
    });
  });

  it("keeps a real document's name, size and type, never its content", () => {
    const file = new File([new Uint8Array(2048)], "carte-identite.pdf", { type: "application/pdf" });
    const parsed = parseApplication(form({ ...good, simulatedDocument: "", identityDocument: file }), durations, "FR");
    expect(parsed.ok && parsed.value.document).toEqual({ name: "carte-identite.pdf", size: 2048, type: "application/pdf" });
  });

  it("refuses an IBAN whose check digits are wrong, a duration not offered, a missing document", () => {
    const parsed = parseApplication(form({ iban: "FR7630006000011234567890188", durationMonths: "60", monthlyIncome: "abc" }), durations, "FR");
    expect(parsed).toEqual({ ok: false, errors: { iban: "checksum", durationMonths: "required", monthlyIncome: "invalid", identityDocument: "required" } });
  });

  it("masks all but the country, check digits and last four characters", () => {
    expect(maskIban("FR7630006000011234567890189")).toBe("FR76 **** **** **** **** ***0 189");
    expect(maskIban("de95 1000 0000 0012 3056 78")).toBe("DE95 **** **** **** **56 78");
  });

  it("needs no document in Germany", () => {
    const parsed = parseApplication(form({ durationMonths: "24", iban: "DE95100000000012305678", monthlyIncome: "3000" }), durations, "DE");
    expect(parsed.ok && parsed.value.document).toBeNull();
  });
});

describe("signature and KYC", () => {
  it("needs the consent ticked", () => {
    expect(parseSignature(form({}))).toEqual({ ok: false, errors: { acceptContract: "required" } });
    expect(parseSignature(form({ acceptContract: "on" })).ok).toBe(true);
  });

  it("knows the two test pins and asks again for any other", () => {
    expect(parseKyc(form({ pin: "123456", acceptContract: "on" }))).toEqual({ ok: true, value: { outcome: "verified" } });
    expect(parseKyc(form({ pin: "654321", acceptContract: "on" }))).toEqual({ ok: true, value: { outcome: "failed" } });
    expect(parseKyc(form({ pin: "111111", acceptContract: "on" }))).toEqual({ ok: false, errors: { pin: "wrong" } });
    expect(parseKyc(form({ pin: "12", acceptContract: "" }))).toEqual({ ok: false, errors: { pin: "invalid", acceptContract: "required" } });
  });
});
