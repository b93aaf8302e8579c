import "server-only";
import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { ShopDb } from "@/db/shop/client";
import { bankApiCalls, orders, orderStatusHistory } from "@/db/shop/schema";
import type { BankEnvironment } from "@/server/lib/bank-environment";
import type { BankClient } from "../bank/client";
import { orderReference } from "../orders/order-reference";
import { CONTRACTED_SOLUTIONS } from "../financing/contract";
import { solutionKind } from "../financing/solution-kind";
import type { OrderState } from "../orders/states";

/**
 * The lender's acceptance cases, found from the shop's real orders.
 *
 * Before going live the lender wants, for each solution of the merchant's contract:
 * - split payment: one accepted and one refused on the test bank, and one accepted on the
 *   production bank then fully cancelled at least 24 hours after its acceptance;
 * - long credit: one pre-accepted, one rejected and one cancelled on the test bank.
 *
 * An order counts for a case when it was placed against the case's environment (the bank
 * recorded with each order) and the bank was seen giving it the case's status. On the
 * embedded sandbox every case is rehearsed on the sandbox, production case included.
 * The "24 hours later" is measured on the bank's clock (the acceptance and cancellation
 * times the bank reports, which the sandbox's virtual clock moves), the shop's own time
 * standing in when no bank time was read.
 */

export const SPLIT_CASES = ["accepted", "refused", "cancelled_after_24h"] as const;
export const CREDIT_CASES = ["pre_accepted", "rejected", "cancelled"] as const;
export type AcceptanceCaseKind = (typeof SPLIT_CASES)[number] | (typeof CREDIT_CASES)[number];

/** The bank status an order must have been seen in for each case (the production one also needs the 24 hours). */
export const EXPECTED_STATUS: Record<AcceptanceCaseKind, "ACCEPTED" | "REJECTED" | "PRE_ACCEPTED" | "CANCELLED"> = {
  accepted: "ACCEPTED",
  refused: "REJECTED",
  cancelled_after_24h: "CANCELLED",
  pre_accepted: "PRE_ACCEPTED",
  rejected: "REJECTED",
  cancelled: "CANCELLED",
};

/** How long after its acceptance the production split payment must be cancelled. */
export const PRODUCTION_CANCEL_DELAY_MS = 24 * 60 * 60_000;

/** Where the cases are played: the lender's UATC and PROD, or all on the embedded sandbox (a rehearsal). */
export interface AcceptanceEnvironments {
  test: BankEnvironment;
  production: BankEnvironment;
}

/** The sandbox rehearses every case; a real deployment counts UATC for the tests and PROD for the production case. */
export function acceptanceEnvironments(current: BankEnvironment): AcceptanceEnvironments {
  return current === "sandbox" ? { test: "sandbox", production: "sandbox" } : { test: "uatc", production: "prod" };
}

/** The contract's solutions, and where the list came from. */
export interface RequiredSolutions {
  codes: string[];
  /** eligibility: the bank's eligibility answer; configured: the shop's configured contract (the bank could not say). */
  source: "eligibility" | "configured";
}

/** One status the shop saw, in order. */
export interface EvidenceStep {
  /** Shop time, epoch ms. */
  at: number;
  state: OrderState;
  bankStatus: string | null;
  bankSubStatus: string | null;
  cancellationStatus: string | null;
}

/** The order that passes a case, or the one closest to it. */
export interface AcceptanceEvidence {
  orderId: string;
  /** The shop's short order reference (what the shopper sees). */
  reference: string;
  subscriptionId: string | null;
  solutionCode: string;
  environment: BankEnvironment;
  totalCents: number;
  initialFinancedCents: number;
  financedCents: number;
  cancelledCents: number;
  state: OrderState;
  bankStatus: string | null;
  bankSubStatus: string | null;
  cancellationStatus: string | null;
  placedAt: number;
  /** Bank time of the first read as ACCEPTED. */
  acceptedAt: number | null;
  /** When the case's status was first seen (shop time). */
  reachedAt: number | null;
  /** Bank time of the full cancellation, when read (else the shop's time of it). */
  cancelledAt: number | null;
  history: EvidenceStep[];
  /** The order in the back office. */
  orderHref: string;
  /** Its calls to the bank in the back office's API log. */
  apiLogHref: string;
}

export type AcceptanceTodoCode =
  /** No order of this solution on this environment reached the status yet: place one. */
  | "place_order"
  /** An order is on its way: the buyer or the lender has not finished. */
  | "await_bank"
  /** An accepted order is there: cancel it (fully), from `notBefore` for the production case. */
  | "cancel_order"
  /** The production order was cancelled before 24 hours: another one is needed. */
  | "cancelled_too_soon";

