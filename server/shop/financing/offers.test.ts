import { describe, expect, it, vi } from "vitest";
import type { EligibleSolution } from "../bank/eligibility";
import type { Simulation, SolutionSimulations } from "../bank/simulation";
import { buildOffers, createOffersService, type OffersBank } from "./offers";

const solution = (solutionCode: string, title: string, conditions: string): EligibleSolution => ({
  solutionCode,
  marketCode: "FR",
  conditions,
  kit: { title, additionalInformation: `About ${title}`, logoUrl: `https://bank.example/${solutionCode}.svg` },
});

const eligible: EligibleSolution[] = [
  solution("SCFRLT-TXNO", "Crédit", "Taux de 3 % à 9 %"),
  solution("SCFRSP-4XTS", "4x", "SANS_FRAIS"),
  solution("SCFRSP-3XTS", "3x", "SANS_FRAIS"),
];

const split = (n: number, amountCents: number): Simulation => ({
  duration: n,
  aprPercent: 0,
  nominalPercent: 0,
  totalCostCents: 0,
  dueTotalCents: amountCents,
  feesCents: 0,
  installments: Array.from({ length: n }, (_, i) => ({ number: i + 1, amountCents: i === 0 ? 3334 : 3333 })),
});

const simulated: SolutionSimulations[] = [
  { solutionCode: "SCFRSP-3XTS", simulations: [split(3, 10000)] },
  { solutionCode: "SCFRSP-4XTS", simulations: [split(4, 10000)] },
  {
    solutionCode: "SCFRLT-TXNO",
    simulations: [
      { ...split(24, 11040), aprPercent: 9.9, nominalPercent: 9.47, totalCostCents: 1040 },
      { ...split(12, 10520), aprPercent: 9.9, nominalPercent: 9.47, totalCostCents: 520 },
    ],
  },
];

function fakeBank(): OffersBank & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    eligibleSolutions: vi.fn(async ({ financedCents, buyerBillingCountry }) => {
      calls.push(`eligible ${financedCents} ${buyerBillingCountry}`);
      return eligible;
    }),
    simulateSolutions: vi.fn(async ({ financedCents, buyerBillingCountry }) => {
      calls.push(`simulate ${financedCents} ${buyerBillingCountry}`);
      return simulated;
    }),
  };
}

describe("buildOffers", () => {
  it("joins kits and simulations, split payment first, each solution's simulations by duration", () => {
    const offers = buildOffers(eligible, simulated);
    expect(offers.map((o) => o.solutionCode)).toEqual(["SCFRSP-3XTS", "SCFRSP-4XTS", "SCFRLT-TXNO"]);
    const [three, , credit] = offers;
    expect(three).toMatchObject({ kind: "split", market: "FR", kit: { title: "3x", logoUrl: "https://bank.example/SCFRSP-3XTS.svg" } });
    expect(three!.simulations[0]!.installments.map((i) => i.amountCents)).toEqual([3334, 3333, 3333]);
    expect(credit!.kind).toBe("credit");
    expect(credit!.simulations.map((s) => s.duration)).toEqual([12, 24]);
    expect(credit!.simulations[0]).toMatchObject({ aprPercent: 9.9, totalCostCents: 520, dueTotalCents: 10520 });
  });

  it("makes no offer of no eligible solution", () => {
    expect(buildOffers([], [])).toEqual([]);
  });

  it("keeps an eligible solution the simulation left out, without figures", () => {
    const offers = buildOffers(eligible, []);
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
    expect(bank.calls.sort()).toEqual(["eligible 10000 DE", "eligible 10000 FR", "simulate 10000 DE", "simulate 10000 FR"]);
    t += 300_000;
    await service.offers(10000, "FR");
    expect(bank.calls).toHaveLength(6);
  });

  it("asks the bank client in cents (it sends the bank euros: bank/eligibility.test.ts, bank/simulation.test.ts)", async () => {
    const bank = fakeBank();
    await createOffersService({ bank }).offers(249990, "FR");
    expect(bank.calls).toEqual(["eligible 249990 FR", "simulate 249990 FR"]);
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
