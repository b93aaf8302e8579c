import { CONTACT_EMAIL, SOLUTION_CODE } from "@/server/contract/patterns";
import { needsBirthData } from "../financing/solution-kind";
import { COUNTRIES, type Country } from "../i18n/locales";
import { namesFrenchRegion } from "./french-regions";

/**
 * The checkout form's rules, in plain TypeScript: the server's zod schema
 * (schema.ts) is built from them, and the browser runs them as they are
 * (checkCheckoutForm below), so that the checkout page ships neither zod nor
 * the phone library. Messages are codes (keys of the `errors` dictionary).
 */
export type FieldErrorCode =
  | "required"
  | "too_long"
  | "email"
  | "phone_invalid"
  | "phone_not_mobile"
  | "phone_country_FR"
  | "phone_country_DE"
  | "zip_FR"
  | "zip_DE"
  | "street_number"
  | "birth_date"
  | "too_young"
  | "country"
  | "title"
  | "solution"
  | "name";

/** What the shopper types (flat, so that messages are keyed by top-level field). */
export interface CheckoutForm {
  commonTitle: "MR" | "MRS";
  firstName: string;
  lastName: string;
  email: string;
  mobilePhone: string;
  billingStreetNumber: string;
  billingStreetName: string;
  billingComplement: string;
  billingZipCode: string;
  billingCity: string;
  billingRegion: string;
  billingCountry: Country;
  sameAsBilling: boolean;
  deliveryStreetNumber: string;
  deliveryStreetName: string;
  deliveryComplement: string;
  deliveryZipCode: string;
  deliveryCity: string;
  deliveryRegion: string;
  deliveryCountry: Country;
  birthDate: string;
  birthName: string;
  birthCity: string;
  birthCountry: string;
  solutionCode: string;
}

export type CheckoutField = keyof CheckoutForm;

/** The form before the shopper typed anything: their addresses in `country`, delivery at the billing address. */
export function emptyCheckoutForm(country: Country): CheckoutForm {
  return {
    commonTitle: "MRS",
    firstName: "",
    lastName: "",
    email: "",
    mobilePhone: "",
    billingStreetNumber: "",
    billingStreetName: "",
    billingComplement: "",
    billingZipCode: "",
    billingCity: "",
    billingRegion: "",
    billingCountry: country,
    sameAsBilling: true,
    deliveryStreetNumber: "",
    deliveryStreetName: "",
    deliveryComplement: "",
    deliveryZipCode: "",
    deliveryCity: "",
    deliveryRegion: "",
    deliveryCountry: country,
    birthDate: "",
    birthName: "",
    birthCity: "",
    birthCountry: "",
    solutionCode: "",
  };
}

/** Field → message codes, from the browser's check or from the server's (a tRPC zodError). */
export type FieldErrors = Partial<Record<CheckoutField, string[]>>;
export type TextField = Exclude<CheckoutField, "commonTitle" | "billingCountry" | "deliveryCountry" | "sameAsBilling" | "solutionCode">;

// Letters of any script, with the separators names really use.
const NAME = /^\p{L}[\p{L}\p{M}' .-]*$/u;
// "12", "12 bis", "12b": the number and its suffix, sent to the bank as two fields
// (the bank takes a suffix of 3 characters at most since 1.6.6: "bis", "ter", "Q").
export const STREET_NUMBER = /^(\d{1,6})\s*([A-Za-z]{0,3})$/;
const ZIP: Record<Country, RegExp> = { FR: /^\d{5}$/, DE: /^\d{5}$/ };
export const TITLES = ["MR", "MRS"] as const;

/**
 * Each text field: its length limit, whether it must be filled on its own
 * (others are required by the cross-field rules below), and its format.
 * An empty field gets "required" only, not also a format message.
 */
export const TEXT_FIELDS: Record<TextField, { max: number; required?: true; format?: { pattern: RegExp; code: FieldErrorCode } }> = {
  firstName: { max: 50, required: true, format: { pattern: NAME, code: "name" } },
  lastName: { max: 50, required: true, format: { pattern: NAME, code: "name" } },
  email: { max: 200, required: true, format: { pattern: CONTACT_EMAIL, code: "email" } },
  // Checked in full by the server only (schema.ts, with libphonenumber-js); see mobileShapeError for the browser.
  mobilePhone: { max: 30, required: true },
  billingStreetNumber: { max: 16 },
  billingStreetName: { max: 100, required: true },
  billingComplement: { max: 100 },
  billingZipCode: { max: 10, required: true },
  billingCity: { max: 60, required: true },
  // Required where the postcode does not say it (see regionOf).
  billingRegion: { max: 60 },
  // Checked only when the delivery address differs.
  deliveryStreetNumber: { max: 16 },
  deliveryStreetName: { max: 100 },
  deliveryComplement: { max: 100 },
  deliveryZipCode: { max: 10 },
  deliveryCity: { max: 60 },
  deliveryRegion: { max: 60 },
  // Checked only for long credit.
  birthDate: { max: 10 },
  birthName: { max: 50 },
  birthCity: { max: 60 },
  birthCountry: { max: 2 },
};

/** The message of one text field on its own (already trimmed), or null. */
export function textFieldError(field: TextField, value: string): FieldErrorCode | null {
  const rule = TEXT_FIELDS[field];
  if (rule.required && value === "") return "required";
  if (value.length > rule.max) return "too_long";
  if (rule.format && value !== "" && !rule.format.pattern.test(value)) return rule.format.code;
  return null;
}

/** Age in whole years on `today` of someone born on an ISO date, or null if the date is not a real one. */
export function ageOn(isoDate: string, today: Date): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  let age = today.getUTCFullYear() - year;
  if (today.getUTCMonth() < month - 1 || (today.getUTCMonth() === month - 1 && today.getUTCDate() < day)) age -= 1;
  return age;
}