export interface AcceptanceTodo {
  code: AcceptanceTodoCode;
  /** Epoch ms before which the action cannot count (the production cancellation). */
  notBefore: number | null;
  /** What is left, in plain English (the go-live page and the CLI may render their own from `code`). */
  text: string;
}

export interface AcceptanceCase {
  /** `${solutionCode}/${kind}`, stable. */
  id: string;
  solutionCode: string;
  kind: AcceptanceCaseKind;
  solutionKind: "split" | "credit";
  environment: BankEnvironment;
  expectedStatus: (typeof EXPECTED_STATUS)[AcceptanceCaseKind];
  passed: boolean;
  evidence: AcceptanceEvidence | null;
  todo: AcceptanceTodo | null;
}

export interface AcceptanceReport {
  environments: AcceptanceEnvironments;
  solutions: RequiredSolutions;
  cases: AcceptanceCase[];
  passed: number;
  total: number;
}

/** What the evaluation reads of one order: the row, its history, the bank's times of its statuses. */
export interface OrderFacts {
  order: Pick<
    typeof orders.$inferSelect,
    | "id"
    | "subscriptionId"
    | "solutionCode"
    | "bankEnvironment"
    | "totalCents"
    | "initialFinancedCents"
    | "financedCents"
    | "cancelledCents"
    | "state"
    | "bankStatus"
    | "bankSubStatus"
    | "cancellationStatus"
    | "createdAt"
    | "acceptedAt"
  >;
  history: EvidenceStep[];
  /** Bank time (lastUpdateTimestamp) of the first read in each status, from the API log. */
  bankTimes: Partial<Record<string, number>>;
}

export function casesFor(solutionCode: string): readonly AcceptanceCaseKind[] {
  return solutionKind(solutionCode) === "split" ? SPLIT_CASES : CREDIT_CASES;
}

function seen(facts: OrderFacts, status: string): boolean {
  return facts.order.bankStatus === status || facts.history.some((step) => step.bankStatus === status);
}

function firstSeenAt(facts: OrderFacts, status: string): number | null {
  return facts.history.find((step) => step.bankStatus === status)?.at ?? null;
}

function cancelledAt(facts: OrderFacts): number | null {
  return facts.bankTimes.CANCELLED ?? firstSeenAt(facts, "CANCELLED");
}

function evidenceOf(facts: OrderFacts, kind: AcceptanceCaseKind, environment: BankEnvironment): AcceptanceEvidence {
  const { order } = facts;
  return {
    orderId: order.id,
    reference: orderReference(order.id),
    subscriptionId: order.subscriptionId,
    solutionCode: order.solutionCode,
    environment,
    totalCents: order.totalCents,
    initialFinancedCents: order.initialFinancedCents,
    financedCents: order.financedCents,
    cancelledCents: order.cancelledCents,
    state: order.state,
    bankStatus: order.bankStatus,
    bankSubStatus: order.bankSubStatus,
    cancellationStatus: order.cancellationStatus,
    placedAt: order.createdAt,
    acceptedAt: order.acceptedAt ?? facts.bankTimes.ACCEPTED ?? null,
    reachedAt: firstSeenAt(facts, EXPECTED_STATUS[kind]),
    cancelledAt: cancelledAt(facts),
    history: facts.history,
    orderHref: `/admin/orders/${order.id}`,
    apiLogHref: `/admin/api-log?order=${order.id}`,
  };
}

/** Cancelled fully, at least 24 h after the acceptance, on the bank's clock. */
function cancelledLateEnough(facts: OrderFacts): boolean {
  const accepted = facts.order.acceptedAt ?? facts.bankTimes.ACCEPTED;
  const cancelled = cancelledAt(facts);
  return seen(facts, "ACCEPTED") && seen(facts, "CANCELLED") && accepted != null && cancelled !== null && cancelled - accepted >= PRODUCTION_CANCEL_DELAY_MS;
}

function passes(facts: OrderFacts, kind: AcceptanceCaseKind): boolean {
  if (kind === "cancelled_after_24h") return cancelledLateEnough(facts);
  if (kind === "cancelled") return seen(facts, "CANCELLED");
  return seen(facts, EXPECTED_STATUS[kind]);
}

/** The bank statuses from which an order can still become each case. */
const STILL_OPEN: Record<AcceptanceCaseKind, readonly (string | null)[]> = {
  accepted: [null, "INITIALIZED", "REQUESTED"],
  refused: [null, "INITIALIZED", "REQUESTED"],
  pre_accepted: [null, "INITIALIZED", "REQUESTED"],
  rejected: [null, "INITIALIZED", "REQUESTED", "PRE_ACCEPTED"],
  cancelled: [null, "INITIALIZED", "REQUESTED", "PRE_ACCEPTED", "ACCEPTED"],
  cancelled_after_24h: [null, "INITIALIZED", "REQUESTED", "ACCEPTED"],
};

