import { describe, expect, it } from "vitest";
import { addDuration, durationMs, parseDuration } from "./duration";

const utc = (iso: string) => Date.parse(iso);

describe("ISO 8601 durations on the sandbox clock", () => {
  it("parses dates, times, weeks and plain seconds", () => {
    expect(parseDuration("P1Y2M3DT4H5M6S")).toEqual({ years: 1, months: 2, days: 3, seconds: 4 * 3600 + 5 * 60 + 6 });
    expect(parseDuration("P2W")).toEqual({ years: 0, months: 0, days: 14, seconds: 0 });
    expect(parseDuration("PT0.5S").seconds).toBe(0.5);
    expect(parseDuration(90)).toEqual({ years: 0, months: 0, days: 0, seconds: 90 });
  });

  it("refuses what is not a duration", () => {
    for (const bad of ["P", "PT", "3M", "P-1D", "P1.5M", "", "PT1H2D"]) expect(() => parseDuration(bad), bad).toThrow();
    expect(() => parseDuration(-1)).toThrow();
    expect(() => parseDuration(Number.NaN)).toThrow();
  });

  it("adds calendar months, clamping to the end of shorter months", () => {
    expect(addDuration(utc("2024-01-31T10:00:00Z"), parseDuration("P1M"))).toBe(utc("2024-02-29T10:00:00Z"));
    expect(addDuration(utc("2024-11-15T00:00:00Z"), parseDuration("P3M"))).toBe(utc("2025-02-15T00:00:00Z"));
    expect(addDuration(utc("2024-03-01T00:00:00Z"), parseDuration("P1Y"))).toBe(utc("2025-03-01T00:00:00Z"));
  });

  it("adds days and time exactly", () => {
    expect(durationMs(utc("2024-03-30T00:00:00Z"), "P1DT1H")).toBe(25 * 3600 * 1000);
    expect(durationMs(0, 1.5)).toBe(1500);
  });
});
