"use client";
import type { TRPCClientErrorLike } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ChangeEvent, type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { visibleFields } from "@/server/shop/checkout/form-fields";
// The form's rules without zod or the phone library (the server checks again, in full, and has the last word).
import { type CheckoutField, type CheckoutForm as FormValues, checkCheckoutForm, type FieldErrors, TEXT_FIELDS } from "@/server/shop/checkout/field-rules";
import type { OffersResult } from "@/server/shop/financing/offer-types";
import { needsBirthData } from "@/server/shop/financing/solution-kind";
import { useI18n } from "@/app/_client/i18n";
import type { Country } from "@/server/shop/i18n/locales";
import { useTRPCClient } from "@/app/_client/trpc";
import type { AppRouter } from "@/server/shop/trpc/routers/_app";
import { Field } from "../_components/field";
import { setCountry } from "../preferences-actions";
import { AddressFields, type TextInput } from "./address-fields";
import { SolutionPicker } from "./solution-picker";
import { useCheckoutDraft } from "./use-checkout-draft";


/** What checkout.place answers, and how it fails (its error data as the router's error formatter shapes it). */
type PlaceResult = inferRouterOutputs<AppRouter>["checkout"]["place"];
type PlaceError = TRPCClientErrorLike<AppRouter>;

interface Props {
  offers: OffersResult;
  /** Why a financing is missing (server-rendered from the merchant's decision), under the choice. */
  financingNotes?: ReactNode;
  country: Country;
  idempotencyKey: string;
  /** Every country of birth with its name in the shopper's language, sorted (made on the server: no list ships to the browser). */
  birthCountries: { code: string; name: string }[];
}

