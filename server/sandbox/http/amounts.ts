import { isWholeCents, toCents } from "@/server/lib/money";
import { SandboxHttpError } from "./errors";

/** Past this many euros a double holds no exact cents, and no contract of the bank covers the amount anyway. */
const MAX_EUROS = Number.MAX_SAFE_INTEGER / 100;

/**
 * Cents of an amount to compare with contracts (eligibility): an amount too
 * large to count in cents counts as the largest, which no contract covers.
 */
export function boundedCents(euros: number): number {
  return Math.abs(euros) > MAX_EUROS ? Math.sign(euros) * Number.MAX_SAFE_INTEGER : toCents(euros);
}

/** A euro amount of the API in cents, whatever its sign: the bank cannot count a fraction of a cent. */
export function wholeCents(euros: number, field: string): number {
  if (Number.isFinite(euros) && Math.abs(euros) > MAX_EUROS) return boundedCents(euros);
  if (!isWholeCents(euros)) {
    throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", `Field '${field}' must have at most 2 decimals; rejected value ${euros}`);
  }
  return toCents(euros);
}

/**
 * A positive euro amount of the API, in cents. The bank cannot finance a
 * zero, negative or boundless amount: the service's 400
 * REQUEST_VALIDATION_ERROR names the field.
 */
export function positiveCents(euros: number, field: string): number {
  if (!Number.isFinite(euros) || euros <= 0) {
    throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", `Field '${field}' must be greater than 0; rejected value ${euros}`);
  }
  if (euros > MAX_EUROS) {
    throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", `Field '${field}' is larger than any amount the bank finances; rejected value ${euros}`);
  }
  return wholeCents(euros, field);
}
