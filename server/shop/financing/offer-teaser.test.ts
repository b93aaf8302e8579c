import { describe, expect, it } from "vitest";
import type { Simulation } from "../bank/simulation";
import type { Offer } from "./offer-types";
import { offerTeaser } from "./offer-teaser";

const sim = (duration: number, first: number, feesCents = 0): Simulation => ({
  duration,
  aprPercent: 0,
  nominalPercent: 0,
  totalCostCents: feesCents,
  dueTotalCents: 0,
  feesCents,
  installments: Array.from({ length: duration }, (_, i) => ({ number: i + 1, amountCents: i === 0 ? first : first - 1 })),
});
const offer = (solutionCode: string, kind: Offer["kind"], simulations: Simulation[]): Offer => ({
  solutionCode,
  kind,
  market: "FR",
  conditions: "",
  kit: { title: solutionCode, additionalInformation: "", logoUrl: `https://bank.example/${solutionCode}.svg` },
  simulations,
});

describe("offer teaser", () => {
  it("takes the split payment with the fewest instalments and the credit's lowest monthly payment", () => {
    const teaser = offerTeaser([
      offer("SCFRSP-4XPS", "split", [sim(4, 11300, 700)]),
      offer("SCFRSP-3XTS", "split", [sim(3, 14968)]),
      offer("SCFRLT-TXPS", "credit", [sim(12, 4012), sim(24, 2105), sim(36, 1490)]),
    ]);
    expect(teaser).toEqual({
      split: { count: 3, amountCents: 14968, noFees: true, logoUrl: "https://bank.example/SCFRSP-3XTS.svg" },
      credit: { monthlyCents: 1490, months: 36, logoUrl: "https://bank.example/SCFRLT-TXPS.svg" },
    });
  });

  it("says when the split payment has fees, and is empty without offers or simulations", () => {
    expect(offerTeaser([offer("SCFRSP-4XPS", "split", [sim(4, 11300, 700)])]).split?.noFees).toBe(false);
    expect(offerTeaser([])).toEqual({});
    expect(offerTeaser([offer("SCFRSP-3XTS", "split", [])])).toEqual({});
  });
});
