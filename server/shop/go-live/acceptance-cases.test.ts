import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bankApiCalls } from "@/db/shop/schema";
import type { BankEnvironment } from "@/server/lib/bank-environment";
import type { EligibleSolution, FinancingQuery } from "../bank/eligibility";
import type { EngineDeps } from "../orders/deps";
import { attemptKey, cartNear, checkoutFor, memoryEngine, type TestShop } from "../orders/engine.test-support";
import { memoryBank } from "../orders/memory-bank.test-support";
import { cancelOrder, refreshOrderFromBank } from "../orders/merchant-actions";
import { getOrder } from "../orders/order-store";
import { placeOrder } from "../orders/place-order";
import {
  acceptanceCases,
  acceptanceEnvironments,
  evaluateAcceptance,
  PRODUCTION_CANCEL_DELAY_MS,
  requiredSolutions,
  type AcceptanceCase,
  type OrderFacts,
  type RequiredSolutions,
} from "./acceptance-cases";

const HOUR = 60 * 60_000;
const T0 = Date.UTC(2026, 10, 2, 9);
const LENDER = acceptanceEnvironments("uatc");

let serial = 0;

/** One order's facts as the shop would hold them: its bank statuses seen one after the other, an hour apart. */
function order(solutionCode: string, environment: BankEnvironment, statuses: string[], extra: { acceptedAt?: number; bankTimes?: OrderFacts["bankTimes"]; createdAt?: number } = {}): OrderFacts {
  serial += 1;
  const createdAt = extra.createdAt ?? T0 + serial * 1000;
  const id = `${serial.toString(16).padStart(8, "0")}-0000-4000-8000-000000000000`;
  const history = statuses.map((bankStatus, i) => ({ at: createdAt + (i + 1) * HOUR, state: "awaiting_financing" as const, bankStatus, bankSubStatus: null, cancellationStatus: null }));
  const last = statuses.at(-1) ?? null;
  const acceptedIndex = statuses.indexOf("ACCEPTED");
  return {
    order: {
      id,
      subscriptionId: `sub-${serial}`,
      solutionCode,
      bankEnvironment: environment,
      totalCents: 45_000,
      initialFinancedCents: 45_000,
      financedCents: last === "CANCELLED" ? 0 : 45_000,
      cancelledCents: last === "CANCELLED" ? 45_000 : 0,
      state: "awaiting_financing",
      bankStatus: last,
      bankSubStatus: null,
      cancellationStatus: last === "CANCELLED" ? "CANCELLATION_ACCEPTED" : null,
      createdAt,
      acceptedAt: extra.acceptedAt ?? (acceptedIndex >= 0 ? history[acceptedIndex]!.at : null),
    },
    history,
    bankTimes: extra.bankTimes ?? {},
  };
}

const split: RequiredSolutions = { codes: ["SCFRSP-3XTS"], source: "configured" };
const credit: RequiredSolutions = { codes: ["SCFRLT-TXPS"], source: "configured" };

function byKind(cases: AcceptanceCase[]): Record<string, AcceptanceCase> {
  return Object.fromEntries(cases.map((c) => [c.kind, c]));
}

describe("the lender's cases per solution", () => {
  it("asks three cases of a split payment and three of a long credit, each with its environment", () => {
    const cases = evaluateAcceptance({ codes: ["SCFRSP-3XTS", "SCFRLT-TXPS"], source: "eligibility" }, LENDER, []);
    expect(cases.map((c) => [c.id, c.environment, c.expectedStatus])).toEqual([
      ["SCFRSP-3XTS/accepted", "uatc", "ACCEPTED"],
      ["SCFRSP-3XTS/refused", "uatc", "REJECTED"],
      ["SCFRSP-3XTS/cancelled_after_24h", "prod", "CANCELLED"],
      ["SCFRLT-TXPS/pre_accepted", "uatc", "PRE_ACCEPTED"],
      ["SCFRLT-TXPS/rejected", "uatc", "REJECTED"],
      ["SCFRLT-TXPS/cancelled", "uatc", "CANCELLED"],
    ]);
    for (const c of cases) {
      expect(c).toMatchObject({ passed: false, evidence: null, todo: { code: "place_order" } });
      expect(c.todo!.text).toContain(c.solutionCode);
    }
  });

  it("rehearses every case, production included, on the embedded sandbox", () => {
    expect(acceptanceEnvironments("sandbox")).toEqual({ test: "sandbox", production: "sandbox" });
    expect(acceptanceEnvironments("prod")).toEqual({ test: "uatc", production: "prod" });
  });
});

