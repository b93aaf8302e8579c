"use client";
import { type Dispatch, type SetStateAction, useEffect, useState } from "react";
import { CHECKOUT_DRAFT_KEY } from "@/server/shop/checkout/form-fields";
import { type CheckoutField, type CheckoutForm, emptyCheckoutForm } from "@/server/shop/checkout/field-rules";
import type { Country } from "@/server/shop/i18n/locales";

// Contact and addresses survive a trip to the bank and back within the tab
// (after an aborted or refused financing: "Choisir une autre solution" finds
// the form filled); the return page forgets them once the financing went
// through. Birth data is never stored.
const NOT_KEPT: CheckoutField[] = ["birthDate", "birthName", "birthCity", "birthCountry", "solutionCode"];

/** The checkout form's values, restored from the tab's draft after hydration and saved back as the shopper types. */
export function useCheckoutDraft(country: Country): [CheckoutForm, Dispatch<SetStateAction<CheckoutForm>>] {
  const [values, setValues] = useState<CheckoutForm>(() => ({ ...emptyCheckoutForm(country), birthCountry: country }));

  useEffect(() => {
    const draft = sessionStorage.getItem(CHECKOUT_DRAFT_KEY);
    if (!draft) return;
    try {
      const saved = JSON.parse(draft) as Partial<CheckoutForm>;
      // eslint-disable-next-line react-hooks/set-state-in-effect -- restoring browser-only state after hydration
      setValues((v) => ({ ...v, ...saved }));
    } catch {
      sessionStorage.removeItem(CHECKOUT_DRAFT_KEY);
    }
  }, []);

  useEffect(() => {
    const kept = Object.fromEntries(Object.entries(values).filter(([key]) => !NOT_KEPT.includes(key as CheckoutField)));
    sessionStorage.setItem(CHECKOUT_DRAFT_KEY, JSON.stringify(kept));
  }, [values]);

  return [values, setValues];
}
