import { describe, expect, it } from "vitest";
import type { orderAddresses, orderBuyers, orderLines, orders } from "@/db/shop/schema";
import { BANK_FIELD_LIMITS, buildSubscriptionRequest } from "./subscription-request";

type Order = typeof orders.$inferSelect;
type Line = typeof orderLines.$inferSelect;
type Buyer = typeof orderBuyers.$inferSelect;
type Address = typeof orderAddresses.$inferSelect;

const long = (n: number) => "x".repeat(n);
const order = { id: "o", basketId: "b", merchantBuyerId: "m", publicToken: "t", solutionCode: "SCFRLT-TXNO", financedCents: 150_000, currency: "EUR" } as Order;
const line = { sku: "SKU-1", quantity: 1, model: "M", label: "L", unitPriceCents: 150_000, brand: "B", description: "D", specifications: "S", category: "C" } as Line;
const buyer = { lastName: long(400), firstName: "Marie", commonTitle: "MRS", email: "m@example.fr", mobilePhone: "+33612345678", birthDate: "1985-06-15", birthName: long(400), birthCity: long(200), birthCountry: "FR" } as Buyer;
// An address stored under the older, looser rules of the checkout.
const address = { streetNumber: 12, streetNumberSuffix: "quater", streetName: long(200), complement: long(200), zipCode: long(20), city: long(200), region: long(200), countryCode: "FR" } as Address;

describe("buildSubscriptionRequest", () => {
  const body = buildSubscriptionRequest(order, [line], buyer, { billing: address, delivery: address }, "https://shop.test");
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
});
