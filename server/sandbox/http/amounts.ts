import { isWholeCents, toCents } from "@/server/lib/money";
import { BankError } from "./errors";

/** A euro amount of the API in cents, whatever its sign: the bank cannot count a fraction of a cent. */
export function wholeCents(euros: number, field: string): number {
  if (!Number.isFinite(euros) || !isWholeCents(euros)) {
    throw new BankError(400, "REQUEST_VALIDATION_ERROR", `Field '${field}' must have at most 2 decimals; rejected value ${euros}`);
  }
  return toCents(euros);
}

/**
 * A positive euro amount of the API, in cents. The bank cannot finance a
 * zero or negative amount: the service's 400 REQUEST_VALIDATION_ERROR names
 * the field.
 */
export function positiveCents(euros: number, field: string): number {
  if (!Number.isFinite(euros) || euros <= 0) {
    throw new BankError(400, "REQUEST_VALIDATION_ERROR", `Field '${field}' must be greater than 0; rejected value ${euros}`);
  }
  return wholeCents(euros, field);
}
