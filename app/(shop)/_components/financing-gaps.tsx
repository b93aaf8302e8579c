import type { FinancingDecision } from "@/server/shop/financing/decision";
import type { Formatters } from "@/server/shop/i18n/format";
import type { Messages } from "@/server/shop/i18n/messages";

/**
 * Why financing is missing, from the merchant's decision: an item it excludes
 * ("Financement non disponible pour ce produit"), or, for each financing the
 * amount is outside of, the amounts it exists for and what this one lacks
 * ("3x à partir de 50 € : ajoutez 20,10 €").
 */
export function FinancingGaps({ decision, scope, t, fmt }: { decision: FinancingDecision; scope: "product" | "cart"; t: Messages; fmt: Formatters }) {
  if (decision.excludedItems.length > 0) {
    return (
      <p className="financing-gaps" data-testid="financing-excluded">
        {scope === "product" ? t.offers.excludedProduct : t.offers.excludedCart(decision.excludedItems.map((item) => item.name).join(", "))}
      </p>
    );
  }
  if (decision.gaps.length === 0) return null;
  return (
    <ul className="financing-gaps" aria-label={t.offers.gapsTitle} data-testid="financing-gaps">
      {decision.gaps.map((gap) => {
        const name = t.offers.solutionName(gap.installments);
        return (
          <li key={`${gap.kind}:${gap.installments}`}>
            {gap.tooHigh ? t.offers.gapAbove(name, fmt.money(gap.maxCents)) : t.offers.gapBelow(name, fmt.money(gap.minCents), fmt.money(gap.missingCents))}
          </li>
        );
      })}
    </ul>
  );
}
