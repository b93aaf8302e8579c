/**
 * Words for the back office, from the codes the bank and the engine use, in
 * the admin's language (the dictionaries: server/shop/i18n/admin-messages).
 * Pure: pages and client components share them.
 */
import type { DeliveryOperator } from "@/server/shop/bank/vocabulary";
import { parseEuroAmount } from "@/server/shop/admin/euro-amount";
import type { AdminFormatters } from "@/server/shop/i18n/admin-format";
import type { AdminMessages } from "@/server/shop/i18n/admin-messages";
import type { RefusalCode } from "@/server/shop/orders/rules";
import { isSubStatus, readSubStatus } from "@/server/shop/bank/sub-status";
import { CARRIER_NAMES, carrierName } from "@/server/shop/orders/carriers";

/** "SCFRSP-3XTS" → "Split payment 3× · FR"; "SCDELT-DXCO" → "Long credit · DE". */
export function solutionLabel(code: string, t: AdminMessages): string {
  const market = code.slice(2, 4);
  if (code.slice(4, 6) === "SP") {
    const installments = /^(\d)X/.exec(code.slice(7))?.[1] ?? null;
    return `${t.solutions.split(installments)} · ${market}`;
  }
  return `${t.solutions.credit} · ${market}`;
}

/** Who pays the fees, read from the code's last two letters: TS the merchant, PS shared, NO and CO the buyer. */
export function feesLabel(code: string, t: AdminMessages): string | null {
  return t.solutions.fees[code.slice(-2)] ?? null;
}

/** The carriers in the contract's order, then "other". */
export const OPERATORS = [...(Object.keys(CARRIER_NAMES) as DeliveryOperator[]), "UNKNOWN"] as const satisfies readonly DeliveryOperator[];

export function operatorLabel(operator: string | null, t: AdminMessages): string {
  if (operator === null || operator === "UNKNOWN") return t.otherCarrier;
  return carrierName(operator) ?? t.otherCarrier;
}

/** A consolidated status, cancellation status or operation in words; a code the dictionary lacks is shown as sent. */
export function consolidatedLabel(status: string, t: AdminMessages): string {
  return (t.bank.consolidated as Record<string, string>)[status] ?? status;
}

export function cancellationLabel(status: string, t: AdminMessages): string {
  return (t.bank.cancellation as Record<string, string>)[status] ?? status;
}

export function operationLabel(operation: string, t: AdminMessages): string {
  return t.operations[operation] ?? operation;
}

export function historySourceLabel(source: string, t: AdminMessages): string {
  return t.historySources[source] ?? source;
}

/**
 * The sub-status in the admin's words. The bank (and the sandbox) keep
 * "cancel by customer" for every cancellation, including the merchant's own:
 * where the shop knows the merchant cancelled, it says so.
 */
export function subStatusLabel(subStatus: string, t: AdminMessages, options: { cancelledByMerchant?: boolean } = {}): string {
  // Stored orders hold the canonical name; the bank's live answer, any of its spellings.
  const canonical = isSubStatus(subStatus) ? subStatus : readSubStatus(subStatus);
  if (!canonical) return subStatus;
  if (canonical === "CANCEL_BY_CUSTOMER" && options.cancelledByMerchant) return t.bank.cancelledByMerchant;
  return t.bank.subStatus[canonical];
}

/** What a refusal's sentence quotes. The minimum comes from the caller (rules.ts's MIN_REMAINING_FINANCED_CENTS): client components do not load the engine's rules. */
export interface RefusalFacts {
  bankStatus: string | null;
  remainingCents: number;
  minimumCents: number;
}

/** Why the rules refuse an action, in the admin's language, with the amounts the refusal quotes. */
export function refusalText(code: RefusalCode, facts: RefusalFacts & { action: "delivery" | "return" | "cancel" }, t: AdminMessages, fmt: AdminFormatters): string {
  return t.refusals[code]({
    action: facts.action,
    bankStatus: facts.bankStatus ? consolidatedLabel(facts.bankStatus, t) : "—",
    remaining: fmt.money(facts.remainingCents),
    minimum: fmt.money(facts.minimumCents),
    maxPartial: fmt.money(Math.max(0, facts.remainingCents - facts.minimumCents)),
  });
}

/**
 * The engine's stored English texts (history notes, hold reasons, bank
 * errors) write amounts as "100 €" or "889.5 €": shown in the back office,
 * each becomes the admin's one notation, so that a page never writes amounts
 * two ways.
 */
export function amountsInText(text: string, fmt: AdminFormatters): string;
export function amountsInText(text: string | null, fmt: AdminFormatters): string | null;
export function amountsInText(text: string | null, fmt: AdminFormatters): string | null {
  return (
    text?.replace(/(?<![\d.,])(\d{1,9}(?:[.,]\d{1,2})?)\s?€/g, (match, euros: string) => {
      const cents = parseEuroAmount(euros);
      return cents === null ? match : fmt.money(cents);
    }) ?? null
  );
}
