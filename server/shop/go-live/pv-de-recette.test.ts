import { describe, expect, it } from "vitest";
import { pvDocument } from "./pv-de-recette";
import { REPORT } from "./pv-de-recette.test-support";

describe("the PV de recette", () => {
  const pv = pvDocument({ merchant: "Cafés Martin SAS", orias: "07023456", bankEnvironment: "uatc", report: REPORT, now: Date.UTC(2026, 10, 21, 8, 30) });

  it("names the merchant, its ORIAS number, the environment and the date", () => {
    expect(pv).toMatchObject({ merchant: "Cafés Martin SAS", orias: "07023456", environment: "UATC (recette)", summary: "1 cas passés sur 2 (solutions SCFRSP-3XTS)." });
    expect(pv.date).toBe("21/11/2026 09:30:00");
  });

  it("gives each passed case its order reference, subscription, amounts, statuses and times (Paris time)", () => {
    expect(pv.cases[0]).toMatchObject({ title: "Paiement fractionné accepté", passed: true, todo: null });
    expect(pv.cases[0]!.order).toEqual({
      reference: "0F8E4C1A2B",
      subscriptionId: "SUB-20261120-0001",
      amounts: "commande 989,00\u00a0€, financé 989,00\u00a0€",
      statuses: "INITIALIZED → ACCEPTED",
      timestamps: "passée le 20/11/2026 10:00:00, acceptée le 20/11/2026 10:01:00, ACCEPTED le 20/11/2026 10:01:05",
    });
  });

  it("says what is left for a case not passed, in French", () => {
    expect(pv.cases[1]).toMatchObject({ passed: false, order: null });
    expect(pv.cases[1]!.todo).toBe("Passer une commande SCFRSP-3XTS sur UATC (recette), refusée par le prêteur (carte de test refusée).");
  });
});
