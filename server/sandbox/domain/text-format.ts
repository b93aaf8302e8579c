import { formatEuro } from "@/server/lib/money";

/** The two languages the sandbox bank speaks: French for FR solutions, German for DE. */
export type BankLocale = "fr-FR" | "de-DE";

export function localeOf(market: "FR" | "DE"): BankLocale {
  return market === "FR" ? "fr-FR" : "de-DE";
}

/**
 * An amount for a customer-facing text ("1 234,56 €", "1.234,56 €"). Intl's
 * narrow no-break space is replaced by an ordinary one, which every font and
 * the standard PDF fonts can show.
 */
export function eurosText(cents: number, locale: BankLocale): string {
  return formatEuro(cents, locale).replace(/\u202f/g, "\u00a0");
}

/** A rate in percent with two decimals ("9,90 %"). */
export function percentText(value: number, locale: BankLocale): string {
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)}\u00a0%`;
}

/** French typography: a no-break space before ":", ";", "!" and "?", so they never start a line. */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([:;!?])/g, "\u00a0$1");
}