function openFor(facts: OrderFacts, kind: AcceptanceCaseKind): boolean {
  return facts.order.subscriptionId !== null && STILL_OPEN[kind].includes(facts.order.bankStatus);
}

const ENVIRONMENT_NAMES: Record<BankEnvironment, string> = { sandbox: "the embedded sandbox", uatc: "UATC", prod: "production" };

const GOALS: Record<AcceptanceCaseKind, string> = {
  accepted: "accepted by the lender (an accepted test card)",
  refused: "refused by the lender (a refused test card)",
  cancelled_after_24h: "accepted, then fully cancelled from the back office at least 24 hours after its acceptance",
  pre_accepted: "pre-accepted by the lender (the application completed and signed)",
  rejected: "rejected by the lender",
  cancelled: "accepted, then fully cancelled from the back office",
};

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function todoFor(kind: AcceptanceCaseKind, solutionCode: string, environment: BankEnvironment, candidate: OrderFacts | null): AcceptanceTodo {
  const where = ENVIRONMENT_NAMES[environment];
  const place: AcceptanceTodo = { code: "place_order", notBefore: null, text: `Place an order in ${solutionCode} on ${where} that is ${GOALS[kind]}.` };
  if (!candidate) return place;
  const ref = orderReference(candidate.order.id);
  if (kind === "cancelled_after_24h" || kind === "cancelled") {
    if (seen(candidate, "CANCELLED")) {
      return { code: "cancelled_too_soon", notBefore: null, text: `Order ${ref} was cancelled less than 24 hours after its acceptance. ${place.text}` };
    }
    if (candidate.order.bankStatus === "ACCEPTED") {
      const accepted = candidate.order.acceptedAt ?? candidate.bankTimes.ACCEPTED ?? null;
      const notBefore = kind === "cancelled_after_24h" && accepted !== null ? accepted + PRODUCTION_CANCEL_DELAY_MS : null;
      const when = notBefore !== null ? ` from ${iso(notBefore)} (bank time)` : "";
      return { code: "cancel_order", notBefore, text: `Cancel order ${ref} in full from the back office${when}.` };
    }
  }
  return { code: "await_bank", notBefore: null, text: `Order ${ref} is on its way (${candidate.order.bankStatus ?? "not at the bank yet"}): finish the buyer's journey or wait for the lender's decision, then refresh it.` };
}

/**
 * Which passing order tells a case best: one still in the case's status, then one that went on
 * (an accepted order cancelled since), last one that was refused after (pre-accepted, then rejected).
 */
function evidenceRank(facts: OrderFacts, kind: AcceptanceCaseKind): number {
  const status = facts.order.bankStatus;
  if (status === EXPECTED_STATUS[kind]) return 0;
  return status === "REJECTED" || status === "ABORTED" ? 2 : 1;
}

/**
 * The cases of every required solution, from the facts of the orders (any order: those of other
 * solutions or environments are ignored). The evidence is the latest order that passes (the best
 * told first, see evidenceRank), or else the latest that still can.
 */
export function evaluateAcceptance(solutions: RequiredSolutions, environments: AcceptanceEnvironments, facts: readonly OrderFacts[]): AcceptanceCase[] {
  const latestFirst = [...facts].sort((a, b) => b.order.createdAt - a.order.createdAt);
  return solutions.codes.flatMap((solutionCode) =>
    casesFor(solutionCode).map((kind): AcceptanceCase => {
      const environment = kind === "cancelled_after_24h" ? environments.production : environments.test;
      const mine = latestFirst.filter((f) => f.order.solutionCode === solutionCode && f.order.bankEnvironment === environment);
      const passing = mine.filter((f) => passes(f, kind)).sort((a, b) => evidenceRank(a, kind) - evidenceRank(b, kind))[0] ?? null;
      const candidate =
        passing ??
        (kind === "cancelled_after_24h" || kind === "cancelled"
          ? (mine.find((f) => openFor(f, kind) && f.order.bankStatus === "ACCEPTED") ?? mine.find((f) => seen(f, "CANCELLED")) ?? mine.find((f) => openFor(f, kind)))
          : mine.find((f) => openFor(f, kind))) ??
        null;
      return {
        id: `${solutionCode}/${kind}`,
        solutionCode,
        kind,
        solutionKind: solutionKind(solutionCode),
        environment,
        expectedStatus: EXPECTED_STATUS[kind],
        passed: passing !== null,
        evidence: candidate ? evidenceOf(candidate, kind, environment) : null,
        todo: passing ? null : todoFor(kind, solutionCode, environment, candidate ?? null),
      };
    }),
  );
}

/** Amounts the contract's solutions are asked about: within every solution's range at the bank. */
const PROBES = [
  { buyerBillingCountry: "FR", financedCents: 50_000 },
  { buyerBillingCountry: "DE", financedCents: 50_000 },
] as const;

