import { z } from "zod";
import { SOLUTION_CODE } from "@/server/contract/patterns";
import { needsBirthData } from "../financing/solution-kind";
import { COUNTRIES, type Country } from "../i18n/locales";
import type { OrderAddress, OrderCheckout } from "../orders/order-input";
import {
  type CheckoutField,
  crossFieldIssues,
  type FieldErrorCode,
  type FieldErrors,
  STREET_NUMBER,
  TEXT_FIELDS,
  type TextField,
  TITLES,
} from "./field-rules";
import { isIsoCountry } from "./countries";
import { frenchRegion } from "./french-regions";
import { normaliseMobile } from "./phone";

export { ageOn, type CheckoutField, type CheckoutForm, type FieldErrorCode, type FieldErrors } from "./field-rules";

/**
 * The checkout form, checked for truth on the server: the rules of
 * field-rules.ts as a zod schema, plus the phone checked against the full
 * numbering plan (phone.ts), and the shaping for the order engine (`data`,
 * the engine's OrderCheckout). It is the one check of the order's input, as
 * the tRPC input of checkout.place: the engine does not parse it again. The
 * browser runs the same rules without zod (field-rules.ts), for comfort.
 *
 * Fields are flat (billingZipCode rather than billing.zipCode) because the
 * tRPC error formatter hands the browser `z.flattenError`, which keys
 * messages by top-level field. Messages are codes (keys of the `errors`
 * dictionary), so that each side shows them in the shopper's language.
 */
const err = (code: FieldErrorCode) => ({ error: code });

function textField(field: TextField) {
  const rule = TEXT_FIELDS[field];
  const trimmed = z.string().trim();
  const bounded = (rule.required ? trimmed.min(1, err("required")) : trimmed).max(rule.max, err("too_long"));
  const format = rule.format;
  // An empty field gets "required" only, not also "bad format".
  return format ? bounded.refine((value) => value === "" || format.pattern.test(value), err(format.code)) : bounded;
}

const country = z.enum(COUNTRIES, err("country"));
const text = Object.fromEntries((Object.keys(TEXT_FIELDS) as TextField[]).map((field) => [field, textField(field)])) as Record<TextField, ReturnType<typeof textField>>;

/** The fields without the cross-field rules: extend this, then apply `withCheckoutRules`. */
export const checkoutFields = z.object({
  commonTitle: z.enum(TITLES, err("title")),
  ...text,
  billingCountry: country,
  sameAsBilling: z.boolean(),
  deliveryCountry: country,
  solutionCode: z.string().regex(SOLUTION_CODE, err("solution")),
});

/** The region the shopper typed, else (in France) the postcode's région; "" when neither says it. */
export function regionOf(typed: string, zipCode: string, country: Country): string {
  return typed || (country === "FR" ? (frenchRegion(zipCode) ?? "") : "");
}

function splitStreetNumber(value: string): Pick<OrderAddress, "streetNumber" | "streetNumberSuffix"> {
  const match = STREET_NUMBER.exec(value);
  if (!match) return {};
  return { streetNumber: Number(match[1]), ...(match[2] ? { streetNumberSuffix: match[2] } : {}) };
}

type Fields = z.output<typeof checkoutFields>;

function address(f: Fields, prefix: "billing" | "delivery"): OrderAddress {
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
  for (const [field, code] of crossFieldIssues(f, new Date(), isIsoCountry)) issue(field, code);
}

function toOrderCheckout(f: Fields): OrderCheckout {
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
    .transform((f) => ({ ...f, data: toOrderCheckout(f as Fields) }));
}

export const checkoutSchema = withCheckoutRules(checkoutFields);

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}
