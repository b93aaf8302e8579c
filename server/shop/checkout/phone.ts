import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { COUNTRIES, type Country } from "../i18n/locales";

/**
 * The bank wants the buyer's mobile in international form, with the calling
 * code of the solution's market (+33 for France, +49 for Germany). Shoppers
 * type national forms ("06 12 34 56 78", "0151 2345 6789"), "0033...", or
 * "+33 (0)6..."; libphonenumber-js (full metadata, so that a landline can be
 * told apart from a bad number) turns all of them into E.164.
 */
export type PhoneError = "phone_invalid" | "phone_not_mobile" | `phone_country_${Country}`;
export type PhoneResult = { ok: true; e164: string } | { ok: false; error: PhoneError };

function mobileE164(input: string, country: Country): PhoneResult {
  const parsed = parsePhoneNumberFromString(input, country);
  if (!parsed) return { ok: false, error: "phone_invalid" };
  if (parsed.country !== country) {
    // A valid number from elsewhere: say which country is expected, not just "invalid".
    return { ok: false, error: parsed.isValid() ? `phone_country_${country}` : "phone_invalid" };
  }
  if (!parsed.isValid()) return { ok: false, error: "phone_invalid" };
  const type = parsed.getType();
  if (type !== "MOBILE" && type !== "FIXED_LINE_OR_MOBILE") return { ok: false, error: "phone_not_mobile" };
  return { ok: true, e164: parsed.number };
}

export function normaliseMobile(input: string, market: Country): PhoneResult {
  // "(0)" is a common way of writing the trunk prefix inside an international number.
  const cleaned = input.replace(/\(0\)/g, "").trim();
  if (!/^[+\d][\d\s.\-/()]*$/.test(cleaned)) return { ok: false, error: "phone_invalid" };
  const result = mobileE164(cleaned, market);
  if (result.ok) return result;
  // "06 12 34 56 78" typed with a German billing address is a French mobile, not a bad number.
  const elsewhere = COUNTRIES.some((other) => other !== market && mobileE164(cleaned, other).ok);
  return elsewhere ? { ok: false, error: `phone_country_${market}` } : result;
}
