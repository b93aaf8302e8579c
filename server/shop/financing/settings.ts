import { z } from "zod";
import { LOCALES, type Locale } from "../i18n/locales";
import type { ContractedSolution } from "./contract";

/**
 * The merchant's financing settings: which contracted solution is offered,
 * within which amounts (inside the contract's), for which products, on which
 * pages, in which order and under which title. Pure and free of server code:
 * the back office's form checks what it sends with the same schema the
 * server applies.
 */
export const PLACEMENTS = ["product", "cart", "catalogue"] as const;
export type Placement = (typeof PLACEMENTS)[number];

const solutionCode = z.string().regex(/^SC[A-Z]{4}-\w{4}$/);
const title = z.string().trim().max(60);

export const solutionSettingsSchema = z.object({
  solutionCode,
  enabled: z.boolean(),
  /** Null: the contract's own bound. */
  minCents: z.number().int().positive().max(100_000_000).nullable(),
  maxCents: z.number().int().positive().max(100_000_000).nullable(),
  placements: z.object({ product: z.boolean(), cart: z.boolean(), catalogue: z.boolean() }),
  /** Per shopper language; empty or absent: the bank's title. */
  titles: z.object(Object.fromEntries(LOCALES.map((l) => [l, title.optional()])) as Record<Locale, z.ZodOptional<typeof title>>),
});

/** The shape alone; financingSettingsSchema adds the contract's rules. */
export const settingsShapeSchema = z.object({
  /** In the order the shopper sees them. */
  solutions: z.array(solutionSettingsSchema).max(20),
  excludedCategories: z.array(z.string().trim().min(1).max(100)).max(100),
  excludedSkus: z.array(z.string().trim().min(1).max(100)).max(1000),
});

export type SolutionSettings = z.infer<typeof solutionSettingsSchema>;
export type FinancingSettings = z.infer<typeof settingsShapeSchema>;

/** Why a setting is refused; the form words each code in the admin's language. */
export type SettingsIssueCode = "below_contract" | "above_contract" | "min_above_max" | "not_contracted" | "missing_solution" | "duplicate";

/**
 * The settings the contract allows: every contracted solution exactly once,
 * its amounts inside the contract's range (a merchant can narrow what the
 * bank finances, never widen it). Issues carry their code as message and the
 * contract's bound in `params`.
 */
export function financingSettingsSchema(contract: readonly ContractedSolution[]) {
  return settingsShapeSchema.superRefine((settings, ctx) => {
    const seen = new Set<string>();
    settings.solutions.forEach((s, index) => {
      const issue = (code: SettingsIssueCode, field?: "minCents" | "maxCents", boundCents?: number) =>
        ctx.addIssue({ code: "custom", message: code, path: ["solutions", index, ...(field ? [field] : [])], params: { solutionCode: s.solutionCode, boundCents } });
      const contracted = contract.find((c) => c.solutionCode === s.solutionCode);
      if (!contracted) return issue("not_contracted");
      if (seen.has(s.solutionCode)) return issue("duplicate");
      seen.add(s.solutionCode);
      for (const field of ["minCents", "maxCents"] as const) {
        const cents = s[field];
        if (cents === null) continue;
        if (cents < contracted.minCents) issue("below_contract", field, contracted.minCents);
        else if (cents > contracted.maxCents) issue("above_contract", field, contracted.maxCents);
      }
      if (s.minCents !== null && s.maxCents !== null && s.minCents > s.maxCents) issue("min_above_max", "maxCents", s.minCents);
    });
    for (const c of contract) {
      if (!seen.has(c.solutionCode)) ctx.addIssue({ code: "custom", message: "missing_solution", path: ["solutions"], params: { solutionCode: c.solutionCode } });
    }
  });
}

export interface SettingsIssue {
  /** "solutions.0.minCents": the field concerned. */
  path: string;
  code: SettingsIssueCode | string;
  boundCents?: number;
}

/** The settings' issues against the contract, as the form shows them; empty when they may be saved. */
export function settingsIssues(contract: readonly ContractedSolution[], settings: unknown): { settings: FinancingSettings; issues: [] } | { settings: null; issues: SettingsIssue[] } {
  const parsed = financingSettingsSchema(contract).safeParse(settings);
  if (parsed.success) return { settings: parsed.data, issues: [] };
  return {
    settings: null,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.join("."),
      code: issue.message,
      boundCents: (issue as { params?: { boundCents?: number } }).params?.boundCents,
    })),
  };
}

/** What the shop does with no settings saved: every contracted solution, its whole range, everywhere, in the contract's order. */
export function defaultSolutionSettings(solutionCode: string): SolutionSettings {
  return { solutionCode, enabled: true, minCents: null, maxCents: null, placements: { product: true, cart: true, catalogue: true }, titles: {} };
}

export function defaultSettings(contract: readonly ContractedSolution[]): FinancingSettings {
  return { solutions: contract.map((c) => defaultSolutionSettings(c.solutionCode)), excludedCategories: [], excludedSkus: [] };
}

/** One line of the settings' history. */
export type SettingsChange =
  | { field: "enabled" | `placement.${Placement}`; solutionCode: string; from: boolean; to: boolean }
  | { field: "minCents" | "maxCents"; solutionCode: string; from: number | null; to: number | null }
  | { field: "title"; solutionCode: string; locale: Locale; from: string; to: string }
  | { field: "order"; from: string[]; to: string[] }
  | { field: "excludedCategories" | "excludedSkus"; added: string[]; removed: string[] };

/** What a save changed, field by field: the history shows this rather than two whole documents. */
export function settingsChanges(before: FinancingSettings, after: FinancingSettings): SettingsChange[] {
  const changes: SettingsChange[] = [];
  const order = (s: FinancingSettings) => s.solutions.map((x) => x.solutionCode);
  for (const next of after.solutions) {
    const code = next.solutionCode;
    const prev = before.solutions.find((s) => s.solutionCode === code) ?? defaultSolutionSettings(code);
    if (prev.enabled !== next.enabled) changes.push({ field: "enabled", solutionCode: code, from: prev.enabled, to: next.enabled });
    for (const field of ["minCents", "maxCents"] as const) {
      if (prev[field] !== next[field]) changes.push({ field, solutionCode: code, from: prev[field], to: next[field] });
    }
    for (const placement of PLACEMENTS) {
      if (prev.placements[placement] !== next.placements[placement]) {
        changes.push({ field: `placement.${placement}`, solutionCode: code, from: prev.placements[placement], to: next.placements[placement] });
      }
    }
    for (const locale of LOCALES) {
      const from = prev.titles[locale] ?? "";
      const to = next.titles[locale] ?? "";
      if (from !== to) changes.push({ field: "title", solutionCode: code, locale, from, to });
    }
  }
  if (order(before).join() !== order(after).join()) changes.push({ field: "order", from: order(before), to: order(after) });
  for (const field of ["excludedCategories", "excludedSkus"] as const) {
    const added = after[field].filter((x) => !before[field].includes(x));
    const removed = before[field].filter((x) => !after[field].includes(x));
    if (added.length || removed.length) changes.push({ field, added, removed });
  }
  return changes;
}
