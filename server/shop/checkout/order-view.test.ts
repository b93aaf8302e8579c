import { describe, expect, it } from "vitest";
import { ORDER_STATES } from "@/db/shop/schema";
import { carrierName } from "@/server/shop/orders/carriers";
import { keepsCart, shippingStage, shopperOutcome } from "./order-view";

describe("shopper outcome", () => {
  it("covers every merchant state", () => {
    for (const state of ORDER_STATES) expect(shopperOutcome(state)).toBeTypeOf("string");
  });

  it("maps the bank's outcomes the shopper cares about", () => {
    expect(shopperOutcome("awaiting_financing")).toBe("pending");
    expect(shopperOutcome("accepted_to_ship")).toBe("accepted");
    expect(shopperOutcome("funded")).toBe("accepted");
    expect(shopperOutcome("pre_accepted")).toBe("pre_accepted");
    expect(shopperOutcome("rejected")).toBe("rejected");
    expect(shopperOutcome("aborted")).toBe("aborted");
  });

  it("keeps the cart unless the financing went through", () => {
    expect(keepsCart("rejected")).toBe(true);
    expect(keepsCart("aborted")).toBe(true);
    expect(keepsCart("pending")).toBe(true);
    expect(keepsCart("accepted")).toBe(false);
    expect(keepsCart("pre_accepted")).toBe(false);
  });

  it("says shipped only once the merchant confirmed the delivery, and nothing to ship for an order not going ahead", () => {
    expect(shippingStage("accepted_to_ship", false)).toBe("preparing");
    expect(shippingStage("accepted_to_ship", true)).toBe("delivered");
    expect(shippingStage("funded", false)).toBe("delivered");
    expect(shippingStage("partially_cancelled", false)).toBe("preparing");
    expect(shippingStage("cancelled", true)).toBe("none");
    expect(shippingStage("rejected", false)).toBe("none");
  });

  it("names the carrier as it names itself, and none for 'other'", () => {
    expect(carrierName("CHRONOPOST")).toBe("Chronopost");
    expect(carrierName("UNKNOWN")).toBeNull();
    expect(carrierName(null)).toBeNull();
  });
});