describe("split payment", () => {
  it("passes accepted and refused with UATC orders, and names the order", () => {
    const accepted = order("SCFRSP-3XTS", "uatc", ["INITIALIZED", "ACCEPTED"]);
    const refused = order("SCFRSP-3XTS", "uatc", ["INITIALIZED", "REJECTED"]);
    const cases = byKind(evaluateAcceptance(split, LENDER, [accepted, refused]));
    expect(cases.accepted).toMatchObject({ passed: true, todo: null, evidence: { orderId: accepted.order.id, subscriptionId: accepted.order.subscriptionId, environment: "uatc", totalCents: 45_000, bankStatus: "ACCEPTED" } });
    expect(cases.accepted!.evidence!.reference).toBe(accepted.order.id.replace(/-/g, "").slice(0, 10).toUpperCase());
    expect(cases.accepted!.evidence!.reachedAt).toBe(accepted.history[1]!.at);
    expect(cases.accepted!.evidence!.apiLogHref).toBe(`/admin/api-log?order=${accepted.order.id}`);
    expect(cases.accepted!.evidence!.orderHref).toBe(`/admin/orders/${accepted.order.id}`);
    expect(cases.refused).toMatchObject({ passed: true, evidence: { orderId: refused.order.id } });
    expect(cases.cancelled_after_24h!.passed).toBe(false);
  });

  it("does not count orders of another solution or another environment", () => {
    const other = order("SCFRSP-4XPS", "uatc", ["ACCEPTED", "CANCELLED"]);
    const sandbox = order("SCFRSP-3XTS", "sandbox", ["ACCEPTED"]);
    const prodAccepted = order("SCFRSP-3XTS", "prod", ["ACCEPTED"]);
    const cases = byKind(evaluateAcceptance(split, LENDER, [other, sandbox, prodAccepted]));
    expect(cases.accepted).toMatchObject({ passed: false, evidence: null, todo: { code: "place_order" } });
    expect(cases.refused).toMatchObject({ passed: false, evidence: null });
  });

  it("points to an order still in the journey rather than asking for a new one", () => {
    const waiting = order("SCFRSP-3XTS", "uatc", ["INITIALIZED"]);
    const cases = byKind(evaluateAcceptance(split, LENDER, [waiting]));
    expect(cases.accepted).toMatchObject({ passed: false, evidence: { orderId: waiting.order.id }, todo: { code: "await_bank" } });
  });

  it("passes the production case only for a full cancellation 24 hours or more after the acceptance, on the bank's clock", () => {
    const accepted = T0 + HOUR;
    const late = order("SCFRSP-3XTS", "prod", ["ACCEPTED", "CANCELLED"], { acceptedAt: accepted, bankTimes: { ACCEPTED: accepted, CANCELLED: accepted + PRODUCTION_CANCEL_DELAY_MS } });
    expect(byKind(evaluateAcceptance(split, LENDER, [late])).cancelled_after_24h).toMatchObject({
      passed: true,
      environment: "prod",
      evidence: { orderId: late.order.id, acceptedAt: accepted, cancelledAt: accepted + PRODUCTION_CANCEL_DELAY_MS, cancellationStatus: "CANCELLATION_ACCEPTED" },
    });

    // The shop's own clock saw it an hour apart, but the bank's (a virtual clock moved ahead) says a day: the bank's counts.
    const early = order("SCFRSP-3XTS", "prod", ["ACCEPTED", "CANCELLED"], { acceptedAt: accepted, bankTimes: { CANCELLED: accepted + PRODUCTION_CANCEL_DELAY_MS - 1 } });
    expect(byKind(evaluateAcceptance(split, LENDER, [early])).cancelled_after_24h).toMatchObject({ passed: false, evidence: { orderId: early.order.id }, todo: { code: "cancelled_too_soon" } });
  });

  it("falls back on the shop's time of the cancellation when no bank time was read", () => {
    const quick = order("SCFRSP-3XTS", "prod", ["ACCEPTED", "CANCELLED"]);
    expect(byKind(evaluateAcceptance(split, LENDER, [quick])).cancelled_after_24h!.passed).toBe(false);
    const slow = order("SCFRSP-3XTS", "prod", ["ACCEPTED", "CANCELLED"], { acceptedAt: T0 - PRODUCTION_CANCEL_DELAY_MS });
    expect(byKind(evaluateAcceptance(split, LENDER, [slow])).cancelled_after_24h!.passed).toBe(true);
  });

  it("tells when an accepted production order may be cancelled", () => {
    const accepted = order("SCFRSP-3XTS", "prod", ["ACCEPTED"], { acceptedAt: T0 });
    const { todo, evidence } = byKind(evaluateAcceptance(split, LENDER, [accepted])).cancelled_after_24h!;
    expect(evidence?.orderId).toBe(accepted.order.id);
    expect(todo).toMatchObject({ code: "cancel_order", notBefore: T0 + PRODUCTION_CANCEL_DELAY_MS });
    expect(todo!.text).toContain(new Date(T0 + PRODUCTION_CANCEL_DELAY_MS).toISOString().slice(0, 16));
  });

  it("a partial cancellation does not count", () => {
    const partial = order("SCFRSP-3XTS", "prod", ["ACCEPTED"], { acceptedAt: T0 - 2 * PRODUCTION_CANCEL_DELAY_MS });
    partial.order.cancellationStatus = "PARTIAL_CANCELLATION_ACCEPTED";
    expect(byKind(evaluateAcceptance(split, LENDER, [partial])).cancelled_after_24h).toMatchObject({ passed: false, todo: { code: "cancel_order" } });
  });
});

