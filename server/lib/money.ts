/**
 * Money helpers. Inside the app every amount is an integer number of euro
 * cents; decimal euros exist only in the JSON bodies of the bank's API.
 * These functions are the only place where one becomes the other.
 */

/** Integer cents to decimal euros, for a JSON body (e.g. 12345 → 123.45). */
export function toEuros(cents: number): number {
  assertCents(cents);
  // Division by 100 of a safe integer gives the nearest double to the
  // two-decimal value, which JSON.stringify prints without float noise.
  return cents / 100;
}

/**
 * Decimal euros to integer cents, rounding half away from zero.
 *
 * Binary floats make `0.1 + 0.2` equal 0.30000000000000004 and `1.005 * 100`
 * equal 100.49999999999999; cutting the product to 6 decimals before rounding
 * removes that noise (30 and 101 cents) while leaving real sub-cent values
 * (e.g. 12.3449) rounded as a person would. NaN and ±Infinity are refused.
 */
export function toCents(euros: number): number {
  if (!Number.isFinite(euros)) throw new RangeError(`not a finite amount of euros: ${euros}`);
  const scaled = Number((Math.abs(euros) * 100).toFixed(6));
  const cents = Math.sign(euros) * Math.round(scaled);
  if (!Number.isSafeInteger(cents)) throw new RangeError(`amount out of range: ${euros}`);
  return cents === 0 ? 0 : cents; // never -0
}

/** True when `euros` has no more than two decimals (float noise tolerated). */
export function isWholeCents(euros: number): boolean {
  if (!Number.isFinite(euros)) return false;
  return Math.abs(euros * 100 - toCents(euros)) < 1e-6;
}

/** Human display, e.g. formatEuro(123456) → "1 234,56 €" (fr-FR) or "1.234,56 €" (de-DE). */
export function formatEuro(cents: number, locale = "fr-FR"): string {
  assertCents(cents);
  return new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format(cents / 100);
}

function assertCents(cents: number): void {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not an integer amount of cents: ${cents}`);
}
