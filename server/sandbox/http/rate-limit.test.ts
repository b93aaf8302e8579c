import { describe, expect, it } from "vitest";
import { SlidingWindowLimiter } from "./rate-limit";

describe("SlidingWindowLimiter", () => {
  it("allows `limit` calls in a window and refuses the next with the seconds to wait", () => {
    const limiter = new SlidingWindowLimiter(3, 60_000);
    expect(limiter.take("a", 0).allowed).toBe(true);
    expect(limiter.take("a", 10_000).allowed).toBe(true);
    expect(limiter.take("a", 20_000).allowed).toBe(true);
    expect(limiter.take("a", 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(limiter.take("a", 59_999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // The first call leaves the window: room for one more, not two.
    expect(limiter.take("a", 60_000).allowed).toBe(true);
    expect(limiter.take("a", 60_001)).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it("counts each client apart and forgets on demand", () => {
    const limiter = new SlidingWindowLimiter(1, 60_000);
    expect(limiter.take("a", 0).allowed).toBe(true);
    expect(limiter.take("b", 0).allowed).toBe(true);
    expect(limiter.take("a", 1).allowed).toBe(false);
    limiter.forget("a");
    expect(limiter.take("a", 2).allowed).toBe(true);
  });

  it("never lets more than `limit` calls through in any window", () => {
    const limiter = new SlidingWindowLimiter(5, 1000);
    const accepted: number[] = [];
    for (let t = 0; t < 5000; t += 37) if (limiter.take("c", t).allowed) accepted.push(t);
    for (const start of accepted) expect(accepted.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(5);
  });
});
