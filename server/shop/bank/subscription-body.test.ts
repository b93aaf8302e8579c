import { describe, expect, it } from "vitest";
import { BANK_FIELD_LIMITS, subscriptionRequest, type SubscriptionApplication } from "./subscription-body";

type Line = SubscriptionApplication["lines"][number];
type Buyer = SubscriptionApplication["buyer"];
type Address = SubscriptionApplication["addresses"]["billing"];

const long = (n: number) => "x".repeat(n);
const order = { id: "o", reference: "0A1B2C3D4E", basketId: "b", merchantBuyerId: "m", solutionCode: "SCFRLT-TXNO", financedCents: 150_000, currency: "EUR" };
const line: Line = { sku: "SKU-1", quantity: 1, model: "M", label: "L", unitPriceCents: 150_000, brand: "B", description: "D", specifications: "S", category: "C" };
const buyer: Buyer = { lastName: long(400), firstName: "Marie", commonTitle: "MRS", email: "m@example.fr", mobilePhone: "+33612345678", birthDate: "1985-06-15", birthName: long(400), birthCity: long(200), birthCountry: "FR" };
// An address stored under the older, looser rules of the checkout.
const address: Address = { streetNumber: 12, streetNumberSuffix: "quater", streetName: long(200), complement: long(200), zipCode: long(20), city: long(200), region: long(200), countryCode: "FR" };
const application: SubscriptionApplication = { order, lines: [line], buyer, addresses: { billing: address, delivery: address }, returnUrl: "https://shop.test/checkout/return/t" };

describe("the POST /subscriptions body", () => {
  const body = subscriptionRequest(application);
  const [first] = body.buyers!;

  it("keeps every field within the limits of both versions, whatever the order stored", () => {
    expect(first!.contact.lastName).toHaveLength(BANK_FIELD_LIMITS.name);
    expect(first!.birthName).toHaveLength(BANK_FIELD_LIMITS.name);
    expect(first!.birthCityName).toHaveLength(BANK_FIELD_LIMITS.city);
    for (const a of [first!.billingAddress, first!.deliveryAddress, first!.contactAddress]) {
      expect(a).toMatchObject({ streetNumberSuffix: "qua", countryCode: "FR" });
      expect(a.streetName).toHaveLength(BANK_FIELD_LIMITS.street);
      expect(a.streetNameComplement).toHaveLength(BANK_FIELD_LIMITS.street);
      expect(a.zipCode).toHaveLength(BANK_FIELD_LIMITS.zipCode);
      expect(a.cityName).toHaveLength(BANK_FIELD_LIMITS.city);
      expect(a.regionName).toHaveLength(BANK_FIELD_LIMITS.region);
    }
    expect(first!.contact.mobilePhoneNumber).toMatch(/^\+[1-9]\d{1,14}$/);
  });

  it("always names the return page, which 1.7.1 requires", () => {
    expect(body.merchantUrls.confirmation).toBe("https://shop.test/checkout/return/t");
  });

  it("asks for the order's amount in euros, keyed by the order id, its basket priced in euros and numbered as the shopper reads it", () => {
    const twoLines = subscriptionRequest({ ...application, order: { ...order, financedCents: 50_000 }, lines: [{ ...line, unitPriceCents: 30_000 }, { ...line, sku: "SKU-2", unitPriceCents: 10_000, quantity: 2 }] });
    expect(twoLines.merchantGlobalOrderId).toBe("o");
    expect(twoLines.financedAmount).toBe(500);
    expect(twoLines.basketDetails.basketItems.reduce((sum, item) => sum + item.price * 100 * item.quantity, 0)).toBeCloseTo(50_000);
    expect(twoLines.basketDetails.basketItems.map((item) => item.orderId)).toEqual(["0A1B2C3D4E", "0A1B2C3D4E"]);
    expect(twoLines.buyers?.[0]?.contact.mobilePhoneNumber).toBe("+33612345678");
  });

  it("sends birth data only when the order has it", () => {
    expect(first).toMatchObject({ birthDate: "1985-06-15", birthCountryName: "FR" });
    const noBirth = subscriptionRequest({ ...application, buyer: { ...buyer, birthDate: null, birthName: null, birthCity: null, birthCountry: null } });
    expect(noBirth.buyers?.[0]).not.toHaveProperty("birthDate");
  });
});
