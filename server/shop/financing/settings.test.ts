import { describe, expect, it } from "vitest";
import { CONTRACTED_SOLUTIONS } from "./contract";
import { defaultSettings, type FinancingSettings, financingSettingsSchema, settingsChanges } from "./settings";

const DEFAULTS = defaultSettings(CONTRACTED_SOLUTIONS);
const schema = financingSettingsSchema(CONTRACTED_SOLUTIONS);
const issues = (settings: unknown) => {
  const parsed = schema.safeParse(settings);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
};
const narrowed = (index: number, minCents: number | null, maxCents: number | null): FinancingSettings => ({
  ...DEFAULTS,
  solutions: DEFAULTS.solutions.map((s, i) => (i === index ? { ...s, minCents, maxCents } : s)),
});

describe("financing settings: the contract's rules", () => {
  it("accepts the defaults and a range inside the contract's, its bounds included", () => {
    expect(issues(DEFAULTS)).toEqual([]);
    expect(issues(narrowed(0, 5_000, 300_000))).toEqual([]);
    expect(issues(narrowed(0, 10_000, 20_000))).toEqual([]);
  });

  it("refuses amounts outside the contract's range, and a minimum above the maximum, on the field concerned", () => {
    expect(issues(narrowed(0, 4_999, null))).toEqual([["solutions.0.minCents", "below_contract"]]);
    expect(issues(narrowed(0, null, 300_001))).toEqual([["solutions.0.maxCents", "above_contract"]]);
    expect(issues(narrowed(2, 700_000, null))).toEqual([["solutions.2.minCents", "above_contract"]]);
    expect(issues(narrowed(0, 20_000, 10_000))).toEqual([["solutions.0.maxCents", "min_above_max"]]);
    const bound = schema.safeParse(narrowed(0, 4_999, null));
    expect(bound.success ? null : (bound.error.issues[0] as { params?: unknown }).params).toEqual({ solutionCode: "SCFRSP-3XTS", boundCents: 5_000 });
  });

  it("wants every contracted solution once and nothing else", () => {
    expect(issues({ ...DEFAULTS, solutions: DEFAULTS.solutions.slice(1) })).toEqual([["solutions", "missing_solution"]]);
    expect(issues({ ...DEFAULTS, solutions: [...DEFAULTS.solutions, DEFAULTS.solutions[0]] })).toEqual([["solutions.4", "duplicate"]]);
    expect(issues({ ...DEFAULTS, solutions: [...DEFAULTS.solutions, { ...DEFAULTS.solutions[0]!, solutionCode: "SCFRSP-9XTS" }] })).toEqual([["solutions.4", "not_contracted"]]);
  });

  it("refuses what is not a setting: fractions of cents, negative amounts, long titles, unknown fields' types", () => {
    expect(issues(narrowed(0, 5_000.5, null))).not.toEqual([]);
    expect(issues(narrowed(0, -1, null))).not.toEqual([]);
    const longTitle = { ...DEFAULTS, solutions: DEFAULTS.solutions.map((s) => ({ ...s, titles: { fr: "x".repeat(61) } })) };
    expect(issues(longTitle)).not.toEqual([]);
    expect(issues({ ...DEFAULTS, excludedCategories: [""] })).not.toEqual([]);
  });
});

describe("settings changes (the history's lines)", () => {
  it("lists each field changed, the order and the exclusions added and removed", () => {
    const [three, four, credit, german] = DEFAULTS.solutions;
    const after: FinancingSettings = {
      solutions: [credit!, { ...three!, enabled: false, minCents: 10_000, titles: { de: "Dreimal" } }, { ...four!, placements: { ...four!.placements, cart: false } }, german!],
      excludedCategories: ["Mobilité"],
      excludedSkus: [],
    };
    expect(settingsChanges({ ...DEFAULTS, excludedSkus: ["PN-88"] }, after)).toEqual([
      { field: "enabled", solutionCode: "SCFRSP-3XTS", from: true, to: false },
      { field: "minCents", solutionCode: "SCFRSP-3XTS", from: null, to: 10_000 },
      { field: "title", solutionCode: "SCFRSP-3XTS", locale: "de", from: "", to: "Dreimal" },
      { field: "placement.cart", solutionCode: "SCFRSP-4XPS", from: true, to: false },
      { field: "order", from: ["SCFRSP-3XTS", "SCFRSP-4XPS", "SCFRLT-TXPS", "SCDELT-DXTS"], to: ["SCFRLT-TXPS", "SCFRSP-3XTS", "SCFRSP-4XPS", "SCDELT-DXTS"] },
      { field: "excludedCategories", added: ["Mobilité"], removed: [] },
      { field: "excludedSkus", added: [], removed: ["PN-88"] },
    ]);
    expect(settingsChanges(DEFAULTS, DEFAULTS)).toEqual([]);
  });
});
