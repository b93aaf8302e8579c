/**
 * The bank's carrier codes (ConfirmDeliveryRequest.operator) and the carriers' own names, which
 * read the same in every language: one list for the back office's delivery form and the
 * shopper's order page. "UNKNOWN" names no carrier; each side words it itself.
 */
import type { DeliveryOperator } from "../bank/vocabulary";

export type NamedCarrier = Exclude<DeliveryOperator, "UNKNOWN">;

export const CARRIER_NAMES: Readonly<Record<NamedCarrier, string>> = {
  UPS: "UPS",
  DHL: "DHL",
  CHRONOPOST: "Chronopost",
  LA_POSTE: "La Poste (Colissimo)",
  DPD: "DPD",
  RELAIS_COLIS: "Relais Colis",
  MONDIAL_RELAY: "Mondial Relay",
  FEDEX: "FedEx",
  GLS: "GLS",
};

/** The carrier's name, null for none or "UNKNOWN"; a code the list lacks is shown as the bank wrote it. */
export function carrierName(operator: string | null | undefined): string | null {
  if (!operator || operator === "UNKNOWN") return null;
  return CARRIER_NAMES[operator as NamedCarrier] ?? operator;
}
