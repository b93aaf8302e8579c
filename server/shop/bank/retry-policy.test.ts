import { describe, expect, it } from "vitest";
import { BankApiError } from "./errors";
import { backoffMs, DEFAULT_RETRY, nextDelayMs } from "./retry-policy";

describe("retry policy", () => {
  it("caps the exponential ceiling", () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffMs(a, DEFAULT_RETRY, top))).toEqual([199, 399, 799, 1599, 1999, 1999]);
    expect(backoffMs(3, DEFAULT_RETRY, () => 0)).toBe(0);
  });

  it("retries unsafe calls only after a 429", () => {
    const settings = { ...DEFAULT_RETRY, maxAttempts: 5 };
    const err = (httpStatus: number | null, kind: BankApiError["kind"] = "baas") => new BankApiError({ kind, httpStatus, message: "", operation: "op" });
    expect(nextDelayMs(err(503), "unsafe", 1, settings)).toBeNull();
    expect(nextDelayMs(err(null, "network"), "unsafe", 1, settings)).toBeNull();
    expect(nextDelayMs(err(429), "unsafe", 1, settings)).not.toBeNull();
    expect(nextDelayMs(err(503), "idempotent", 1, settings)).not.toBeNull();
    expect(nextDelayMs(err(500), "idempotent", 1, settings)).toBeNull();
    expect(nextDelayMs(err(503), "idempotent", 5, settings)).toBeNull();
  });

  it("waits for a 429's Retry-After once, then hands the error over; a 503's at each attempt", () => {
    const limited = new BankApiError({ kind: "baas", httpStatus: 429, message: "", operation: "op", retryAfterSeconds: 2 });
    expect(nextDelayMs(limited, "idempotent", 1, DEFAULT_RETRY)).toBe(2000);
    expect(nextDelayMs(limited, "idempotent", 2, DEFAULT_RETRY)).toBeNull();
    const unavailable = new BankApiError({ kind: "baas", httpStatus: 503, message: "", operation: "op", retryAfterSeconds: 1 });
    expect(nextDelayMs(unavailable, "idempotent", 2, DEFAULT_RETRY)).toBe(1000);
  });
});
