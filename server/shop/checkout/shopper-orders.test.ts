import { describe, expect, it } from "vitest";
import { readsBank } from "./shopper-orders";

describe("when a shopper's view re-reads the bank", () => {
  const now = 1_000_000;

  it("back from the bank: always, even a moment after another read (the shopper may have decided since)", () => {
    expect(readsBank("return", { state: "pre_accepted", lastSyncedAt: now - 200 }, now)).toBe(true);
    expect(readsBank("return", { state: "awaiting_financing", lastSyncedAt: null }, now)).toBe(true);
  });

  it("a poll: only once the last read is a second old", () => {
    expect(readsBank("poll", { state: "awaiting_financing", lastSyncedAt: now - 999 }, now)).toBe(false);
    expect(readsBank("poll", { state: "awaiting_financing", lastSyncedAt: now - 1000 }, now)).toBe(true);
    expect(readsBank("poll", { state: "awaiting_financing", lastSyncedAt: null }, now)).toBe(true);
  });

  it("never for a final order, nor for a view that asks for none", () => {
    expect(readsBank("return", { state: "rejected", lastSyncedAt: null }, now)).toBe(false);
    expect(readsBank("poll", { state: "cancelled", lastSyncedAt: null }, now)).toBe(false);
    expect(readsBank("none", { state: "pending", lastSyncedAt: null }, now)).toBe(false);
  });
});
