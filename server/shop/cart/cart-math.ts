/**
 * Cart arithmetic in integer cents. Prices always come from the catalogue on
 * the server; the browser only ever sends product ids and quantities.
 */
export const MAX_QUANTITY = 10;
export const MAX_LINES = 20;

export interface PricedLine {
  productId: number;
  unitPriceCents: number;
  quantity: number;
}

export interface CartTotals {
  itemCount: number;
  subtotalCents: number;
  deliveryCents: number;
  totalCents: number;
}

export function isValidQuantity(quantity: number): boolean {
  return Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_QUANTITY;
}

export function lineTotalCents(line: PricedLine): number {
  if (!Number.isSafeInteger(line.unitPriceCents) || line.unitPriceCents < 0) {
    throw new RangeError(`bad unit price: ${line.unitPriceCents}`);
  }
  if (!isValidQuantity(line.quantity)) throw new RangeError(`bad quantity: ${line.quantity}`);
  return line.unitPriceCents * line.quantity;
}

/** Adding to a line that already holds the product tops it up, capped at MAX_QUANTITY. */
export function mergedQuantity(current: number, added: number): number {
  return Math.min(MAX_QUANTITY, Math.max(0, current) + added);
}

export function cartTotals(lines: readonly PricedLine[]): CartTotals {
  let itemCount = 0;
  let subtotalCents = 0;
  for (const line of lines) {
    itemCount += line.quantity;
    subtotalCents += lineTotalCents(line);
  }
  // Delivery is free in the demo shop; kept as its own figure so a real shop can price it.
  const deliveryCents = 0;
  return { itemCount, subtotalCents, deliveryCents, totalCents: subtotalCents + deliveryCents };
}