describe("long credit", () => {
  it("passes pre-accepted, rejected and cancelled from UATC orders", () => {
    const pre = order("SCFRLT-TXPS", "uatc", ["INITIALIZED", "PRE_ACCEPTED"]);
    const rejected = order("SCFRLT-TXPS", "uatc", ["PRE_ACCEPTED", "REJECTED"]);
    const cancelled = order("SCFRLT-TXPS", "uatc", ["PRE_ACCEPTED", "ACCEPTED", "CANCELLED"]);
    const cases = byKind(evaluateAcceptance(credit, LENDER, [pre, rejected, cancelled]));
    expect(cases.pre_accepted).toMatchObject({ passed: true, evidence: { environment: "uatc" } });
    // An order still pre-accepted tells the case best, though the later ones were pre-accepted too.
    expect(cases.pre_accepted!.evidence!.orderId).toBe(pre.order.id);
    expect(cases.rejected).toMatchObject({ passed: true, evidence: { orderId: rejected.order.id } });
    expect(cases.cancelled).toMatchObject({ passed: true, evidence: { orderId: cancelled.order.id }, todo: null });
  });

  it("prefers an order that went on from the case to one refused after it", () => {
    const cancelled = order("SCFRLT-TXPS", "uatc", ["PRE_ACCEPTED", "ACCEPTED", "CANCELLED"]);
    const rejectedLater = order("SCFRLT-TXPS", "uatc", ["PRE_ACCEPTED", "REJECTED"]);
    const cases = byKind(evaluateAcceptance(credit, LENDER, [cancelled, rejectedLater]));
    expect(cases.pre_accepted).toMatchObject({ passed: true, evidence: { orderId: cancelled.order.id, bankStatus: "CANCELLED" } });
    expect(cases.rejected!.evidence!.orderId).toBe(rejectedLater.order.id);
    expect(cases.cancelled!.evidence!.orderId).toBe(cancelled.order.id);
  });

  it("is red with what to do when the orders fall short", () => {
    const accepted = order("SCFRLT-TXPS", "uatc", ["INITIALIZED", "ACCEPTED"]);
    const cases = byKind(evaluateAcceptance(credit, LENDER, [accepted]));
    expect(cases.pre_accepted).toMatchObject({ passed: false, todo: { code: "place_order" } });
    expect(cases.rejected).toMatchObject({ passed: false, todo: { code: "place_order" } });
    expect(cases.cancelled).toMatchObject({ passed: false, evidence: { orderId: accepted.order.id }, todo: { code: "cancel_order", notBefore: null } });
  });
});

/** One solution of an eligibility answer, as the bank client gives it. */
function eligible(solutionCode: string): EligibleSolution {
  return { solutionCode, marketCode: solutionCode.slice(2, 4), conditions: "", kit: { title: solutionCode, additionalInformation: "" } };
}

describe("the contract's solutions", () => {
  it("come from the bank's eligibility answer when it gives one", async () => {
    const asked: unknown[] = [];
    const bank = {
      getEligibleSolutions: async (query: FinancingQuery) => {
        asked.push(query);
        return (query.buyerBillingCountry === "FR" ? ["SCFRSP-4XTS", "SCFRLT-TXNO"] : ["SCDELT-DXCO"]).map(eligible);
      },
    };
    expect(await requiredSolutions(bank)).toEqual({ codes: ["SCDELT-DXCO", "SCFRLT-TXNO", "SCFRSP-4XTS"], source: "eligibility" });
    expect(asked).toHaveLength(2);
  });

  it("fall back on the configured contract when the bank cannot say", async () => {
    const down = memoryBank();
    down.failNext("getEligibleSolutions", "503", "503");
    expect(await requiredSolutions(down.client)).toEqual({ codes: ["SCDELT-DXTS", "SCFRLT-TXPS", "SCFRSP-3XTS", "SCFRSP-4XPS"], source: "configured" });
  });
});

