import { describe, expect, it } from "vitest";
import { checkoutForm } from "@/tests/support/checkout-form";
import { isIsoCountry } from "./countries";
import { checkCheckoutForm, type CheckoutForm, mobileShapeError } from "./field-rules";
import { checkoutSchema, fieldErrorsOf } from "./schema";

// The storefront's own fixture (tests/support/checkout-form.ts), without the attempt's key.
const { idempotencyKey: _key, ...fixture } = checkoutForm({ idempotencyKey: "-", solutionCode: "SCFRSP-3XTS" });
const valid = fixture as CheckoutForm;

const server = (form: CheckoutForm) => {
  const result = checkoutSchema.safeParse(form);
  return result.success ? {} : fieldErrorsOf(result.error);
};

// Forms the shopper may send, each wrong in its own way (or not at all).
const forms: Partial<CheckoutForm>[] = [
  {},
  { firstName: " ", lastName: "D4rk", email: "marie@", billingZipCode: "7500" },
  { firstName: "x".repeat(51), billingStreetNumber: "12 quater", billingCity: "" },
  { mobilePhone: "01 23 45 67 89" },
  { mobilePhone: "+33 (0)1 23 45 67 89" },
  { mobilePhone: "+49 151 23456789" },
  { mobilePhone: "0151 23456789" },
  { mobilePhone: "06 12 34 56 78 <" },
  { mobilePhone: "12" },
  { billingCountry: "DE", deliveryCountry: "DE", billingZipCode: "10115", mobilePhone: "0151 23456789", solutionCode: "SCDELT-DXTS", birthDate: "1980-02-29", birthCity: "Berlin", birthCountry: "DE" },
  { billingCountry: "DE", billingZipCode: "10115", billingRegion: "Berlin", mobilePhone: "+33 6 12 34 56 78" },
  { sameAsBilling: false, deliveryZipCode: "123", deliveryCountry: "DE" },
  { solutionCode: "SCFRLT-TXNO", birthDate: "2023-02-30", birthCity: "Lyon", birthCountry: "XX" },
  { solutionCode: "DROP TABLE", commonTitle: "DR" as "MR" },
  { billingZipCode: "98000" },
];

describe("the browser's checkout check", () => {
  it.each(forms)("says what the server says, the phone aside, and never refuses what the server takes (%j)", (changes) => {
    const form = { ...valid, ...changes };
    const mine = checkCheckoutForm(form, isIsoCountry);
    const theirs = server(form);
    const { mobilePhone: myPhone, ...myOthers } = mine;
    const { mobilePhone: theirPhone, ...theirOthers } = theirs;
    expect(myOthers).toEqual(theirOthers);
    // The phone by its shape only: when the browser flags it, the server says the same.
    if (myPhone) expect(theirPhone).toEqual(myPhone);
  });

  it("flags a French landline and a number of the other market, and leaves the numbering plan to the server", () => {
    expect(mobileShapeError("01 23 45 67 89", "FR")).toBe("phone_not_mobile");
    expect(mobileShapeError("+33 (0)7 12 34 56 78", "FR")).toBeNull();
    expect(mobileShapeError("+49 151 23456789", "FR")).toBe("phone_country_FR");
    expect(mobileShapeError("0033 6 12 34 56 78", "DE")).toBe("phone_country_DE");
    expect(mobileShapeError("0151 23456789", "DE")).toBeNull();
    expect(mobileShapeError("06-12", "FR")).toBe("phone_invalid");
    expect(mobileShapeError("06 12 34 56 78 ext", "FR")).toBe("phone_invalid");
  });
});
