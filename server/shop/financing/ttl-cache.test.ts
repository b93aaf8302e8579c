import { describe, expect, it, vi } from "vitest";
import { createTtlCache } from "./ttl-cache";

function clock(start = 1_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("ttl cache", () => {
  it("loads a key once per time-to-live", async () => {
    const c = clock();
    const cache = createTtlCache<string, number>({ ttlMs: 300_000, errorTtlMs: 10_000, maxEntries: 10, now: c.now });
    const load = vi.fn(async () => 42);
    for (let i = 0; i < 1000; i++) expect(await cache.get("a", load)).toBe(42);
    expect(load).toHaveBeenCalledTimes(1);
    c.advance(299_999);
    await cache.get("a", load);
    expect(load).toHaveBeenCalledTimes(1);
    c.advance(1);
    await cache.get("a", load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("shares one in-flight load between concurrent callers", async () => {
    const cache = createTtlCache<string, number>({ ttlMs: 1000, errorTtlMs: 0, maxEntries: 10 });
    let release!: (n: number) => void;
    const load = vi.fn(() => new Promise<number>((resolve) => (release = resolve)));
    const callers = Array.from({ length: 50 }, () => cache.get("a", load));
    await Promise.resolve();
    release(7);
    expect(await Promise.all(callers)).toEqual(Array(50).fill(7));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("keeps keys apart", async () => {
    const cache = createTtlCache<string, string>({ ttlMs: 1000, errorTtlMs: 0, maxEntries: 10 });
    expect(await cache.get("a", async () => "A")).toBe("A");
    expect(await cache.get("b", async () => "B")).toBe("B");
  });

  it("remembers a failure only for the error time-to-live", async () => {
    const c = clock();
    const cache = createTtlCache<string, number>({ ttlMs: 300_000, errorTtlMs: 10_000, maxEntries: 10, now: c.now });
    const load = vi.fn(async () => {
      throw new Error("bank down");
    });
    await expect(cache.get("a", load)).rejects.toThrow("bank down");
    await expect(cache.get("a", load)).rejects.toThrow("bank down");
    expect(load).toHaveBeenCalledTimes(1);
    c.advance(10_000);
    await expect(cache.get("a", async () => 1)).resolves.toBe(1);
  });

  it("forgets a failure at once when errorTtlMs is 0", async () => {
    const cache = createTtlCache<string, number>({ ttlMs: 300_000, errorTtlMs: 0, maxEntries: 10 });
    await expect(cache.get("a", async () => Promise.reject(new Error("x")))).rejects.toThrow();
    await Promise.resolve();
    expect(await cache.get("a", async () => 2)).toBe(2);
  });

  it("turns a synchronous throw of the loader into a rejection", async () => {
    const cache = createTtlCache<string, number>({ ttlMs: 1000, errorTtlMs: 0, maxEntries: 10 });
    await expect(
      cache.get("a", () => {
        throw new Error("sync");
      }),
    ).rejects.toThrow("sync");
  });

  it("drops the oldest entries beyond maxEntries", async () => {
    const cache = createTtlCache<number, number>({ ttlMs: 1000, errorTtlMs: 0, maxEntries: 3 });
    for (let i = 0; i < 10; i++) await cache.get(i, async () => i);
    expect(cache.size).toBe(3);
    const load = vi.fn(async () => 0);
    await cache.get(0, load);
    expect(load).toHaveBeenCalledTimes(1);
    await cache.get(9, load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("serves the last good value when a reload fails, for staleIfErrorMs past its time-to-live, then the failure", async () => {
    const c = clock();
    const cache = createTtlCache<string, number>({ ttlMs: 1_000, errorTtlMs: 100, maxEntries: 10, staleIfErrorMs: 5_000, now: c.now });
    expect(await cache.get("a", async () => 1)).toBe(1);
    const failing = vi.fn(async () => Promise.reject(new Error("429")));
    c.advance(1_000);
    expect(await cache.get("a", failing)).toBe(1);
    // The failure is remembered for the error time-to-live only: the bank is asked again after it.
    expect(await cache.get("a", failing)).toBe(1);
    expect(failing).toHaveBeenCalledTimes(1);
    c.advance(100);
    expect(await cache.get("a", failing)).toBe(1);
    expect(failing).toHaveBeenCalledTimes(2);
    c.advance(4_900);
    await expect(cache.get("a", failing)).rejects.toThrow("429");
    c.advance(100);
    expect(await cache.get("a", async () => 2)).toBe(2);
  });

  it("serves no stale value unless asked to", async () => {
    const c = clock();
    const cache = createTtlCache<string, number>({ ttlMs: 1_000, errorTtlMs: 100, maxEntries: 10, now: c.now });
    await cache.get("a", async () => 1);
    c.advance(1_000);
    await expect(cache.get("a", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
  });
});
