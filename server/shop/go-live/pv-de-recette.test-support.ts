import type { AcceptanceCase, AcceptanceReport } from "./acceptance-cases";

const PLACED = Date.UTC(2026, 10, 20, 9, 0, 0);

/** A passed case with its order, and one left to do. */
export const REPORT: AcceptanceReport = {
  environments: { test: "uatc", production: "prod" },
  solutions: { codes: ["SCFRSP-3XTS"], source: "eligibility" },
  passed: 1,
  total: 2,
  cases: [
    {
      id: "SCFRSP-3XTS/accepted",
      solutionCode: "SCFRSP-3XTS",
      kind: "accepted",
      solutionKind: "split",
      environment: "uatc",
      expectedStatus: "ACCEPTED",
      passed: true,
      todo: null,
      evidence: {
        orderId: "0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b",
        reference: "0F8E4C1A2B",
        subscriptionId: "SUB-20261120-0001",
        solutionCode: "SCFRSP-3XTS",
        environment: "uatc",
        totalCents: 98_900,
        initialFinancedCents: 98_900,
        financedCents: 98_900,
        cancelledCents: 0,
        state: "accepted_to_ship",
        bankStatus: "ACCEPTED",
        bankSubStatus: null,
        cancellationStatus: null,
        placedAt: PLACED,
        acceptedAt: PLACED + 60_000,
        reachedAt: PLACED + 65_000,
        cancelledAt: null,
        history: [
          { at: PLACED, state: "awaiting_financing", bankStatus: "INITIALIZED", bankSubStatus: null, cancellationStatus: null },
          { at: PLACED + 65_000, state: "accepted_to_ship", bankStatus: "ACCEPTED", bankSubStatus: null, cancellationStatus: null },
        ],
        orderHref: "/admin/orders/0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b",
        apiLogHref: "/admin/api-log?order=0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b",
      },
    } satisfies AcceptanceCase,
    {
      id: "SCFRSP-3XTS/refused",
      solutionCode: "SCFRSP-3XTS",
      kind: "refused",
      solutionKind: "split",
      environment: "uatc",
      expectedStatus: "REJECTED",
      passed: false,
      evidence: null,
      todo: { code: "place_order", notBefore: null, text: "Place an order in SCFRSP-3XTS on UATC that is refused." },
    },
  ],
};
