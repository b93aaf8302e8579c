import { describe, expect, it } from "vitest";
import type { Country } from "../i18n/locales";
import { CONTRACTED_SOLUTIONS } from "./contract";
import { allowedOffers, decideFinancing, type DecisionInput, type DecisionItem } from "./decision";
import type { Offer } from "./offer-types";
import { defaultSettings, type FinancingSettings, type SolutionSettings } from "./settings";

const DEFAULTS = defaultSettings(CONTRACTED_SOLUTIONS);
const KETTLE: DecisionItem = { sku: "AB-BK1000", category: "Petit électroménager", name: "Bouilloire" };
const BIKE: DecisionItem = { sku: "VB-URB", category: "Mobilité", name: "Vélo électrique urbain" };
const PIANO: DecisionItem = { sku: "PN-88", category: "Musique", name: "Piano numérique" };

/** The settings with one solution's settings changed. */
function withSolution(code: string, change: Partial<SolutionSettings>, base: FinancingSettings = DEFAULTS): FinancingSettings {
  return { ...base, solutions: base.solutions.map((s) => (s.solutionCode === code ? { ...s, ...change } : s)) };
}

function decide(amountCents: number, country: Country, options: Partial<DecisionInput> = {}) {
  return decideFinancing({ settings: DEFAULTS, amountCents, country, items: [KETTLE], placement: "product", ...options });
}

const gapsOf = (amountCents: number, country: Country, options?: Partial<DecisionInput>) => decide(amountCents, country, options).gaps;

describe("financing decision: the contract's ranges (no settings saved)", () => {
  it("says what a 29.90 € cart lacks for each French solution, fewest instalments first", () => {
    expect(gapsOf(2990, "FR").map((g) => [g.installments, g.minCents, g.missingCents])).toEqual([
      [3, 5000, 2010],
      [4, 10000, 7010],
      [null, 20000, 17010],
    ]);
    expect(decide(2990, "FR").allowed).toEqual([]);
  });

  it("is empty within every range, and only speaks of the billing country's solutions", () => {
    expect(gapsOf(24900, "FR")).toEqual([]);
    expect(gapsOf(24900, "DE")).toEqual([]);
    expect(gapsOf(7990, "DE")).toMatchObject([{ kind: "credit", missingCents: 12010 }]);
    expect(decide(24900, "FR").allowed).toEqual(["SCFRSP-3XTS", "SCFRSP-4XPS", "SCFRLT-TXPS"]);
    expect(decide(24900, "DE").allowed).toEqual(["SCDELT-DXTS"]);
  });

  it("tells an amount above a maximum apart from one below a minimum", () => {
    expect(gapsOf(450000, "FR")).toMatchObject([
      { installments: 3, tooHigh: true, missingCents: 0, maxCents: 300000 },
      { installments: 4, tooHigh: true },
    ]);
    expect(gapsOf(5000, "FR").map((g) => g.installments)).toEqual([4, null]);
  });
});

