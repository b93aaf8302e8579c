/**
 * What the merchant types in the orders search, as the engine's search takes
 * it. Shoppers quote the short reference of their order page (the id's first
 * ten hex digits, upper case, no dashes: "3F2A9C1B7D"); the engine matches
 * ids by prefix, dashes included, so a reference is turned back into one.
 */
export function orderSearchTerm(raw: string): string {
  const term = raw.trim().replace(/\s+/g, " ");
  if (!/^[0-9a-f]{9,32}$/i.test(term)) return term;
  const hex = term.toLowerCase();
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].filter(Boolean).join("-");
}