describe("from the shop's database", () => {
  let shop: TestShop;
  let bank: ReturnType<typeof memoryBank>;
  let deps: EngineDeps;
  let clock: { now: number };

  beforeEach(() => {
    ({ shop, bank, deps, clock } = memoryEngine(T0));
  });
  afterEach(() => shop.close());

  async function place(solutionCode: string, on: EngineDeps = deps) {
    const { cartId } = cartNear(shop.db, [45_000]);
    return placeOrder(on, { cartId, idempotencyKey: attemptKey(), checkout: checkoutFor(solutionCode) });
  }

  it("records the bank environment with each order and finds the cases from the engine's orders", async () => {
    const accepted = await place("SCFRSP-3XTS");
    bank.update(accepted.orderId, { status: "ACCEPTED", subStatus: "SUBSCRIPTION APPROVED BY PRODUCER" });
    await refreshOrderFromBank(deps, accepted.orderId);
    const refused = await place("SCFRSP-3XTS");
    bank.update(refused.orderId, { status: "REJECTED" });
    await refreshOrderFromBank(deps, refused.orderId);
    // An order placed with UATC keys does not count for the sandbox rehearsal (it is still in the buyer's journey).
    const onUatc = await place("SCFRSP-3XTS", { ...deps, bankEnvironment: "uatc" });
    expect([accepted, refused, onUatc].map((o) => getOrder(shop.db, o.orderId)!.bankEnvironment)).toEqual(["sandbox", "sandbox", "uatc"]);

    clock.now += PRODUCTION_CANCEL_DELAY_MS;
    const cancelled = await cancelOrder(deps, accepted.orderId, { amountCents: financedOf(accepted.orderId), reason: "acceptance test" });
    expect(cancelled.ok).toBe(true);

    const report = await acceptanceCases(deps, split);
    expect(report.environments).toEqual({ test: "sandbox", production: "sandbox" });
    expect(report.cases.map((c) => [c.kind, c.passed, c.evidence?.orderId])).toEqual([
      ["accepted", true, accepted.orderId],
      ["refused", true, refused.orderId],
      ["cancelled_after_24h", true, accepted.orderId],
    ]);
    expect(report).toMatchObject({ passed: 3, total: 3, solutions: split });
    expect(report.cases[2]!.evidence!.history.map((h) => h.bankStatus).filter(Boolean)).toEqual(["ACCEPTED", "CANCELLED"]);

    const onLender = await acceptanceCases({ ...deps, bankEnvironment: "uatc" }, split);
    expect(onLender.cases.map((c) => [c.kind, c.passed, c.evidence?.orderId ?? null])).toEqual([
      ["accepted", false, onUatc.orderId],
      ["refused", false, onUatc.orderId],
      ["cancelled_after_24h", false, null],
    ]);
    expect(onLender.cases[0]!.todo!.code).toBe("await_bank");
  });

  it("reads the bank's times of the statuses from the API log", async () => {
    const placed = await place("SCFRSP-3XTS");
    bank.update(placed.orderId, { status: "ACCEPTED" });
    await refreshOrderFromBank(deps, placed.orderId);
    clock.now += HOUR;
    await cancelOrder(deps, placed.orderId, { amountCents: financedOf(placed.orderId), reason: "acceptance test" });
    expect((await acceptanceCases(deps, split)).cases[2]!.passed).toBe(false);
    // The bank's answer, as the API log keeps it, says the cancellation came a day after the acceptance (a virtual clock).
    shop.db
      .insert(bankApiCalls)
      .values({
        at: clock.now,
        operation: "retrieveCreditSubscription",
        method: "GET",
        path: `/subscriptions/x`,
        httpStatus: 200,
        latencyMs: 3,
        orderId: placed.orderId,
        attempt: 1,
        responseSummary: JSON.stringify({ consolidatedStatus: "CANCELLED", lastUpdateTimestamp: new Date(T0 + PRODUCTION_CANCEL_DELAY_MS).toISOString() }),
      })
      .run();
    expect((await acceptanceCases(deps, split)).cases[2]).toMatchObject({ passed: true, evidence: { cancelledAt: T0 + PRODUCTION_CANCEL_DELAY_MS } });
  });

  const financedOf = (orderId: string): number => getOrder(shop.db, orderId)!.financedCents;
});
