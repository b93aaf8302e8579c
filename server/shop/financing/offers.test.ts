import { describe, expect, it, vi } from "vitest";
import type { EligibleSolutions, SimulationResponse } from "@/server/contract/types";
import { buildOffers, createOffersService, type OffersBank } from "./offers";

const kit = (code: string, title: string) => ({
  solutionCode: code,
  visualTitle: title,
  visualInformationIcon: "https://bank.example/info.svg",
  visualAdditionalInformation: `About ${title}`,
  visualLegalText: "Un crédit vous engage et doit être remboursé.",
  visualLogo: `https://bank.example/${code}.svg`,
  visualInformationNoticeURL: "https://bank.example/notice.pdf",
  visualProductTermsURL: "https://bank.example/terms.pdf",
});

const eligible: EligibleSolutions = {
  solutions: [
    { solutionCode: "SCFRLT-TXNO", familyCode: "SC", marketCode: "FR", conditions: "Taux de 3 % à 9 %", communicationKit: kit("SCFRLT-TXNO", "Crédit") },
    { solutionCode: "SCFRSP-4XTS", familyCode: "SC", marketCode: "FR", conditions: "SANS_FRAIS", communicationKit: kit("SCFRSP-4XTS", "4x") },
    { solutionCode: "SCFRSP-3XTS", familyCode: "SC", marketCode: "FR", conditions: "SANS_FRAIS", communicationKit: kit("SCFRSP-3XTS", "3x") },
  ],
};

const split = (n: number, amount: number) => ({
  duration: n,
  effectiveAnnualPercentageRate: 0,
  nominalPercentageRate: 0,
  totalCost: 0,
  dueTotalAmount: amount,
  feesAmount: 0,
  installments: Array.from({ length: n }, (_, i) => ({ number: i + 1, amount: i === 0 ? 33.34 : 33.33 })),
});

const simulated: SimulationResponse = {
  financedAmount: 100,
  buyerBillingCountry: "FR",
  solutionSimulations: [
    { solutionCode: "SCFRSP-3XTS", simulations: [split(3, 100)] },
    { solutionCode: "SCFRSP-4XTS", simulations: [split(4, 100)] },
    {
      solutionCode: "SCFRLT-TXNO",
      simulations: [
        { ...split(24, 110.4), effectiveAnnualPercentageRate: 9.9, nominalPercentageRate: 9.47, totalCost: 10.4 },
        { ...split(12, 105.2), effectiveAnnualPercentageRate: 9.9, nominalPercentageRate: 9.47, totalCost: 5.2 },
      ],
    },
  ],
};

function fakeBank(): OffersBank & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    eligibleSolutions: vi.fn(async (amount: number, country: string) => {
      calls.push(`eligible ${amount} ${country}`);
      return eligible;
    }),
    simulateSolutions: vi.fn(async (amount: number, country: string) => {
      calls.push(`simulate ${amount} ${country}`);
      return simulated;
    }),
  };
}

describe("buildOffers", () => {
  it("joins kits and simulations, in cents, split payment first", () => {
    const offers = buildOffers(eligible, simulated);
    expect(offers.map((o) => o.solutionCode)).toEqual(["SCFRSP-3XTS", "SCFRSP-4XTS", "SCFRLT-TXNO"]);
    const [three, , credit] = offers;
    expect(three).toMatchObject({ kind: "split", market: "FR", kit: { title: "3x", logoUrl: "https://bank.example/SCFRSP-3XTS.svg" } });
    expect(three!.simulations[0]!.installments.map((i) => i.amountCents)).toEqual([3334, 3333, 3333]);
    expect(credit!.kind).toBe("credit");
    expect(credit!.simulations.map((s) => s.duration)).toEqual([12, 24]);
    expect(credit!.simulations[0]).toMatchObject({ aprPercent: 9.9, totalCostCents: 520, dueTotalCents: 10520 });
  });

  it("handles 'no solution' (the list is absent) as no offer", () => {
    expect(buildOffers({}, { financedAmount: 10, buyerBillingCountry: "FR", solutionSimulations: [] })).toEqual([]);
  });

  it("keeps an eligible solution the simulation left out, without figures", () => {
    const offers = buildOffers(eligible, { ...simulated, solutionSimulations: [] });
    expect(offers).toHaveLength(3);
    expect(offers.every((o) => o.simulations.length === 0)).toBe(true);
  });
});

describe("offers service", () => {
  it("calls the bank once per (amount, country) per TTL, however many views", async () => {
    let t = 0;
    const bank = fakeBank();
    const service = createOffersService({ bank, ttlMs: 300_000, now: () => t });
    const views = await Promise.all(Array.from({ length: 1000 }, (_, i) => service.offers(10000, i % 2 ? "FR" : "DE")));
    expect(views.every((v) => v.status === "ok" && v.offers.length === 3)).toBe(true);
    expect(bank.calls.sort()).toEqual(["eligible 100 DE", "eligible 100 FR", "simulate 100 DE", "simulate 100 FR"]);
    t += 300_000;
    await service.offers(10000, "FR");
    expect(bank.calls).toHaveLength(6);
  });

  it("sends euros to the bank", async () => {
    const bank = fakeBank();
    await createOffersService({ bank }).offers(249990, "FR");
    expect(bank.calls).toEqual(["eligible 2499.9 FR", "simulate 2499.9 FR"]);
  });

  it("answers 'unavailable' when the bank fails, reports it once, and retries after the error TTL", async () => {
    let t = 0;
    const onError = vi.fn();
    const bank = fakeBank();
    vi.mocked(bank.simulateSolutions).mockRejectedValueOnce(new Error("503"));
    const service = createOffersService({ bank, errorTtlMs: 15_000, now: () => t, onError });
    expect(await service.offers(5000, "FR")).toEqual({ status: "unavailable", amountCents: 5000, country: "FR" });
    expect(await service.offers(5000, "FR")).toMatchObject({ status: "unavailable" });
    expect(onError).toHaveBeenCalledTimes(1);
    t += 15_000;
    expect(await service.offers(5000, "FR")).toMatchObject({ status: "ok" });
  });

  it("never calls the bank for an empty cart", async () => {
    const bank = fakeBank();
    expect(await createOffersService({ bank }).offers(0, "FR")).toEqual({ status: "ok", amountCents: 0, country: "FR", offers: [] });
    expect(bank.calls).toEqual([]);
  });

  it("serves the last good offers while the bank says 429, up to staleIfErrorMs, then 'unavailable'", async () => {
    let t = 0;
    const bank = fakeBank();
    const service = createOffersService({ bank, ttlMs: 300_000, errorTtlMs: 15_000, staleIfErrorMs: 1_800_000, now: () => t, onError: () => {} });
    const fresh = await service.offers(10000, "FR");
    expect(fresh.status).toBe("ok");
    vi.mocked(bank.eligibleSolutions).mockRejectedValue(new Error("429 Too Many Requests"));
    t += 300_000;
    expect(await service.offers(10000, "FR")).toEqual(fresh);
    t += 1_800_000;
    expect(await service.offers(10000, "FR")).toMatchObject({ status: "unavailable" });
  });
});
