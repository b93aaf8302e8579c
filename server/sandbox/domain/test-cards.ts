/**
 * The bank's French test cards (listed in docs/SANDBOX.md): in the split-payment journey,
 * the card number alone decides the outcome. Any other number is "unknown":
 * the sandbox takes no real card.
 *
 * The three refused numbers do not pass the Luhn check (the accepted ones
 * do), so a card form must not refuse a number for failing Luhn before
 * asking classifyTestCard, or the refused cards could never be tried.
 */

export type CardBrand = "CB" | "Visa" | "Mastercard";
export type CardOutcome = "accepted" | "refused" | "unknown";

export interface TestCard {
  readonly number: string;
  readonly brand: CardBrand;
  readonly outcome: "accepted" | "refused";
}

export const TEST_CARDS: readonly TestCard[] = Object.freeze([
  { number: "5017679110380400", brand: "CB", outcome: "accepted" },
  { number: "5017679210000700", brand: "Visa", outcome: "accepted" },
  { number: "5017679410000500", brand: "Mastercard", outcome: "accepted" },
  { number: "5017679110380900", brand: "CB", outcome: "refused" },
  { number: "5017679210000200", brand: "Visa", outcome: "refused" },
  { number: "5017679410000000", brand: "Mastercard", outcome: "refused" },
] as const satisfies readonly TestCard[]);

/** Digits only, with the spaces people type between groups removed; null when anything else is in it. */
export function normaliseCardNumber(input: string): string | null {
  const digits = input.replace(/\s+/g, "");
  return /^\d{12,19}$/.test(digits) ? digits : null;
}

/** The Luhn (mod 10) check of a card number's digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export interface CardClassification {
  readonly outcome: CardOutcome;
  /** The matched test card, when there is one. */
  readonly card?: TestCard;
  /** The only part of a card number the sandbox may keep or show; null if the input is not a card number. */
  readonly lastFour: string | null;
}

export function classifyTestCard(input: string): CardClassification {
  const digits = normaliseCardNumber(input);
  if (digits === null) return { outcome: "unknown", lastFour: null };
  const card = TEST_CARDS.find((c) => c.number === digits);
  return card ? { outcome: card.outcome, card, lastFour: digits.slice(-4) } : { outcome: "unknown", lastFour: digits.slice(-4) };
}