describe("financing decision: settings × cart × country", () => {
  it("a solution switched off is neither offered nor told about, in any place, the checkout included", () => {
    const settings = withSolution("SCFRSP-4XPS", { enabled: false });
    for (const placement of ["product", "cart", "catalogue", "checkout"] as const) {
      const decision = decide(5000, "FR", { settings, placement });
      expect(decision.allowed, placement).toEqual(["SCFRSP-3XTS"]);
      expect(decision.gaps.map((g) => g.installments), placement).toEqual([null]);
    }
  });

  it("a narrowed range refuses amounts outside it and says the merchant's bounds, not the contract's", () => {
    const settings = withSolution("SCFRSP-3XTS", { minCents: 15_000, maxCents: 100_000 });
    expect(decide(10_000, "FR", { settings }).allowed).toEqual(["SCFRSP-4XPS"]);
    expect(decide(10_000, "FR", { settings }).gaps).toContainEqual({ kind: "split", installments: 3, minCents: 15_000, maxCents: 100_000, missingCents: 5_000, tooHigh: false });
    expect(decide(15_000, "FR", { settings }).allowed).toContain("SCFRSP-3XTS");
    expect(decide(100_001, "FR", { settings, placement: "checkout" }).allowed).not.toContain("SCFRSP-3XTS");
    expect(decide(100_001, "FR", { settings }).gaps[0]).toMatchObject({ installments: 3, tooHigh: true, maxCents: 100_000 });
    // The German market is not touched by a French solution's range.
    expect(decide(100_001, "DE", { settings }).allowed).toEqual(["SCDELT-DXTS"]);
  });

  it("a stored range wider than the contract (a contract narrowed since) still stops at the contract", () => {
    const settings = withSolution("SCFRSP-3XTS", { minCents: 1_000, maxCents: 900_000 });
    expect(decide(2_990, "FR", { settings }).allowed).toEqual([]);
    expect(decide(450_000, "FR", { settings, placement: "checkout" }).allowed).toEqual(["SCFRLT-TXPS"]);
  });

  it("an excluded category or product refuses every solution for a product and for a whole cart that holds one, and names it", () => {
    const byCategory: FinancingSettings = { ...DEFAULTS, excludedCategories: ["Mobilité"] };
    const bySku: FinancingSettings = { ...DEFAULTS, excludedSkus: [PIANO.sku] };
    expect(decide(289_900, "FR", { settings: byCategory, items: [BIKE] })).toMatchObject({ allowed: [], gaps: [], excludedItems: [BIKE], advertised: true });
    expect(decide(289_900, "DE", { settings: byCategory, items: [BIKE], placement: "checkout" }).allowed).toEqual([]);
    const cart = decide(297_890, "FR", { settings: byCategory, items: [KETTLE, BIKE], placement: "cart" });
    expect(cart.allowed).toEqual([]);
    expect(cart.excludedItems.map((i) => i.name)).toEqual(["Vélo électrique urbain"]);
    expect(decide(297_890, "FR", { settings: bySku, items: [KETTLE, BIKE], placement: "cart" }).allowed).toEqual(["SCFRSP-3XTS", "SCFRSP-4XPS", "SCFRLT-TXPS"]);
    expect(decide(297_890, "FR", { settings: bySku, items: [KETTLE, PIANO], placement: "cart" }).excludedItems).toEqual([PIANO]);
  });

  it("where the offer shows narrows what is advertised on that page only; the checkout and the placement still accept it", () => {
    const settings = withSolution("SCFRSP-4XPS", { placements: { product: false, cart: true, catalogue: true } });
    expect(decide(98_900, "FR", { settings, placement: "product" }).allowed).toEqual(["SCFRSP-3XTS", "SCFRLT-TXPS"]);
    // Not advertised on the page: no "4x from 100 €" there either.
    expect(decide(5_000, "FR", { settings, placement: "product" }).gaps.map((g) => g.installments)).toEqual([null]);
    expect(decide(98_900, "FR", { settings, placement: "cart" }).allowed).toContain("SCFRSP-4XPS");
    expect(decide(98_900, "FR", { settings, placement: "checkout" }).allowed).toContain("SCFRSP-4XPS");
  });

  it("says nothing where the country's every solution is off or not shown here, even for an excluded item", () => {
    const settings = { ...withSolution("SCDELT-DXTS", { placements: { product: true, cart: true, catalogue: false } }), excludedCategories: ["Mobilité"] };
    expect(decide(98_900, "DE", { settings, placement: "catalogue", items: [BIKE] })).toMatchObject({ allowed: [], advertised: false, excludedItems: [], gaps: [] });
    expect(decide(98_900, "FR", { settings, placement: "catalogue", items: [BIKE] }).advertised).toBe(true);
  });

  it("follows the merchant's order of solutions, and puts a solution the settings do not list after the others", () => {
    const [three, four, credit, german] = DEFAULTS.solutions;
    const settings: FinancingSettings = { ...DEFAULTS, solutions: [credit!, german!, three!] };
    expect(decide(98_900, "FR", { settings }).allowed).toEqual(["SCFRLT-TXPS", "SCFRSP-3XTS", "SCFRSP-4XPS"]);
    expect(four!.solutionCode).toBe("SCFRSP-4XPS");
  });
});

describe("allowed offers", () => {
  const offer = (solutionCode: string): Offer => ({
    solutionCode,
    kind: solutionCode.includes("SP-") ? "split" : "credit",
    market: "FR",
    conditions: "",
    kit: { title: `Bank ${solutionCode}`, additionalInformation: "" },
    simulations: [],
  });
  const bank = ["SCFRSP-3XTS", "SCFRSP-4XPS", "SCFRLT-TXPS", "SCFRLT-TXNO"].map(offer);

  it("keeps what the decision allows, in its order, drops what the contract does not list, and sets the merchant's title per language", () => {
    const [three, four, credit, german] = DEFAULTS.solutions;
    const settings: FinancingSettings = { ...DEFAULTS, solutions: [{ ...credit!, titles: { fr: "Crédit maison", de: " " } }, three!, { ...four!, enabled: false }, german!] };
    const decision = decide(98_900, "FR", { settings });
    const fr = allowedOffers(bank, decision, settings, "fr");
    expect(fr.map((o) => [o.solutionCode, o.merchantTitle ?? o.kit.title])).toEqual([
      ["SCFRLT-TXPS", "Crédit maison"],
      ["SCFRSP-3XTS", "Bank SCFRSP-3XTS"],
    ]);
    // A blank title is the bank's.
    expect(allowedOffers(bank, decision, settings, "de").every((o) => o.merchantTitle === undefined)).toBe(true);
    // Allowed by the merchant but not eligible at the bank: not offered.
    expect(allowedOffers(bank.slice(1), decision, settings, "fr").map((o) => o.solutionCode)).toEqual(["SCFRLT-TXPS"]);
  });
});
