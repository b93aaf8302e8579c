import type { FinancingGap } from "@/server/shop/financing/contract";
import type { Formatters } from "@/server/shop/i18n/format";
import type { Messages } from "@/server/shop/i18n/messages";

/** For which amounts each contracted financing exists, and what this amount lacks ("3x à partir de 50 € : ajoutez 20,10 €"). */
export function FinancingGaps({ gaps, t, fmt }: { gaps: readonly FinancingGap[]; t: Messages; fmt: Formatters }) {
  if (gaps.length === 0) return null;
  return (
    <ul className="financing-gaps" aria-label={t.offers.gapsTitle} data-testid="financing-gaps">
      {gaps.map((gap) => {
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
