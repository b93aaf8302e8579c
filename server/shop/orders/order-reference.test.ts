import { describe, expect, it } from "vitest";
import { orderReference } from "./order-reference";

describe("orderReference", () => {
  it("gives a short upper-case reference", () => {
    expect(orderReference("0b9e6c2e-4a5d-4f1e-9a4f-2c8d1f3e7a10")).toBe("0B9E6C2E4A");
  });
});