export function CheckoutForm({ offers, financingNotes, country, idempotencyKey, birthCountries }: Props) {
  const { t } = useI18n();
  const trpc = useTRPCClient();
  const router = useRouter();
  const [values, setValues] = useCheckoutDraft(country);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [bankError, setBankError] = useState<{ message: string; orderToken?: string } | null>(null);
  // Sending the order, then on the way to the bank's journey once it answered one.
  const [placing, setPlacing] = useState<"no" | "sending" | "leaving">("no");
  const [switchingCountry, startCountrySwitch] = useTransition();
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // The billing country is the shop's country: it decides the offers shown.
  const current: FormValues = { ...values, billingCountry: country };
  const available = offers.status === "ok" ? offers.offers : [];
  const selected = available.find((o) => o.solutionCode === current.solutionCode);
  const askBirth = selected ? needsBirthData(selected.solutionCode) : false;

  useEffect(() => {
    // Back from the bank with the browser's back button, the page may come from the
    // back/forward cache with its form spent: load it afresh (and with a new attempt key).
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, []);

  const knownCountries = useMemo(() => new Set(birthCountries.map((c) => c.code)), [birthCountries]);
  const validate = (next: FormValues): FieldErrors => checkCheckoutForm(next, (code) => knownCountries.has(code));

  const focusAlerts = () => requestAnimationFrame(() => summaryRef.current?.focus());

  const onPlaced = (result: PlaceResult) => {
    setPlacing(result.ok ? "leaving" : "no");
    if (!result.ok) {
      // The bank's refusal is an answer, not a crash: say what to do, keep the cart.
      setBankError({ message: result.message, orderToken: result.token });
      if (result.refresh) router.refresh();
      focusAlerts();
      return;
    }
    if (result.redirect.type === "url") window.location.assign(result.redirect.url);
    else router.push(`/checkout/bank/${result.token}`);
  };

  const onFailed = (error: PlaceError) => {
    setPlacing("no");
    // The server's messages are the same codes, keyed by the same flat fields as the browser's.
    const fieldErrors: FieldErrors | undefined = error.data?.zodError?.fieldErrors;
    if (fieldErrors && Object.keys(fieldErrors).length > 0) {
      setErrors(fieldErrors);
      setBankError(null);
    } else {
      setBankError({ message: t.errors.generic });
    }
    focusAlerts();
  };

  const set = (field: CheckoutField, value: string | boolean) => {
    const next = { ...current, [field]: value } as FormValues;
    setValues(next);
    // After a first submit, messages follow the shopper's corrections as they type.
    if (submitted) setErrors(validate(next));
  };

  const onChange = (field: CheckoutField) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => set(field, event.target.value);

  const onBlur = (field: CheckoutField) => () => {
    const fieldError = validate(current)[field];
    setErrors((e) => ({ ...e, [field]: current[field] === "" && !submitted ? undefined : fieldError }));
  };

  const onCountryChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const next = event.target.value as Country;
    setValues((v) => ({ ...v, solutionCode: "", deliveryCountry: v.sameAsBilling ? next : v.deliveryCountry }));
    const form = new FormData();
    form.set("country", next);
    startCountrySwitch(async () => {
      await setCountry(form);
      router.refresh();
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (placing !== "no") return;
    setSubmitted(true);
    setBankError(null);
    const found = validate(current);
    setErrors(found);
    const invalid = Object.keys(found) as CheckoutField[];
    if (invalid.length > 0) {
      const first = invalid
        .map((field) => formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`))
        .find((el): el is HTMLElement => Boolean(el));
      (first ?? summaryRef.current)?.focus();
      return;
    }
    setPlacing("sending");
    trpc.checkout.place.mutate({ ...current, idempotencyKey }).then(onPlaced, onFailed);
  };

  const message = (field: CheckoutField) => {
    const code = errors[field]?.[0];
    if (!code) return undefined;
    if (code === "too_long") {
      const max = field in TEXT_FIELDS ? TEXT_FIELDS[field as keyof typeof TEXT_FIELDS].max : null;
      if (max) return t.errors.tooLong(max);
    }
    const text = (t.errors as Record<string, unknown>)[code];
    return typeof text === "string" ? text : t.errors.generic;
  };

  // Only what the shopper can see and correct: a hidden delivery address or birth block is not counted.
  const shown = visibleFields({ sameAsBilling: current.sameAsBilling, askBirth });
  const invalidShown = shown.filter((field) => (errors[field]?.length ?? 0) > 0);
  const errorCount = invalidShown.length;
  const anchorOf = (field: CheckoutField) => (field === "solutionCode" ? `solution-${available[0]?.solutionCode ?? ""}` : `f-${field}`);
  const billingLabels: Record<string, string> = {
    StreetNumber: t.checkout.streetNumber,
    StreetName: t.checkout.streetName,
    Complement: t.checkout.complement,
    ZipCode: t.checkout.zipCode,
    City: t.checkout.city,
    Region: t.checkout.region,
    Country: t.checkout.country,
  };
  const otherLabels: Partial<Record<CheckoutField, string>> = {
    commonTitle: t.checkout.commonTitle,
    firstName: t.checkout.firstName,
    lastName: t.checkout.lastName,
    email: t.checkout.email,
    mobilePhone: t.checkout.mobile,
    sameAsBilling: t.checkout.sameAsBilling,
    birthDate: t.checkout.birthDate,
    birthName: t.checkout.birthName,
    birthCity: t.checkout.birthCity,
    birthCountry: t.checkout.birthCountry,
    solutionCode: t.checkout.financing,
  };
  // The summary's names: the delivery address's fields are the billing ones, marked as the delivery's.
  const labelOf = (field: CheckoutField): string => {
    const delivery = /^delivery(.+)$/.exec(field)?.[1];
    if (delivery) return `${billingLabels[delivery]} (${t.checkout.deliveryAddress})`;
    const billing = /^billing(.+)$/.exec(field)?.[1];
    return billing ? billingLabels[billing]! : otherLabels[field]!;
  };
  // Once the bank has given a journey the shopper is on the way there; a refusal leaves the form usable.
  const busy = placing !== "no";

  const text: TextInput = (field, label, opts = {}) => (
    <Field id={`f-${field}`} label={label} error={message(field)} hint={opts.hint} required={opts.required !== false} requiredLabel={t.checkout.required} className={opts.className}>
      {(control) => (
        <input
          {...control}
          name={field}
          type={opts.type ?? "text"}
          inputMode={opts.inputMode}
          autoComplete={opts.autoComplete}
          value={current[field] as string}
          onChange={onChange(field)}
          onBlur={onBlur(field)}
        />
      )}
    </Field>
  );

  const address = (prefix: "billing" | "delivery") => (
    <AddressFields
      prefix={prefix}
      country={current[`${prefix}Country`]}
      text={text}
      countryError={message(`${prefix}Country`)}
      onCountryChange={prefix === "billing" ? onCountryChange : onChange("deliveryCountry")}
      countryDisabled={prefix === "billing" && switchingCountry}
    />
  );

  return (
    <form ref={formRef} className="checkout-form" noValidate onSubmit={onSubmit} aria-busy={busy}>
      <div ref={summaryRef} tabIndex={-1} className="form-alerts">
        {submitted && errorCount > 0 && (
          <div role="alert" className="alert alert-error" data-testid="error-summary">
            <p>{t.checkout.fixErrors(errorCount)}</p>
            <ul className="error-links">
              {invalidShown.map((field) => (
                <li key={field}>
                  <a href={`#${anchorOf(field)}`}>
                    {t.checkout.errorLink(labelOf(field), message(field) ?? "")}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {bankError && (
          <div role="alert" className="alert alert-error">
            <p>{bankError.message}</p>
            {bankError.orderToken && (
              <p>
                <Link href={`/orders/${bankError.orderToken}`}>{t.result.followOrder}</Link>
              </p>
            )}
          </div>
        )}
      </div>

      <fieldset>
        <legend>{t.checkout.contact}</legend>
        <div className="field-grid">
          <Field id="f-commonTitle" label={t.checkout.commonTitle} error={message("commonTitle")} required requiredLabel={t.checkout.required} className="span-1">
            {(control) => (
              <select {...control} name="commonTitle" autoComplete="honorific-prefix" value={current.commonTitle} onChange={onChange("commonTitle")}>
                <option value="MRS">{t.checkout.titles.MRS}</option>
                <option value="MR">{t.checkout.titles.MR}</option>
              </select>
            )}
          </Field>
          {text("firstName", t.checkout.firstName, { autoComplete: "given-name", className: "span-3" })}
          {text("lastName", t.checkout.lastName, { autoComplete: "family-name", className: "span-4" })}
          {text("email", t.checkout.email, { autoComplete: "email", type: "email", inputMode: "email", hint: t.checkout.emailHint, className: "span-4" })}
          {text("mobilePhone", t.checkout.mobile, { autoComplete: "mobile tel", type: "tel", inputMode: "tel", hint: t.checkout.mobileHint(country), className: "span-4" })}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t.checkout.billingAddress}</legend>
        {address("billing")}
      </fieldset>

      <fieldset>
        <legend>{t.checkout.deliveryAddress}</legend>
        <div className="checkbox">
          <input id="f-sameAsBilling" name="sameAsBilling" type="checkbox" checked={current.sameAsBilling} onChange={(event) => set("sameAsBilling", event.target.checked)} />
          <label htmlFor="f-sameAsBilling">{t.checkout.sameAsBilling}</label>
        </div>
        {!current.sameAsBilling && address("delivery")}
      </fieldset>

      <SolutionPicker
        offers={offers}
        value={current.solutionCode}
        onChange={(code) => set("solutionCode", code)}
        error={message("solutionCode")}
        loading={switchingCountry}
        notes={financingNotes}
      />

      {askBirth && (
        <fieldset>
          <legend>{t.checkout.birth}</legend>
          <p className="hint">{t.checkout.birthHint}</p>
          <div className="field-grid">
            {text("birthDate", t.checkout.birthDate, { autoComplete: "bday", type: "date", className: "span-2" })}
            {text("birthName", t.checkout.birthName, { required: false, className: "span-2" })}
            {text("birthCity", t.checkout.birthCity, { className: "span-2" })}
            <Field id="f-birthCountry" label={t.checkout.birthCountry} error={message("birthCountry")} required requiredLabel={t.checkout.required} className="span-2">
              {(control) => (
                <select {...control} name="birthCountry" value={current.birthCountry} onChange={onChange("birthCountry")} onBlur={onBlur("birthCountry")}>
                  <option value="">—</option>
                  {birthCountries.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </fieldset>
      )}

      <p className="hint">{t.checkout.legal}</p>
      <button type="submit" className="button button-block button-large" disabled={busy || available.length === 0 || switchingCountry}>
        {busy ? t.checkout.placing : selected ? t.checkout.confirm(selected.merchantTitle ?? selected.kit.title) : t.checkout.confirmGeneric}
      </button>
    </form>
  );
}
