import type { ContractedSolution } from "../financing/contract";
import type { SettingsChange } from "../financing/settings";
import { splitInstallments } from "../financing/solution-kind";
import type { AdminFormatters } from "../i18n/admin-format";
import type { AdminMessages } from "../i18n/admin-messages";

/** The financing settings' history in the admin's words: one sentence per change ("Paiement en 3 fois : minimum celui de la banque → 150,00 €"). */
export function settingsChangeLines(t: AdminMessages, fmt: AdminFormatters, contract: readonly ContractedSolution[], products: readonly { sku: string; name: string }[]) {
  const w = t.financing;
  const name = (code: string) => w.solutionName(splitInstallments(code), contract.find((c) => c.solutionCode === code)?.country ?? "");
  const amount = (cents: number | null) => (cents === null ? w.bankBound : fmt.money(cents));
  const product = (sku: string) => products.find((p) => p.sku === sku)?.name ?? sku;
  const line = (change: SettingsChange): string => {
    switch (change.field) {
      case "enabled":
        return w.change.offered(name(change.solutionCode), change.to);
      case "minCents":
        return w.change.minimum(name(change.solutionCode), amount(change.from), amount(change.to));
      case "maxCents":
        return w.change.maximum(name(change.solutionCode), amount(change.from), amount(change.to));
      case "placement.product":
      case "placement.cart":
      case "placement.catalogue":
        return w.change.placement(name(change.solutionCode), w.placements[change.field.slice("placement.".length) as keyof typeof w.placements], change.to);
      case "title":
        return w.change.title(name(change.solutionCode), w.languageNames[change.locale], change.to);
      case "order":
        return w.change.order(change.to.map(name).join(", "));
      case "excludedCategories":
        return w.change.categories(change.added.join(", "), change.removed.join(", "));
      case "excludedSkus":
        return w.change.products(change.added.map(product).join(", "), change.removed.map(product).join(", "));
    }
  };
  return (changes: readonly SettingsChange[]) => changes.map(line);
}
