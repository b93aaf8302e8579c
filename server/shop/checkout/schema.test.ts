import { describe, expect, it } from "vitest";
import { ageOn, type CheckoutForm, checkoutFields, checkoutSchema, fieldErrorsOf, withCheckoutRules } from "./schema";
import { z } from "zod";
import { filledCheckoutForm } from "./checkout-form.test-support";

const valid: CheckoutForm = filledCheckoutForm({
  firstName: "Marie",
  lastName: "Dupont-Lefèvre",
  email: "marie.dupont@example.com",
  billingStreetNumber: "12 bis",
  solutionCode: "SCFRSP-3XTS",
});

function errorsOf(form: Partial<CheckoutForm>) {
  const result = checkoutSchema.safeParse({ ...valid, ...form });
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("checkout schema", () => {
  it("shapes a valid split-payment form for the engine", () => {
    const { data } = checkoutSchema.parse(valid);
    expect(data.buyer).toEqual({
      commonTitle: "MRS",
      firstName: "Marie",
      lastName: "Dupont-Lefèvre",
      email: "marie.dupont@example.com",
      mobilePhoneNumber: "+33612345678",
    });
    expect(data.billingAddress).toEqual({
      streetNumber: 12,
      streetNumberSuffix: "bis",
      streetName: "rue de la Paix",
      zipCode: "75002",
      cityName: "Paris",
      regionName: "Île-de-France",
      countryCode: "FR",
    });
    expect(data.deliveryAddress).toEqual(data.billingAddress);
    expect(data.birth).toBeNull();
  });

  it("puts each message next to its field, as codes", () => {
    expect(errorsOf({ firstName: " ", email: "marie@", mobilePhone: "01 23 45 67 89", billingZipCode: "7500" })).toEqual({
      firstName: ["required"],
      email: ["email"],
      mobilePhone: ["phone_not_mobile"],
      billingZipCode: ["zip_FR"],
    });
  });

  it("wants the mobile of the billing country, the solutions' market", () => {
    expect(errorsOf({ billingCountry: "DE", billingZipCode: "10115", solutionCode: "SCDELT-DXTS", birthDate: "1980-02-29", birthCity: "Berlin", birthCountry: "DE" })).toEqual({
      mobilePhone: ["phone_country_DE"],
    });
    const { data } = checkoutSchema.parse({
      ...valid,
      billingCountry: "DE",
      billingZipCode: "10115",
      mobilePhone: "0151 23456789",
      solutionCode: "SCDELT-DXTS",
      birthDate: "1980-02-29",
      birthCity: "Berlin",
      birthCountry: "DE",
    });
    expect(data.buyer.mobilePhoneNumber).toBe("+4915123456789");
  });

  it("checks the delivery address only when it differs from billing", () => {
    expect(errorsOf({ sameAsBilling: false })).toEqual({
      deliveryStreetName: ["required"],
      deliveryZipCode: ["required"],
      deliveryCity: ["required"],
    });
    const { data } = checkoutSchema.parse({
      ...valid,
      sameAsBilling: false,
      deliveryStreetName: "Hauptstraße",
      deliveryStreetNumber: "5",
      deliveryZipCode: "10115",
      deliveryCity: "Berlin",
      deliveryRegion: "Berlin",
      deliveryCountry: "DE",
    });
    expect(data.deliveryAddress).toEqual({ streetNumber: 5, streetName: "Hauptstraße", zipCode: "10115", cityName: "Berlin", regionName: "Berlin", countryCode: "DE" });
  });

  it("asks for birth data for long credit only, and an adult's", () => {
    expect(errorsOf({ solutionCode: "SCFRLT-TXNO" })).toEqual({ birthDate: ["required"], birthCity: ["required"], birthCountry: ["required"] });
    expect(errorsOf({ solutionCode: "SCFRLT-TXNO", birthDate: "2023-02-30", birthCity: "Lyon", birthCountry: "FR" })).toEqual({ birthDate: ["birth_date"] });
    const minor = new Date(Date.now() - 10 * 365 * 86400_000).toISOString().slice(0, 10);
    expect(errorsOf({ solutionCode: "SCFRLT-TXNO", birthDate: minor, birthCity: "Lyon", birthCountry: "FR" })).toEqual({ birthDate: ["too_young"] });
    expect(errorsOf({ solutionCode: "SCFRLT-TXNO", birthDate: "1985-06-15", birthCity: "Lyon", birthCountry: "XX" })).toEqual({ birthCountry: ["country"] });
    const { data } = checkoutSchema.parse({ ...valid, solutionCode: "SCFRLT-TXNO", birthDate: "1985-06-15", birthCity: "Lyon", birthCountry: "FR" });
    expect(data.birth).toEqual({ birthDate: "1985-06-15", birthCityName: "Lyon", birthCountryName: "FR" });
  });

  it("keeps the street number suffix within the bank's 3 characters (1.7.1)", () => {
    expect(errorsOf({ billingStreetNumber: "12 ter" })).toEqual({});
    expect(errorsOf({ billingStreetNumber: "12 quater" })).toMatchObject({ billingStreetNumber: ["street_number"] });
  });

  it("refuses unknown titles, countries and malformed solution codes", () => {
    expect(errorsOf({ commonTitle: "DR" as "MR", billingCountry: "GB" as "FR", solutionCode: "DROP TABLE" })).toMatchObject({
      commonTitle: ["title"],
      billingCountry: ["country"],
      solutionCode: ["solution"],
    });
  });

  it("can be extended with server-only fields and keep its rules", () => {
    const schema = withCheckoutRules(checkoutFields.extend({ idempotencyKey: z.uuid() }));
    expect(schema.safeParse({ ...valid, idempotencyKey: "nope" }).success).toBe(false);
    expect(schema.safeParse({ ...valid, mobilePhone: "123", idempotencyKey: crypto.randomUUID() }).success).toBe(false);
    expect(schema.parse({ ...valid, idempotencyKey: "6f1c2b7e-4d3a-4e8b-9c5d-0a1b2c3d4e5f" }).idempotencyKey).toBe("6f1c2b7e-4d3a-4e8b-9c5d-0a1b2c3d4e5f");
  });

  it("computes ages on birthdays correctly", () => {
    const today = new Date(Date.UTC(2026, 5, 15));
    expect(ageOn("2008-06-15", today)).toBe(18);
    expect(ageOn("2008-06-16", today)).toBe(17);
    expect(ageOn("2008-13-01", today)).toBeNull();
  });
});

describe("checkout schema on hostile input", () => {
  it("reports missing fields instead of crashing on a partial body", () => {
    const result = checkoutSchema.safeParse({ email: "marie@", mobilePhone: "+49 151 23456789", billingCountry: "FR" });
    expect(result.success).toBe(false);
    const errors = fieldErrorsOf(result.error!);
    expect(errors.email).toEqual(["email"]);
    expect(errors.mobilePhone).toEqual(["phone_country_FR"]);
    expect(errors.firstName).toBeDefined();
  });

  it.each([null, "text", 42, []])("refuses %j as a whole", (value) => {
    expect(checkoutSchema.safeParse(value).success).toBe(false);
  });

  it("derives a French address's région from its postcode, and asks for the region only where the postcode does not say it", () => {
    const { data } = checkoutSchema.parse({ ...valid, billingRegion: "", billingZipCode: "69001", billingCity: "Lyon" });
    expect(data.billingAddress.regionName).toBe("Auvergne-Rhône-Alpes");
    expect(checkoutSchema.parse({ ...valid, billingRegion: "Rhône" }).data.billingAddress.regionName).toBe("Rhône");
    expect(errorsOf({ billingRegion: "", billingZipCode: "98000" })).toEqual({ billingRegion: ["required"] });
    expect(
      errorsOf({ billingRegion: "", billingCountry: "DE", birthCountry: "DE", billingZipCode: "10115", mobilePhone: "0151 23456789", deliveryCountry: "DE" }),
    ).toEqual({ billingRegion: ["required"] });
  });
});
