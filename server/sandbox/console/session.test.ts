import { describe, expect, it } from "vitest";
import { isConsolePassword } from "../store/console-credential";
import { isValidSession, newSessionValue, SESSION_SECONDS } from "./session";

describe("console session", () => {
  it("checks the console password", () => {
    expect(isConsolePassword(process.env.SANDBOX_CONSOLE_PASSWORD || "sandbox")).toBe(true);
    expect(isConsolePassword("sandbox!")).toBe(false);
    expect(isConsolePassword("")).toBe(false);
  });

  it("accepts its own cookie until it expires", () => {
    const now = Date.UTC(2025, 0, 1);
    const value = newSessionValue(now);
    expect(isValidSession(value, now + 1000)).toBe(true);
    expect(isValidSession(value, now + SESSION_SECONDS * 1000 + 1)).toBe(false);
  });

  it("refuses a forged or altered cookie", () => {
    const now = Date.UTC(2025, 0, 1);
    const [expiry, signature] = newSessionValue(now).split(".") as [string, string];
    expect(isValidSession(`${Number(expiry) + 3_600_000}.${signature}`, now)).toBe(false);
    expect(isValidSession(`${expiry}.${"A".repeat(43)}`, now)).toBe(false);
    expect(isValidSession(undefined, now)).toBe(false);
    expect(isValidSession("garbage", now)).toBe(false);
  });
});
