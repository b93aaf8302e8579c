import { adminMessagesFor } from "../i18n/admin-messages";
import { describe, expect, it } from "vitest";
import { ORDER_STATES } from "@/db/shop/schema";
import { SUB_STATUSES } from "../bank/sub-status";
import { CANCELLATION_STATUSES, CONSOLIDATED_STATUSES } from "../bank/vocabulary";
import { isWatched, orderStateFor, type BankStatusFacts } from "./states";
import type { SolutionKind } from "../financing/solution-kind";
import { knownSpellings, type SubStatus } from "../bank/sub-status";

const KINDS: SolutionKind[] = ["split", "credit"];
const CANCELLATIONS = [undefined, null, ...CANCELLATION_STATUSES];
const BOOLS = [undefined, false, true];

const CANONICAL = Object.values(SUB_STATUSES).flat() as SubStatus[];

/** Every combination the bank can send, sub-statuses of all statuses included (the bank is not trusted to pair them). */
function* everyCombination(): Generator<BankStatusFacts> {
  const allSubStatuses = [undefined, null, "SOMETHING_NEW", ...CANONICAL];
  for (const consolidatedStatus of CONSOLIDATED_STATUSES)
    for (const subStatus of allSubStatuses)
      for (const cancellationStatus of CANCELLATIONS)
        for (const cancellationAlreadyMade of BOOLS)
          for (const isDelivered of BOOLS)
            for (const kind of KINDS) yield { consolidatedStatus, subStatus, cancellationStatus, cancellationAlreadyMade, isDelivered, kind };
}

