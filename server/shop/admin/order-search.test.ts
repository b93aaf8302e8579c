import { describe, expect, it } from "vitest";
import { orderReference } from "../orders/order-reference";
import { orderSearchTerm } from "./order-search";

describe("orderSearchTerm", () => {
  const id = "3f2a9c1b-7d4e-4a5b-9c6d-0e1f2a3b4c5d";

  it("turns the shopper's reference back into the start of the order id", () => {
    expect(id.startsWith(orderSearchTerm(orderReference(id)))).toBe(true);
    expect(orderSearchTerm("3F2A9C1B7D")).toBe("3f2a9c1b-7d");
  });

  it("keeps an id, its dashed start, a name or an email as typed", () => {
    expect(orderSearchTerm(id)).toBe(id);
    expect(orderSearchTerm("3f2a9c1b")).toBe("3f2a9c1b");
    expect(orderSearchTerm("  Claire   Martin ")).toBe("Claire Martin");
    expect(orderSearchTerm("claire@example.com")).toBe("claire@example.com");
  });
});
