import { describe, expect, it } from "vitest";
import { isMarketPhone } from "./subscription-checks";

describe("isMarketPhone", () => {
  it("accepts French numbers for FR and German numbers for DE, in international format", () => {
    expect(isMarketPhone("+33755556666", "FR")).toBe(true);
    expect(isMarketPhone("+33 7 55 55 66 66", "FR")).toBe(true);
    expect(isMarketPhone("+4915123456789", "DE")).toBe(true);
  });

  it("refuses the other market, national formats and impossible lengths", () => {
    expect(isMarketPhone("+4915123456789", "FR")).toBe(false);
    expect(isMarketPhone("+33755556666", "DE")).toBe(false);
    expect(isMarketPhone("0755556666", "FR")).toBe(false);
    expect(isMarketPhone("+337", "FR")).toBe(false);
    expect(isMarketPhone("not a phone", "FR")).toBe(false);
  });
});
