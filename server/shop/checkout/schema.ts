import { z } from "zod";
import { needsBirthData } from "../financing/solution-kind";
import { COUNTRIES, type Country } from "../i18n/locales";
import { isIsoCountry } from "./countries";
import { frenchRegion } from "./french-regions";
import { normaliseMobile } from "./phone";

/**
 * The checkout form, one schema for both sides: the browser runs it for
 * comfort (messages as the shopper types), the server runs it for truth.
 *
 * Fields are flat (billingZipCode rather than billing.zipCode) because the
 * tRPC error formatter hands the browser `z.flattenError`, which keys
 * messages by top-level field. Messages are codes (keys of the `errors`
 * dictionary), so that each side shows them in the shopper's language.
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

const err = (code: FieldErrorCode) => ({ error: code });

// The bank's contract pattern for Contact.email.
const EMAIL = /^[a-zA-Z0-9_.+-]{1,100}@[a-zA-Z0-9-]{1,50}\.[a-zA-Z0-9.-]{1,50}$/;
// Letters of any script, with the separators names really use.
const NAME = /^\p{L}[\p{L}\p{M}' .-]*$/u;
// "12", "12 bis", "12b": the number and its suffix, sent to the bank as two fields
// (the bank takes a suffix of 3 characters at most since 1.6.6: "bis", "ter", "Q").
const STREET_NUMBER = /^(\d{1,6})\s*([A-Za-z]{0,3})$/;
const ZIP: Record<Country, RegExp> = { FR: /^\d{5}$/, DE: /^\d{5}$/ };
const SOLUTION_CODE = /^\w{6}-\w{4}$|^\w{6}$/;

const required = (max: number) => z.string().trim().min(1, err("required")).max(max, err("too_long"));
// An empty field gets "required" only, not also "bad format".
const requiredMatching = (max: number, pattern: RegExp, code: FieldErrorCode) =>
  required(max).refine((value) => value === "" || pattern.test(value), err(code));
const optional = (max: number) => z.string().trim().max(max, err("too_long"));
const name = requiredMatching(50, NAME, "name");
const country = z.enum(COUNTRIES, err("country"));

/** The fields without the cross-field rules: extend this, then apply `withCheckoutRules`. */
export const checkoutFields = z.object({
  commonTitle: z.enum(["MR", "MRS"], err("title")),
  firstName: name,
  lastName: name,
  email: requiredMatching(200, EMAIL, "email"),
  mobilePhone: required(30),
  billingStreetNumber: optional(16),
  billingStreetName: required(100),
  billingComplement: optional(100),
  billingZipCode: required(10),
  billingCity: required(60),
  // Required where the postcode does not say it (see regionOf).
  billingRegion: optional(60),
  billingCountry: country,
  sameAsBilling: z.boolean(),
  // Checked only when the delivery address differs (see the rules below).
  deliveryStreetNumber: optional(16),
  deliveryStreetName: optional(100),
  deliveryComplement: optional(100),
  deliveryZipCode: optional(10),
  deliveryCity: optional(60),
  deliveryRegion: optional(60),
  deliveryCountry: country,
  // Checked only for long credit.
  birthDate: optional(10),
  birthName: optional(50),
  birthCity: optional(60),
  birthCountry: optional(2),
  solutionCode: z.string().regex(SOLUTION_CODE, err("solution")),
});

export type CheckoutForm = z.input<typeof checkoutFields>;
export type CheckoutField = keyof CheckoutForm;

export interface CheckoutAddress {
  streetNumber?: number;
  streetNumberSuffix?: string;
  streetName: string;
  streetNameComplement?: string;
  zipCode: string;
  cityName: string;
  regionName: string;
  countryCode: Country;
}

