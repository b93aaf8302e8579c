/**
 * The webhook's credentials are write-only: the merchant-webhooks API and
 * the controls answer a mask where one is set (null where not), so that a
 * leaked API token or console password does not also give away the key the
 * shop verifies the bank's signatures with. A configuration read, changed and
 * put back keeps the stored value where the mask comes back.
 */
export const WRITE_ONLY_FIELDS = ["keyForSignature", "authPassword", "secret"] as const;
type WriteOnly = (typeof WRITE_ONLY_FIELDS)[number];

export const MASK = "********";

export function masked<T extends Partial<Record<WriteOnly, string | null>>>(config: T): T {
  const copy = { ...config };
  for (const field of WRITE_ONLY_FIELDS) {
    if (copy[field]) copy[field] = MASK as T[WriteOnly];
  }
  return copy;
}

export function keepMasked<T extends Partial<Record<WriteOnly, string | null>>>(input: T, stored: Partial<Record<WriteOnly, string | null>> | undefined): T {
  const copy = { ...input };
  for (const field of WRITE_ONLY_FIELDS) {
    if (copy[field] === MASK) copy[field] = (stored?.[field] ?? null) as T[WriteOnly];
  }
  return copy;
}
