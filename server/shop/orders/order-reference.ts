/**
 * The shop's order number, the one people read and quote: the order id's
 * first ten hex digits, upper case, no dashes ("0B9E6C2E4A"). It is derived
 * once, at placement, and stored with the order (orders.reference, unique),
 * so that it is read back rather than recomputed; the full id stays the
 * bank's key (merchantGlobalOrderId).
 */
export function orderReference(orderId: string): string {
  return orderId.replace(/-/g, "").slice(0, 10).toUpperCase();
}
