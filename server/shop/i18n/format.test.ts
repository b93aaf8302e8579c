import { describe, expect, it } from "vitest";
import { formatters } from "./format";

// 17:09 UTC on a winter day: 18:09 in Paris and Berlin (UTC+1).
const WINTER = Date.UTC(2026, 10, 17, 17, 9);
const SUMMER = Date.UTC(2026, 6, 1, 17, 9);

describe("shop dates", () => {
  it("are in the shop's time zone, named, whatever the server's zone", () => {
    expect(formatters("fr", "FR").dateTime(WINTER)).toMatch(/18:09 UTC\+1$/);
    expect(formatters("de", "DE").dateTime(WINTER)).toMatch(/18:09 MEZ$/);
    expect(formatters("en", "FR").dateTime(SUMMER)).toMatch(/19:09 CEST$/);
  });

  it("give the day in that zone too, not UTC's", () => {
    const lateEvening = Date.UTC(2026, 11, 31, 23, 30);
    expect(formatters("fr", "FR").date(lateEvening)).toBe("1 janvier 2027");
  });
});
