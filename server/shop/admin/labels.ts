/**
 * Words for the back office (English, its one language), from the codes the
 * bank and the engine use. Pure: pages and client components share them.
 */
import type { DeliveryOperator } from "@/server/contract/types";
import { formatEuro } from "@/server/lib/money";

/** Amounts in the back office: euros, English notation (€1,234.56). */
export function euros(cents: number): string {
  return formatEuro(cents, "en-IE");
}

/** "SCFRSP-3XTS" → "Split payment 3× · FR"; "SCDELT-DXCO" → "Long credit · DE". */
export function solutionLabel(code: string): string {
  const market = code.slice(2, 4);
  if (code.slice(4, 6) === "SP") {
    const installments = /^(\d)X/.exec(code.slice(7))?.[1];
    return `Split payment${installments ? ` ${installments}×` : ""} · ${market}`;
  }
  return `Long credit · ${market}`;
}

/** Who pays the fees, from the variant (FACTS.md): TS merchant, PS shared, NO/CO buyer. */
export function feesLabel(code: string): string | null {
  const variant = code.slice(-2);
  const fees: Record<string, string> = { TS: "merchant pays the fees", PS: "fees shared", NO: "buyer pays the fees", CO: "buyer pays; merchant commission" };
  return fees[variant] ?? null;
}

/** "WAITING_FOR_THE_DELIVERY_CONFIRMATION" → "Waiting for the delivery confirmation". */
export function humanizeCode(code: string): string {
  const words = code.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const HISTORY_SOURCE_LABELS: Readonly<Record<string, string>> = {
  placement: "Checkout",
  return: "Shopper's return",
  reconciler: "Reconciler",
  webhook: "Webhook",
  merchant_action: "Back office",
};

/** The contract's operationIds, in a few words. */
export const OPERATION_LABELS: Readonly<Record<string, string>> = {
  requestAccessToken: "Access token",
  getEligibleProductServices: "Eligible solutions",
  simulateSolution: "Simulation",
  initiateCreditSubscription: "Create subscription",
  retrieveCreditSubscriptionForSpecificMerchant: "List subscriptions",
  retrieveCreditSubscription: "Read subscription",
  doConfirmDelivery: "Confirm delivery",
  doConfirmReturn: "Confirm return",
  cancelCreditSubscription: "Cancel",
};

/** The bank's carriers (ConfirmDeliveryRequest.operator), in the contract's order. */
export const OPERATOR_LABELS: Readonly<Record<DeliveryOperator, string>> = {
  UPS: "UPS",
  DHL: "DHL",
  CHRONOPOST: "Chronopost",
  LA_POSTE: "La Poste (Colissimo)",
  DPD: "DPD",
  RELAIS_COLIS: "Relais Colis",
  MONDIAL_RELAY: "Mondial Relay",
  FEDEX: "FedEx",
  GLS: "GLS",
  UNKNOWN: "Other carrier",
};

/** One time format for the whole back office; the merchant's clock is Paris time. */
const DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Paris",
  day: "2-digit",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

export function dateTime(ms: number): string {
  return DATE_TIME.format(new Date(ms));
}

/** "just now", "5 min ago", "3 h ago", "2 days ago" (or "in 5 min" for a time ahead, as a virtual clock may be). */
export function relativeTime(ms: number, now: number): string {
  const seconds = Math.round((now - ms) / 1000);
  const ahead = seconds < 0;
  const s = Math.abs(seconds);
  const text = s < 45 ? null : s < 3600 ? `${Math.round(s / 60)} min` : s < 86_400 ? `${Math.round(s / 3600)} h` : `${Math.round(s / 86_400)} days`;
  if (text === null) return "just now";
  return ahead ? `in ${text}` : `${text} ago`;
}