/** What the server hands to the order engine once the form is valid. */
export interface CheckoutData {
  solutionCode: string;
  buyer: {
    commonTitle: "MR" | "MRS";
    firstName: string;
    lastName: string;
    email: string;
    /** E.164, with the calling code of the billing country (the solution's market). */
    mobilePhoneNumber: string;
  };
  billingAddress: CheckoutAddress;
  deliveryAddress: CheckoutAddress;
  birth: { birthDate: string; birthName?: string; birthCityName: string; birthCountryName: string } | null;
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

function splitStreetNumber(value: string): Pick<CheckoutAddress, "streetNumber" | "streetNumberSuffix"> {
  const match = STREET_NUMBER.exec(value);
  if (!match) return {};
  return { streetNumber: Number(match[1]), ...(match[2] ? { streetNumberSuffix: match[2] } : {}) };
}

type Fields = z.output<typeof checkoutFields>;

function address(f: Fields, prefix: "billing" | "delivery"): CheckoutAddress {
  const complement = f[`${prefix}Complement`];
  return {
    ...splitStreetNumber(f[`${prefix}StreetNumber`]),
    streetName: f[`${prefix}StreetName`],
    ...(complement ? { streetNameComplement: complement } : {}),
    zipCode: f[`${prefix}ZipCode`],
    cityName: f[`${prefix}City`],
    regionName: regionOf(f[`${prefix}Region`], f[`${prefix}ZipCode`], f[`${prefix}Country`]),
    countryCode: f[`${prefix}Country`],
  };
}

/** The region the shopper typed, else (in France) the postcode's région; "" when neither says it. */
export function regionOf(typed: string, zipCode: string, country: Country): string {
  return typed || (country === "FR" ? (frenchRegion(zipCode) ?? "") : "");
}

/**
 * Runs even when some fields already failed (see `when` below), so the shopper
 * sees every message at once; hence the defensive reads of possibly invalid fields.
 */
function checkRules(raw: Fields, ctx: z.RefinementCtx): void {
  // A field that failed its own check may hold anything: read it as "" then.
  const f = Object.fromEntries(
    Object.keys(checkoutFields.shape).map((key) => {
      const value = (raw as Record<string, unknown>)[key];
      return [key, typeof value === "string" || typeof value === "boolean" ? value : ""];
    }),
  ) as Fields;
  const issue = (path: CheckoutField, code: FieldErrorCode) => ctx.addIssue({ code: "custom", path: [path], message: code });

  if (f.mobilePhone && COUNTRIES.includes(f.billingCountry)) {
    const phone = normaliseMobile(f.mobilePhone, f.billingCountry);
    if (!phone.ok) issue("mobilePhone", phone.error);
  }

  const checkAddress = (prefix: "billing" | "delivery") => {
    const number = f[`${prefix}StreetNumber`];
    if (number && !STREET_NUMBER.test(number)) issue(`${prefix}StreetNumber`, "street_number");
    const zip = f[`${prefix}ZipCode`];
    const zipCountry = f[`${prefix}Country`];
    if (zip && ZIP[zipCountry] && !ZIP[zipCountry].test(zip)) issue(`${prefix}ZipCode`, `zip_${zipCountry}`);
    // The bank needs a region: asked for only when a valid postcode does not give it (Germany, Monaco's 980xx).
    const zipValid = zip !== "" && ZIP[zipCountry]?.test(zip);
    if (zipValid && !regionOf(f[`${prefix}Region`], zip, zipCountry)) issue(`${prefix}Region`, "required");
  };
  checkAddress("billing");
  if (!f.sameAsBilling) {
    for (const field of ["deliveryStreetName", "deliveryZipCode", "deliveryCity"] as const) {
      if (!f[field]) issue(field, "required");
    }
    checkAddress("delivery");
  }

  if (needsBirthData(f.solutionCode)) {
    if (!f.birthDate) issue("birthDate", "required");
    else {
      const age = ageOn(f.birthDate, new Date());
      if (age === null || age > 120 || age < 0) issue("birthDate", "birth_date");
      else if (age < 18) issue("birthDate", "too_young");
    }
    if (!f.birthCity) issue("birthCity", "required");
    if (!f.birthCountry) issue("birthCountry", "required");
    else if (!isIsoCountry(f.birthCountry)) issue("birthCountry", "country");
  }
}

function toCheckoutData(f: Fields): CheckoutData {
  const phone = normaliseMobile(f.mobilePhone, f.billingCountry);
  const birth = needsBirthData(f.solutionCode)
    ? {
        birthDate: f.birthDate,
        ...(f.birthName ? { birthName: f.birthName } : {}),
        birthCityName: f.birthCity,
        birthCountryName: f.birthCountry,
      }
    : null;
  const billingAddress = address(f, "billing");
  return {
    solutionCode: f.solutionCode,
    buyer: {
      commonTitle: f.commonTitle,
      firstName: f.firstName,
      lastName: f.lastName,
      email: f.email,
      // checkRules has already refused an invalid number, so this branch is the normal one.
      mobilePhoneNumber: phone.ok ? phone.e164 : f.mobilePhone,
    },
    billingAddress,
    deliveryAddress: f.sameAsBilling ? billingAddress : address(f, "delivery"),
    birth,
  };
}

/** Adds the cross-field rules (phone market, postcodes, delivery, birth data) and the shaping for the engine. */
export function withCheckoutRules<T extends typeof checkoutFields>(fields: T) {
  return fields
    .superRefine((f, ctx) => checkRules(f as Fields, ctx), {
      when: (payload) => typeof payload.value === "object" && payload.value !== null,
    })
    .transform((f) => ({ ...f, data: toCheckoutData(f as Fields) }));
}

export const checkoutSchema = withCheckoutRules(checkoutFields);

/** Field → message code, from a failed parse (browser side) or a tRPC zodError (server side). */
export type FieldErrors = Partial<Record<CheckoutField, string[]>>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}
