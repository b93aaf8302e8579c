import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestShop, type TestShop } from "../orders/engine.test-support";
import { delayAfter } from "@/server/lib/growing-delays";
import { clientAddress } from "./limiter-store";
import { LOGIN_POLICY, Throttle } from "./throttle";

let shop: TestShop;
beforeEach(() => {
  shop = createTestShop();
});
afterEach(() => shop.close());

const policy = { free: 3, baseSeconds: 2, maxSeconds: 60, windowSeconds: 3600 };

describe("the login throttle", () => {
  it("lets the free failures through, then waits longer after each one", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => delayAfter(n, policy))).toEqual([0, 0, 0, 2, 4, 8, 16, 32, 60]);
    expect(delayAfter(6, LOGIN_POLICY.account)).toBe(1);
  });

  it("refuses an account past its free failures, from any address, and a burst gets no more through", async () => {
    const throttle = new Throttle(shop.db, "t", { address: { ...policy, free: 100 }, account: policy });
    for (let i = 0; i < 4; i += 1) expect((await throttle.attempt({ address: `10.0.0.${i}`, account: "a@x" })).ok).toBe(true);
    const burst = await Promise.all(Array.from({ length: 50 }, (_, i) => throttle.attempt({ address: `10.0.1.${i}`, account: "a@x" })));
    expect(burst.filter((a) => a.ok)).toHaveLength(0);
    expect(burst[0]).toMatchObject({ ok: false, retryAfterSeconds: 2 });
    // Another account is not touched.
    expect((await throttle.attempt({ address: "10.0.0.1", account: "b@x" })).ok).toBe(true);
  });

  it("holds across a restart (the counts are in the database), and a success forgets the account's failures", async () => {
    const first = new Throttle(shop.db, "t", { address: { ...policy, free: 100 }, account: policy });
    for (let i = 0; i < 4; i += 1) await first.attempt({ address: "10.0.0.1", account: "a@x" });
    const restarted = new Throttle(shop.reopen(), "t", { address: { ...policy, free: 100 }, account: policy });
    expect(await restarted.attempt({ address: "10.0.0.1", account: "a@x" })).toMatchObject({ ok: false });
    const other = await restarted.attempt({ address: "10.0.0.1", account: "c@x" });
    expect(other.ok).toBe(true);
    if (other.ok) await other.succeeded();
  });

  it("throttles an address across accounts", async () => {
    const throttle = new Throttle(shop.db, "t", { address: policy, account: { ...policy, free: 100 } });
    for (let i = 0; i < 4; i += 1) expect((await throttle.attempt({ address: "10.9.9.9", account: `u${i}@x` })).ok).toBe(true);
    expect(await throttle.attempt({ address: "10.9.9.9", account: "new@x" })).toMatchObject({ ok: false });
    expect((await throttle.attempt({ address: "10.9.9.8", account: "new@x" })).ok).toBe(true);
  });

  it("reads the client's address from the last X-Forwarded-For hop", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