/** Whether the address has a region: typed by the shopper, or (in France) given by the postcode (schema.ts regionOf). */
function hasRegion(typed: string, zipCode: string, country: Country): boolean {
  return typed !== "" || (country === "FR" && namesFrenchRegion(zipCode));
}

export type FieldIssue = [CheckoutField, FieldErrorCode];

/**
 * The rules between fields (postcodes and regions, the delivery address,
 * birth data), on trimmed values. The phone is not among them: the server
 * checks it with the full numbering plan, the browser its shape only.
 * `isCountry` tells a country of birth: the server's full ISO list, the
 * browser's list of the options it was given.
 */
export function crossFieldIssues(f: CheckoutForm, today: Date, isCountry: (code: string) => boolean): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const checkAddress = (prefix: "billing" | "delivery") => {
    const number = f[`${prefix}StreetNumber`];
    if (number && !STREET_NUMBER.test(number)) issues.push([`${prefix}StreetNumber`, "street_number"]);
    const zip = f[`${prefix}ZipCode`];
    const zipCountry = f[`${prefix}Country`];
    const zipRule = ZIP[zipCountry] as RegExp | undefined;
    if (zip && zipRule && !zipRule.test(zip)) issues.push([`${prefix}ZipCode`, `zip_${zipCountry}`]);
    // The bank needs a region: asked for only when a valid postcode does not give it (Germany, Monaco's 980xx).
    const zipValid = zip !== "" && zipRule?.test(zip);
    if (zipValid && !hasRegion(f[`${prefix}Region`], zip, zipCountry)) issues.push([`${prefix}Region`, "required"]);
  };
  checkAddress("billing");
  if (!f.sameAsBilling) {
    for (const field of ["deliveryStreetName", "deliveryZipCode", "deliveryCity"] as const) {
      if (!f[field]) issues.push([field, "required"]);
    }
    checkAddress("delivery");
  }
  if (needsBirthData(f.solutionCode)) {
    if (!f.birthDate) issues.push(["birthDate", "required"]);
    else {
      const age = ageOn(f.birthDate, today);
      if (age === null || age > 120 || age < 0) issues.push(["birthDate", "birth_date"]);
      else if (age < 18) issues.push(["birthDate", "too_young"]);
    }
    if (!f.birthCity) issues.push(["birthCity", "required"]);
    if (!f.birthCountry) issues.push(["birthCountry", "required"]);
    else if (!isCountry(f.birthCountry)) issues.push(["birthCountry", "country"]);
  }
  return issues;
}

/** What may be typed in a phone field at all ("(0)", the trunk prefix inside an international number, removed first). */
export const PHONE_CHARACTERS = /^[+\d][\d\s.\-/()]*$/;

const CALLING_CODES: Record<Country, string> = { FR: "33", DE: "49" };

/**
 * The browser's look at a mobile number, without the numbering plan: only
 * what is surely wrong is flagged (characters, a length no number has, a
 * number with the other market's calling code, a French landline); anything
 * else goes to the server, which is the judge and answers with the same codes.
 */
export function mobileShapeError(input: string, market: Country): FieldErrorCode | null {
  const cleaned = input.replace(/\(0\)/g, "").trim();
  if (!PHONE_CHARACTERS.test(cleaned)) return "phone_invalid";
  const digits = cleaned.replace(/\D/g, "");
  if (digits.length < 6 || digits.length > 17) return "phone_invalid";
  const international = cleaned.startsWith("+") ? digits : digits.startsWith("00") ? digits.slice(2) : null;
  if (international !== null && COUNTRIES.some((c) => c !== market && international.startsWith(CALLING_CODES[c]))) return `phone_country_${market}`;
  if (market !== "FR") return null;
  // French numbers have 9 digits after the trunk 0 or +33: 06 and 07 are mobiles, 01 to 05 and 09 are not.
  const national = international === null ? (digits.startsWith("0") ? digits.slice(1) : null) : international.startsWith("33") ? international.slice(2) : null;
  return national?.length === 9 && /^[1-59]/.test(national) ? "phone_not_mobile" : null;
}

/**
 * The browser's check of the whole form: every rule above on trimmed values,
 * the phone by its shape only. The server checks again, in full, and its
 * messages replace these when it answers.
 */
export function checkCheckoutForm(values: CheckoutForm, isCountry: (code: string) => boolean, today = new Date()): FieldErrors {
  const f = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === "string" ? value.trim() : value])) as unknown as CheckoutForm;
  const errors: FieldErrors = {};
  const add = (field: CheckoutField, code: FieldErrorCode) => (errors[field] ??= []).push(code);
  if (!TITLES.includes(f.commonTitle)) add("commonTitle", "title");
  for (const field of Object.keys(TEXT_FIELDS) as TextField[]) {
    const code = textFieldError(field, f[field]);
    if (code) add(field, code);
  }
  for (const field of ["billingCountry", "deliveryCountry"] as const) if (!COUNTRIES.includes(f[field])) add(field, "country");
  if (!SOLUTION_CODE.test(f.solutionCode)) add("solutionCode", "solution");
  if (f.mobilePhone && COUNTRIES.includes(f.billingCountry)) {
    const code = mobileShapeError(f.mobilePhone, f.billingCountry);
    if (code) add("mobilePhone", code);
  }
  for (const [field, code] of crossFieldIssues(f, today, isCountry)) add(field, code);
  return errors;
}
