import { z } from "zod";

/**
 * An amount of money typed by a person, in euros ("120", "120.5", "120,50"),
 * read into integer cents without going through a float: digits, one
 * separator, at most two decimals, nothing else.
 */
const EUROS = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

export function parseEuroAmount(text: string): number | null {
  const match = EUROS.exec(text.trim());
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Integer cents from a string of euros; refuses what parseEuroAmount refuses, and zero. */
export const euroAmountSchema = z.string().transform((text, ctx) => {
  const cents = parseEuroAmount(text);
  if (cents === null) {
    ctx.addIssue({ code: "custom", message: "Enter an amount in euros, such as 120 or 120.50 (at most two decimals)." });
    return z.NEVER;
  }
  if (cents === 0) {
    ctx.addIssue({ code: "custom", message: "The amount must be at least 0.01 €." });
    return z.NEVER;
  }
  return cents;
});