/**
 * The solutions the merchant contracted: what the bank answers eligible for amounts every
 * solution covers, or, when the bank cannot be asked or answers nothing, the shop's configured
 * contract (server/shop/financing/contract.ts).
 */
export async function requiredSolutions(bank: Pick<BankClient, "getEligibleSolutions">): Promise<RequiredSolutions> {
  const answers = await Promise.allSettled(PROBES.map((probe) => bank.getEligibleSolutions(probe)));
  const codes = new Set<string>();
  for (const answer of answers) {
    if (answer.status !== "fulfilled") continue;
    for (const solution of answer.value) if (solution.solutionCode) codes.add(solution.solutionCode);
  }
  if (codes.size > 0) return { codes: [...codes].sort(), source: "eligibility" };
  return { codes: CONTRACTED_SOLUTIONS.map((s) => s.solutionCode).sort(), source: "configured" };
}

/** Enough orders per environment to find the cases in, newest first, without reading a busy shop's whole history. */
const ORDERS_PER_ENVIRONMENT = 500;

const STATUS_READS = ["retrieveCreditSubscription", "retrieveCreditSubscriptionForSpecificMerchant"];

/** The bank's time of the first answer in each status, from the redacted answers kept in the API log. */
function bankTimesOf(summaries: (string | null)[]): Partial<Record<string, number>> {
  const times: Partial<Record<string, number>> = {};
  for (const summary of summaries) {
    if (!summary) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(summary);
    } catch {
      continue;
    }
    const record = parsed as { consolidatedStatus?: unknown; lastUpdateTimestamp?: unknown; subscriptions?: unknown };
    const items = Array.isArray(record.subscriptions) ? (record.subscriptions as (typeof record)[]) : [record];
    for (const item of items) {
      const at = typeof item.lastUpdateTimestamp === "string" ? Date.parse(item.lastUpdateTimestamp) : Number.NaN;
      if (typeof item.consolidatedStatus !== "string" || Number.isNaN(at)) continue;
      const known = times[item.consolidatedStatus];
      if (known === undefined || at < known) times[item.consolidatedStatus] = at;
    }
  }
  return times;
}

/** The facts of the orders that can count for the required solutions in these environments. */
export function loadOrderFacts(db: ShopDb, codes: readonly string[], environments: AcceptanceEnvironments): OrderFacts[] {
  if (codes.length === 0) return [];
  const envs = [...new Set([environments.test, environments.production])];
  const rows = envs.flatMap((environment) =>
    db
      .select()
      .from(orders)
      .where(and(eq(orders.bankEnvironment, environment), inArray(orders.solutionCode, [...codes]), isNotNull(orders.subscriptionId)))
      .orderBy(desc(orders.createdAt))
      .limit(ORDERS_PER_ENVIRONMENT)
      .all(),
  );
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const history = db
    .select()
    .from(orderStatusHistory)
    .where(inArray(orderStatusHistory.orderId, ids))
    .orderBy(asc(orderStatusHistory.id))
    .all();
  const reads = db
    .select({ orderId: bankApiCalls.orderId, summary: bankApiCalls.responseSummary })
    .from(bankApiCalls)
    .where(and(inArray(bankApiCalls.orderId, ids), inArray(bankApiCalls.operation, STATUS_READS), eq(bankApiCalls.httpStatus, 200)))
    .orderBy(asc(bankApiCalls.id))
    .all();
  return rows.map((order) => ({
    order,
    history: history
      .filter((h) => h.orderId === order.id)
      .map((h) => ({ at: h.at, state: h.toState, bankStatus: h.bankStatus, bankSubStatus: h.bankSubStatus, cancellationStatus: h.cancellationStatus })),
    bankTimes: bankTimesOf(reads.filter((r) => r.orderId === order.id).map((r) => r.summary)),
  }));
}

/** What acceptanceCases needs: the engine's deps fit (`acceptanceCases(engineDeps())`). */
export interface AcceptanceDeps {
  db: ShopDb;
  bank: Pick<BankClient, "getEligibleSolutions">;
  /** The bank the shop is configured with now: decides which environments the cases are counted on. */
  bankEnvironment: BankEnvironment;
}

/** The lender's acceptance cases for this deployment, each passed or not, with its order and what is left. */
export async function acceptanceCases(deps: AcceptanceDeps, solutions?: RequiredSolutions): Promise<AcceptanceReport> {
  const required = solutions ?? (await requiredSolutions(deps.bank));
  const environments = acceptanceEnvironments(deps.bankEnvironment);
  const cases = evaluateAcceptance(required, environments, loadOrderFacts(deps.db, required.codes, environments));
  return { environments, solutions: required, cases, passed: cases.filter((c) => c.passed).length, total: cases.length };
}
