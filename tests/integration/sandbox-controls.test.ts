import { describe, expect, it } from "vitest";
import { bankBase, call, control, createSubscription, force, testMerchant, type BankErrorBody } from "./sandbox-support";

type MerchantView = { merchantId: string; clientId: string; solutionCodes: string[]; seeded: boolean; clock: { now: string; offsetSeconds: number } };

describe("sandbox controls", () => {
  it("need the console credential or the merchant's own token", async () => {
    expect((await control("GET", "/merchants", undefined, null)).status).toBe(401);
    expect((await control("GET", "/merchants", undefined, `Basic ${Buffer.from("console:wrong").toString("base64")}`)).status).toBe(401);
    const a = await testMerchant(["SCFRSP-3XTS"], "controls a");
    const b = await testMerchant(["SCFRSP-3XTS"], "controls b");
    const own = await control<MerchantView>("GET", "/merchants/me", undefined, `Bearer ${a.token}`);
    expect(own.status).toBe(200);
    expect(own.body.merchantId).toBe(a.merchantId);
    const foreign = await control<BankErrorBody>("GET", `/merchants/${b.merchantId}/clock`, undefined, `Bearer ${a.token}`);
    expect(foreign.status).toBe(403);
    // Listing and creating merchants is the console's.
    expect((await control("GET", "/merchants", undefined, `Bearer ${a.token}`)).status).toBe(401);
  });

  it("list the seeded merchants and the test merchants", async () => {
    const created = await testMerchant(["SCDELT-DXCO"], "controls list");
    const list = await control<{ merchants: MerchantView[] }>("GET", "/merchants");
    expect(list.status).toBe(200);
    const seeded = list.body.merchants.filter((m) => m.seeded).map((m) => m.clientId);
    expect(seeded).toContain("6f1c2b7e-4d3a-4e8b-9c5d-0a1b2c3d4e5f");
    expect(list.body.merchants.find((m) => m.merchantId === created.merchantId)?.solutionCodes).toEqual(["SCDELT-DXCO"]);
  });

  it("refuse an unknown solution code for a new merchant", async () => {
    const bad = await control<BankErrorBody>("POST", "/merchants", { name: "x", solutionCodes: ["SCFRSP-9XTS"] });
    expect(bad.status).toBe(400);
    expect(bad.body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
  });

  it("advance the merchant's clock by ISO 8601 durations or seconds, forward only", async () => {
    const m = await testMerchant(["SCFRSP-3XTS"], "controls clock");
    const before = await control<{ now: string }>("GET", `/merchants/me/clock`, undefined, `Bearer ${m.token}`);
    // Moving time moves subscriptions: the console's, not the merchant's token.
    expect((await control("POST", `/merchants/me/clock`, { advanceBy: "P1DT1H" }, `Bearer ${m.token}`)).status).toBe(403);
    const after = await control<{ now: string; offsetSeconds: number }>("POST", `/merchants/${m.merchantId}/clock`, { advanceBy: "P1DT1H" });
    expect(after.status).toBe(200);
    expect(after.body.offsetSeconds).toBe(25 * 3600);
    expect(Date.parse(after.body.now) - Date.parse(before.body.now)).toBeGreaterThanOrEqual(25 * 3600 * 1000);
    expect((await control("POST", `/merchants/${m.merchantId}/clock`, { advanceBy: 60 })).body).toMatchObject({ offsetSeconds: 25 * 3600 + 60 });
    expect((await control("POST", `/merchants/${m.merchantId}/clock`, { advanceBy: "yesterday" })).status).toBe(400);
    expect((await control("POST", `/merchants/${m.merchantId}/clock`, { advanceBy: -5 })).status).toBe(400);
    // The bank's dates follow the clock.
    const { id } = await createSubscription(m, "SCFRSP-3XTS", 100);
    const detail = await call<{ registrationTimestamp: string }>("retrieveCreditSubscription", { token: m.token, params: { creditSubscriptionId: id } });
    expect(Date.parse(detail.body.registrationTimestamp) - Date.now()).toBeGreaterThan(25 * 3600 * 1000 - 60_000);
  });

  it("force transitions through the state machine only, with the history kept", async () => {
    const m = await testMerchant(["SCFRSP-3XTS"], "controls force");
    const { id } = await createSubscription(m, "SCFRSP-3XTS", 100);
    const refused = await control<BankErrorBody>("POST", `/merchants/${m.merchantId}/subscriptions/${id}/transitions`, { action: "fund" });
    expect(refused.status).toBe(409);
    expect(refused.body.errorCode).toBe("OPERATION_NOT_ALLOWED");
    const unknown = await control<BankErrorBody>("POST", `/merchants/${m.merchantId}/subscriptions/${id}/transitions`, { action: "teleport" });
    expect(unknown.status).toBe(400);
    const rejected = await force(m, id, "reject");
    expect([rejected.status, rejected.subStatus]).toEqual(["REJECTED", "SUBSCRIPTION_REJECTED_BY_PRODUCER"]);
    expect(rejected.history.map((h) => [h.action, h.from?.status ?? null, h.to.status])).toEqual([
      ["create", null, "INITIALIZED"],
      ["producerReject", "INITIALIZED", "REJECTED"],
    ]);
    const again = await control<BankErrorBody>("POST", `/merchants/${m.merchantId}/subscriptions/${id}/transitions`, { action: "accept" });
    expect(again.status).toBe(409);
    expect(again.body.errorCode).toBe("INVALID_STATUS");
  });

  it("set the delays of the bank's later decisions", async () => {
    const m = await testMerchant(["SCFRLT-TXTS"], "controls settings");
    const put = await control<{ settings: { autoAcceptDelay: string; fundingDelay: string } }>("PUT", `/merchants/${m.merchantId}/settings`, {
      autoAcceptDelay: "PT1H",
    });
    expect(put.body.settings).toMatchObject({ autoAcceptDelay: "PT1H", fundingDelay: "P2D" });
    expect((await control("PUT", `/merchants/${m.merchantId}/settings`, { autoAcceptDelay: "soon" })).status).toBe(400);
    const { id } = await createSubscription(m, "SCFRLT-TXTS", 500);
    await force(m, id, "pre-accept", "sign");
    await control("POST", `/merchants/${m.merchantId}/clock`, { advanceBy: "PT59M" });
    const mid = await control<{ status: string }>("GET", `/merchants/${m.merchantId}/subscriptions/${id}`);
    expect(mid.body.status).toBe("PRE_ACCEPTED");
    await control("POST", `/merchants/${m.merchantId}/clock`, { advanceBy: "PT1M" });
    expect((await control<{ status: string }>("GET", `/merchants/${m.merchantId}/subscriptions/${id}`)).body.status).toBe("ACCEPTED");
  });

  it("reset a merchant: subscriptions gone, clock back to real time", async () => {
    const m = await testMerchant(["SCFRSP-3XTS"], "controls reset");
    await createSubscription(m, "SCFRSP-3XTS", 100);
    await control("POST", `/merchants/${m.merchantId}/clock`, { advanceBy: "P10D" });
    const reset = await control<{ deletedSubscriptions: number }>("POST", `/merchants/${m.merchantId}/reset`);
    expect(reset.body.deletedSubscriptions).toBe(1);
    expect((await control<{ offsetSeconds: number }>("GET", `/merchants/${m.merchantId}/clock`)).body.offsetSeconds).toBe(0);
    const list = await call<{ totalItemCount: number }>("retrieveCreditSubscriptionForSpecificMerchant", { token: m.token });
    expect(list.body.totalItemCount).toBe(0);
  });

  it("answer the health check with the database's state", async () => {
    const res = await fetch(`${bankBase()}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", checks: { database: "ok" } });
  });

  it("answer unknown paths and methods in the bank's error format", async () => {
    const m = await testMerchant(["SCFRSP-3XTS"], "controls 404");
    const res = await fetch(`${bankBase()}/e-financing/api/v1/nothing-here`, { headers: { Authorization: `Bearer ${m.token}` } });
    expect(res.status).toBe(404);
    const method = await fetch(`${bankBase()}/e-financing/api/v1/subscriptions`, { method: "DELETE", headers: { Authorization: `Bearer ${m.token}` } });
    expect(method.status).toBe(405);
    expect(method.headers.get("allow")).toBe("GET, POST");
  });
});

describe("the real-time scheduler", () => {
  it("runs due work without a clock advance (started with the server)", async () => {
    const m = await testMerchant(["SCDELT-DXTS"], "real-time scheduler");
    await control("PUT", `/merchants/${m.merchantId}/settings`, { autoAcceptDelay: "PT1S" });
    const { id } = await createSubscription(m, "SCDELT-DXTS", 800);
    await force(m, id, "pre-accept", "sign");
    let status = "PRE_ACCEPTED";
    for (let i = 0; i < 40 && status !== "ACCEPTED"; i++) {
      await new Promise((r) => setTimeout(r, 500));
      status = (await control<{ status: string }>("GET", `/merchants/${m.merchantId}/subscriptions/${id}`)).body.status;
    }
    expect(status).toBe("ACCEPTED");
  });
});