describe("orderStateFor", () => {
  /** The combinations for which `wrong` says the mapping is wrong (one expect per test: 15,000 cases). */
  const violations = (wrong: (facts: BankStatusFacts, state: string) => boolean) => {
    const found: string[] = [];
    for (const facts of everyCombination()) {
      const state = orderStateFor(facts);
      if (wrong(facts, state)) found.push(`${JSON.stringify(facts)} → ${state}`);
    }
    return found.slice(0, 5);
  };

  it("is total: every combination maps to a state the bank can cause", () => {
    let count = 0;
    for (const _ of everyCombination()) count += 1;
    expect(count).toBe(CONSOLIDATED_STATUSES.length * (3 + CANONICAL.length) * CANCELLATIONS.length * BOOLS.length ** 2 * KINDS.length);
    const bankStates = ORDER_STATES.filter((s) => s !== "pending" && s !== "failed") as string[];
    expect(violations((_, state) => !bankStates.includes(state))).toEqual([]);
  });

  it("maps the statuses that decide alone, whatever else is said", () => {
    const alone: Record<string, string> = { INITIALIZED: "awaiting_financing", PRE_ACCEPTED: "pre_accepted", REJECTED: "rejected", ABORTED: "aborted", CANCELLED: "cancelled" };
    expect(violations((facts, state) => alone[facts.consolidatedStatus] !== undefined && alone[facts.consolidatedStatus] !== state)).toEqual([]);
  });

  it("never leaves ACCEPTED for a state before acceptance or a failure", () => {
    const accepted = new Set(["accepted_to_ship", "delivered_awaiting_funding", "funded", "cancelled", "partially_cancelled"]);
    expect(violations((facts, state) => facts.consolidatedStatus === "ACCEPTED" && !accepted.has(state))).toEqual([]);
  });

  it("never shows a split payment as delivered or funded: it has no such steps", () => {
    expect(violations((facts, state) => facts.kind === "split" && (state === "delivered_awaiting_funding" || state === "funded"))).toEqual([]);
  });

  it("reads every spelling of a sub-status as its canonical name, in every combination", () => {
    const respelled = (facts: BankStatusFacts, spell: (text: string) => string) =>
      CANONICAL.includes(facts.subStatus as SubStatus) ? knownSpellings(facts.subStatus as SubStatus).map(spell) : [];
    const variants = [(t: string) => t, (t: string) => t.toLowerCase(), (t: string) => `  ${t.replaceAll(" ", "  ")} `, (t: string) => t.replaceAll(" ", "-")];
    expect(
      violations((facts, state) => variants.some((spell) => respelled(facts, spell).some((subStatus) => orderStateFor({ ...facts, subStatus }) !== state))),
    ).toEqual([]);
  });

  it("lets the consolidated status decide alone for a text it does not know", () => {
    expect(violations((facts) => orderStateFor({ ...facts, subStatus: "SOMETHING NEW" }) !== orderStateFor({ ...facts, subStatus: null }))).toEqual([]);
  });

  const base = { consolidatedStatus: "ACCEPTED", kind: "credit" } as const;
  it.each([
    [{ ...base, kind: "split", subStatus: "SUBSCRIPTION_APPROVED_BY_PRODUCER" }, "accepted_to_ship"],
    [{ ...base, kind: "split" }, "accepted_to_ship"],
    [{ ...base, subStatus: "WAITING_FOR_THE_DELIVERY_CONFIRMATION" }, "accepted_to_ship"],
    [{ ...base, isDelivered: false }, "accepted_to_ship"],
    [{ ...base, isDelivered: true }, "delivered_awaiting_funding"],
    [{ ...base, subStatus: "AWAITING_PAYMENT_TO_MERCHANT" }, "delivered_awaiting_funding"],
    [{ ...base, subStatus: "PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT", isDelivered: true }, "funded"],
    [{ ...base, subStatus: "PAYMENT HAS BEEN ISSUED TO MERCHANT", isDelivered: true }, "funded"],
    [{ ...base, subStatus: "Payment have been issued to merchant" }, "funded"],
    [{ ...base, subStatus: "AWAITING PAYMENT TO MERCHANT" }, "delivered_awaiting_funding"],
    [{ ...base, subStatus: "WAITING FOR THE DELIVERY CONFIRMATION" }, "accepted_to_ship"],
    [{ ...base, kind: "split", subStatus: "SUBSCRIPTION APPROVED BY PRODUCER" }, "accepted_to_ship"],
    [{ consolidatedStatus: "PRE_ACCEPTED", kind: "credit", subStatus: "SUBSCRIPTION PRE-APPROVED BY PRODUCER - WAITING FOR CONTRACT SIGNATURE" }, "pre_accepted"],
    [{ consolidatedStatus: "PRE_ACCEPTED", kind: "credit", subStatus: "WAITING CUSTOMER FOR ADDITIONAL INFORMATION" }, "pre_accepted"],
    [{ consolidatedStatus: "CANCELLED", kind: "credit", subStatus: "CANCELED BY CUSTOMER" }, "cancelled"],
    [{ consolidatedStatus: "CANCELLED", kind: "credit", subStatus: "CANCELLED BY CUSTOMER", cancellationStatus: "CANCELLATION_ACCEPTED" }, "cancelled"],
    [{ consolidatedStatus: "ABORTED", kind: "credit", subStatus: "ABORTED DUE TO TECHNICAL ISSUE" }, "aborted"],
    [{ ...base, cancellationStatus: "PARTIAL_CANCELLATION_ACCEPTED" }, "partially_cancelled"],
    [{ ...base, kind: "split", cancellationStatus: "PARTIAL_CANCELLATION_ACCEPTED", cancellationAlreadyMade: true }, "partially_cancelled"],
    [{ ...base, cancellationStatus: "PARTIAL_CANCELLATION_ACCEPTED", isDelivered: true }, "delivered_awaiting_funding"],
    [{ ...base, cancellationStatus: "CANCELLATION_REJECTED", cancellationAlreadyMade: true }, "partially_cancelled"],
    [{ ...base, cancellationStatus: "PARTIAL_CANCELLATION_REJECTED" }, "accepted_to_ship"],
    [{ ...base, cancellationStatus: "REQUEST_FOR_CANCELLATION" }, "accepted_to_ship"],
    [{ ...base, cancellationStatus: "CANCELLATION_ACCEPTED" }, "cancelled"],
    [{ consolidatedStatus: "REQUESTED", kind: "credit", cancellationStatus: "REQUEST_FOR_PARTIAL_CANCELLATION", isDelivered: true }, "delivered_awaiting_funding"],
    [{ consolidatedStatus: "REQUESTED", kind: "credit" }, "awaiting_financing"],
    [{ consolidatedStatus: "CANCELLED", kind: "split", cancellationStatus: "CANCELLATION_ACCEPTED", subStatus: "CANCEL_BY_CUSTOMER" }, "cancelled"],
    [{ consolidatedStatus: "ABORTED", kind: "credit", subStatus: "EXPIRED" }, "aborted"],
  ] as [BankStatusFacts, string][])("%j → %s", (facts, expected) => {
    expect(orderStateFor(facts)).toBe(expected);
  });
});

describe("isWatched", () => {
  const DAY = 24 * 3600 * 1000;
  const order = { state: "accepted_to_ship", solutionKind: "split", acceptedAt: 0, subscriptionId: "s" } as const;
  it("stops watching final orders, orders with no subscription, and split payments past their cancellation window", () => {
    expect(isWatched(order, 1000)).toBe(true);
    expect(isWatched({ ...order, state: "cancelled" }, 1000)).toBe(false);
    expect(isWatched({ ...order, subscriptionId: null }, 1000)).toBe(false);
    expect(isWatched(order, 98 * DAY)).toBe(false);
    expect(isWatched({ ...order, solutionKind: "credit" }, 98 * DAY)).toBe(true);
  });

  it("watches a funded credit while a withdrawal can come (14 days from acceptance, and a margin), then no longer", () => {
    const funded = { ...order, state: "funded", solutionKind: "credit" } as const;
    expect(isWatched(funded, 14 * DAY)).toBe(true);
    expect(isWatched(funded, 21 * DAY)).toBe(true);
    expect(isWatched(funded, 21 * DAY + 1)).toBe(false);
    expect(isWatched({ ...funded, acceptedAt: null }, 100 * DAY)).toBe(true);
  });
});

it("describes every state", () => {
  for (const state of ORDER_STATES) expect(adminMessagesFor("en").states[state].label).toBeTruthy();
});
