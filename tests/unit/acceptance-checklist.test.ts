import { describe, expect, it } from "vitest";
import { renderChecklist } from "@/scripts/acceptance/checklist";
import { testerSteps, UATC_TEST_DATA } from "@/scripts/acceptance/tester-steps";
import { evaluateAcceptance, type AcceptanceReport, type OrderFacts } from "@/server/shop/go-live/acceptance-cases";

const APP = "https://shop.example";
const T0 = Date.UTC(2026, 10, 3, 8);

/** A UATC order of 450 € seen in these bank statuses, an hour apart. */
function uatcOrder(id: string, solutionCode: string, statuses: string[]): OrderFacts {
  const history = statuses.map((bankStatus, i) => ({ at: T0 + (i + 1) * 3_600_000, state: "awaiting_financing" as const, bankStatus, bankSubStatus: null, cancellationStatus: null }));
  return {
    order: {
      id,
      subscriptionId: `sub-${id}`,
      solutionCode,
      bankEnvironment: "uatc",
      totalCents: 45_000,
      initialFinancedCents: 45_000,
      financedCents: 45_000,
      cancelledCents: 0,
      state: "awaiting_financing",
      bankStatus: statuses.at(-1) ?? null,
      bankSubStatus: null,
      cancellationStatus: null,
      createdAt: T0,
      acceptedAt: statuses.includes("ACCEPTED") ? T0 : null,
    },
    history,
    bankTimes: {},
  };
}

function lenderReport(facts: OrderFacts[]): AcceptanceReport {
  const solutions = { codes: ["SCDELT-DXTS", "SCFRLT-TXPS", "SCFRSP-3XTS"], source: "eligibility" as const };
  const environments = { test: "uatc" as const, production: "prod" as const };
  const cases = evaluateAcceptance(solutions, environments, facts);
  return { environments, solutions, cases, passed: cases.filter((c) => c.passed).length, total: cases.length };
}

describe("the acceptance check-list in the terminal", () => {
  it("shows each case green with its order or red with what is left, and the count", () => {
    const text = renderChecklist(lenderReport([uatcOrder("3f2a9c1b-7d00-4000-8000-000000000001", "SCFRSP-3XTS", ["INITIALIZED", "ACCEPTED"])]), APP);
    expect(text).toContain("tests on UATC, production case on PROD");
    expect(text).toContain("(from the bank's eligibility answer)");
    expect(text).toMatch(/PASS {2}SCFRSP-3XTS\/accepted +UATC +expects ACCEPTED/);
    expect(text).toContain("order 3F2A9C1B7D (subscription sub-3f2a9c1b-7d00-4000-8000-000000000001), €450.00, ACCEPTED");
    expect(text).toContain(`${APP}/admin/api-log?order=3f2a9c1b-7d00-4000-8000-000000000001`);
    expect(text).toMatch(/TODO {2}SCFRSP-3XTS\/refused +UATC/);
    expect(text).toContain("left to do: Place an order in SCFRSP-3XTS on UATC");
    expect(text).toContain("1/9 cases passed, 8 left");
  });
});

describe("what the tester does on the lender's pages", () => {
  const steps = (facts: OrderFacts[], id: string) => testerSteps(lenderReport(facts).cases.find((c) => c.id === id)!, APP);

  it("gives the test cards of the split payment cases", () => {
    expect(steps([], "SCFRSP-3XTS/accepted").join(" ")).toContain(UATC_TEST_DATA.acceptedCards[0]);
    expect(steps([], "SCFRSP-3XTS/refused").join(" ")).toContain("5017 6792 1000 0200");
    expect(steps([], "SCFRSP-3XTS/accepted")[0]).toContain(`${APP}/products/machine-espresso`);
    expect(steps([], "SCFRSP-3XTS/cancelled_after_24h").join(" ")).toContain("production deployment");
  });

  it("gives the German IBAN and pins, and the French amount of automatic acceptance", () => {
    expect(steps([], "SCDELT-DXTS/pre_accepted").join(" ")).toMatch(/DE95100000000012305678.*PIN 123456/);
    expect(steps([], "SCDELT-DXTS/rejected").join(" ")).toContain("PIN 654321");
    expect(steps([], "SCFRLT-TXPS/pre_accepted").join(" ")).toContain("less than 3000 €");
  });

  it("points to the order on its way instead, and gives nothing for a passed case", () => {
    const waiting = uatcOrder("aa000000-0000-4000-8000-000000000002", "SCDELT-DXTS", ["INITIALIZED"]);
    expect(steps([waiting], "SCDELT-DXTS/pre_accepted")).toEqual([expect.stringContaining("Order AA00000000 is still at the bank (INITIALIZED)")]);
    const accepted = uatcOrder("bb000000-0000-4000-8000-000000000003", "SCFRSP-3XTS", ["ACCEPTED"]);
    expect(steps([accepted], "SCFRSP-3XTS/accepted")).toEqual([]);
  });
});
