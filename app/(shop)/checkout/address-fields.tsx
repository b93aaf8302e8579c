import type { ChangeEvent, ReactNode } from "react";
import type { CheckoutField } from "@/server/shop/checkout/field-rules";
import { useI18n } from "@/app/_client/i18n";
import { COUNTRIES, type Country } from "@/server/shop/i18n/locales";
import { Field } from "../_components/field";

export interface TextOptions {
  autoComplete?: string;
  required?: boolean;
  hint?: string;
  type?: string;
  inputMode?: "tel" | "email" | "numeric";
  className?: string;
}

/** One text field of the checkout form, bound to its value, message and handlers by the form. */
export type TextInput = (field: CheckoutField, label: string, opts?: TextOptions) => ReactNode;

interface Props {
  prefix: "billing" | "delivery";
  /** The address's country: it orders the street fields and says whether the region may stay empty. */
  country: Country;
  text: TextInput;
  countryError?: string;
  onCountryChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  countryDisabled?: boolean;
}

/** The fields of the billing or the delivery address, laid out as the address's country writes it. */
export function AddressFields({ prefix, country, text, countryError, onCountryChange, countryDisabled }: Props) {
  const { t } = useI18n();
  const section = prefix === "billing" ? "billing" : "shipping";
  const countryField = `${prefix}Country` as const;
  const number = text(`${prefix}StreetNumber`, t.checkout.streetNumber, { required: false, className: "span-1" });
  const street = text(`${prefix}StreetName`, t.checkout.streetName, { autoComplete: `${section} address-line1`, className: "span-3" });
  return (
    <div className="field-grid">
      {/* As each country writes it: "12 rue de la Paix", "Hauptstraße 5". */}
      {country === "DE" ? (
        <>
          {street}
          {number}
        </>
      ) : (
        <>
          {number}
          {street}
        </>
      )}
      {text(`${prefix}Complement`, t.checkout.complement, { autoComplete: `${section} address-line2`, required: false, className: "span-4" })}
      {text(`${prefix}ZipCode`, t.checkout.zipCode, { autoComplete: `${section} postal-code`, inputMode: "numeric", className: "span-1" })}
      {text(`${prefix}City`, t.checkout.city, { autoComplete: `${section} address-level2`, className: "span-3" })}
      {/* A French postcode gives the région the bank needs: the shopper may leave it empty. */}
      {text(`${prefix}Region`, country === "FR" ? t.checkout.regionOptional : t.checkout.region, {
        autoComplete: `${section} address-level1`,
        required: country !== "FR",
        hint: country === "FR" ? t.checkout.regionHint : undefined,
        className: "span-2",
      })}
      <Field
        id={`f-${countryField}`}
        label={t.checkout.country}
        error={countryError}
        hint={prefix === "billing" ? t.checkout.billingCountryHint : undefined}
        required
        requiredLabel={t.checkout.required}
        className="span-2"
      >
        {(control) => (
          <select {...control} name={countryField} autoComplete={`${section} country`} value={country} disabled={countryDisabled} onChange={onCountryChange}>
            {COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {t.countries[c]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
