/**
 * IBAN validation (ISO 13616): the country's length, the character set and
 * the mod-97 check digits. National check digits inside the BBAN (e.g. the
 * French RIB key) are not checked, as banks' IBAN forms usually don't.
 */

/** IBAN length per country, from the ISO 13616 registry (SEPA countries and others in common use). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/** The German test IBAN of the bank's UATC environment; its check digits are valid. */
export const GERMAN_TEST_IBAN = "DE95100000000012305678";

export type IbanRefusal =
  /** Not two letters, two digits and letters/digits. */
  | "format"
  /** No IBAN exists for this country code. */
  | "unknown_country"
  /** The country is not one the caller accepts. */
  | "country_not_accepted"
  /** Wrong length for the country. */
  | "length"
  /** The mod-97 check fails: a typo. */
  | "checksum";

export type IbanCheck =
  | { readonly valid: true; /** Electronic format: upper case, no spaces. */ readonly iban: string; readonly country: string }
  | { readonly valid: false; readonly reason: IbanRefusal };

/** Upper case, without the spaces people type between groups. */
export function normaliseIban(input: string): string {
  return input.replace(/\s+/g, "").toUpperCase();
}

/** ISO 13616 mod-97 over the rearranged IBAN, letters as 10..35; true when the remainder is 1. */
export function ibanChecksumIsValid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= "A" ? ch.charCodeAt(0) - 55 : Number(ch);
    // Digit by digit (letters are two digits), so the number never exceeds 97 × 100.
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/**
 * Validates a typed IBAN. `acceptedCountries` restricts the account's
 * country (e.g. ["DE"] for a German direct debit); omit it to accept any.
 */
export function validateIban(input: string, acceptedCountries?: readonly string[]): IbanCheck {
  const iban = normaliseIban(input);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(iban)) return { valid: false, reason: "format" };
  const country = iban.slice(0, 2);
  const length = IBAN_LENGTHS[country];
  if (length === undefined) return { valid: false, reason: "unknown_country" };
  if (acceptedCountries && !acceptedCountries.includes(country)) return { valid: false, reason: "country_not_accepted" };
  if (iban.length !== length) return { valid: false, reason: "length" };
  if (!ibanChecksumIsValid(iban)) return { valid: false, reason: "checksum" };
  return { valid: true, iban, country };
}

export function isValidIban(input: string): boolean {
  return validateIban(input).valid;
}

/** Print format: groups of four ("DE95 1000 0000 0012 3056 78"). */
export function formatIban(iban: string): string {
  return normaliseIban(iban).replace(/(.{4})(?=.)/g, "$1 ");
}
