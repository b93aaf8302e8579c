import type { Country, Locale } from "../i18n/locales";
import { CONTRACTED_SOLUTIONS, type ContractedSolution } from "./contract";
import type { Offer } from "./offer-types";
import { defaultSolutionSettings, type FinancingSettings, type Placement } from "./settings";
import { solutionKind, splitInstallments, type SolutionKind } from "./solution-kind";

/**
 * The one answer to "which financing may this shopper be offered, here, and
 * why not the others": the product insert, the catalogue cards, the cart, the
 * checkout's choice and the server's placement all ask it, so what is shown,
 * what can be picked and what the server accepts never differ. Pure: the
 * settings, the contract, the amount, the items and the country in, a verdict
 * per contracted solution out. The bank still judges eligibility itself; this
 * only narrows what the merchant allows.
 */
export interface DecisionItem {
  readonly sku: string;
  readonly category: string;
  /** For the shopper's message ("... pour ce panier : Vélo électrique urbain"). */
  readonly name: string;
}

export interface DecisionInput {
  readonly settings: FinancingSettings;
  readonly amountCents: number;
  readonly country: Country;
  readonly items: readonly DecisionItem[];
  /** Where the offer would show; "checkout" (the choice and the placement) ignores where the merchant advertises. */
  readonly placement: Placement | "checkout";
  readonly contract?: readonly ContractedSolution[];
}

/** Why a solution is not offered. Only `amount` is told per solution; an exclusion is told once for the product or cart. */
export type Refusal = "off" | "other_market" | "not_here" | "excluded" | "amount";

export interface SolutionVerdict {
  readonly solutionCode: string;
  readonly kind: SolutionKind;
  /** Instalments of a split payment; null for credit. */
  readonly installments: number | null;
  /** The range the merchant allows: the contract's, narrowed by the settings. */
  readonly minCents: number;
  readonly maxCents: number;
  readonly refusal: Refusal | null;
}

/** An amount outside a solution's range: what it needs, in words the shop can render ("3x à partir de 50 € : ajoutez 20,10 €"). */
export interface FinancingGap {
  readonly kind: SolutionKind;
  readonly installments: number | null;
  readonly minCents: number;
  readonly maxCents: number;
  /** How much is missing to reach the minimum (0 when the amount is above the maximum instead). */
  readonly missingCents: number;
  readonly tooHigh: boolean;
}

export interface FinancingDecision {
  /** Every contracted solution, in the merchant's order. */
  readonly verdicts: readonly SolutionVerdict[];
  /** The solution codes that may be offered, in the merchant's order. */
  readonly allowed: readonly string[];
  /** The items the merchant excluded from financing (none: empty); any one of them excludes the whole cart. */
  readonly excludedItems: readonly DecisionItem[];
  /** The billing country's solutions, advertised here, that this amount is below or above, fewest instalments first. */
  readonly gaps: readonly FinancingGap[];
  /** Whether any of the country's solutions is advertised here at all; when none is, the page says nothing of financing. */
  readonly advertised: boolean;
}

export function decideFinancing(input: DecisionInput): FinancingDecision {
  const { settings, amountCents, country, items, placement } = input;
  const contract = input.contract ?? CONTRACTED_SOLUTIONS;
  const excludedItems = items.filter((item) => settings.excludedSkus.includes(item.sku) || settings.excludedCategories.includes(item.category));
  const position = (code: string) => {
    const index = settings.solutions.findIndex((s) => s.solutionCode === code);
    return index === -1 ? settings.solutions.length : index;
  };
  const ordered = [...contract].sort((a, b) => position(a.solutionCode) - position(b.solutionCode));
  const verdicts = ordered.map((contracted): SolutionVerdict => {
    const own = settings.solutions.find((s) => s.solutionCode === contracted.solutionCode) ?? defaultSolutionSettings(contracted.solutionCode);
    // Stored settings are checked at save; a contract narrowed since still wins.
    const minCents = Math.max(contracted.minCents, own.minCents ?? 0);
    const maxCents = Math.min(contracted.maxCents, own.maxCents ?? Number.MAX_SAFE_INTEGER);
    const refusal: Refusal | null = !own.enabled
      ? "off"
      : contracted.country !== country
        ? "other_market"
        : placement !== "checkout" && !own.placements[placement]
          ? "not_here"
          : excludedItems.length > 0
            ? "excluded"
            : amountCents < minCents || amountCents > maxCents
              ? "amount"
              : null;
    return { solutionCode: contracted.solutionCode, kind: solutionKind(contracted.solutionCode), installments: splitInstallments(contracted.solutionCode), minCents, maxCents, refusal };
  });
  const gaps = verdicts
    .filter((v) => v.refusal === "amount")
    .map((v) => ({
      kind: v.kind,
      installments: v.installments,
      minCents: v.minCents,
      maxCents: v.maxCents,
      missingCents: Math.max(0, v.minCents - amountCents),
      tooHigh: amountCents > v.maxCents,
    }))
    .sort((a, b) => (a.installments ?? 99) - (b.installments ?? 99));
  const allowed = verdicts.filter((v) => v.refusal === null).map((v) => v.solutionCode);
  const advertised = verdicts.some((v) => v.refusal === null || v.refusal === "excluded" || v.refusal === "amount");
  return { verdicts, allowed, excludedItems: advertised ? excludedItems : [], gaps, advertised };
}

/**
 * The bank's offers the decision allows, in the merchant's order, under the
 * merchant's title for the shopper's language when it set one. A solution the
 * bank offers but the contract does not list is not offered: the merchant
 * cannot have decided about it.
 */
export function allowedOffers(offers: readonly Offer[], decision: FinancingDecision, settings: FinancingSettings, locale: Locale): Offer[] {
  return decision.allowed.flatMap((code) => {
    const offer = offers.find((o) => o.solutionCode === code);
    if (!offer) return [];
    const merchantTitle = settings.solutions.find((s) => s.solutionCode === code)?.titles[locale]?.trim();
    return [merchantTitle ? { ...offer, merchantTitle } : offer];
  });
}
