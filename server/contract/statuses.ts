import type { CancellationStatus, ConsolidatedStatus } from "./types";

/**
 * The subscription's status words as values, for code that lists or
 * validates them (the generated types are types only). Both sides read
 * them from here; statuses.test.ts holds them equal to the contract's enums.
 */
export const CONSOLIDATED_STATUSES = ["INITIALIZED", "REQUESTED", "PRE_ACCEPTED", "ACCEPTED", "REJECTED", "ABORTED", "CANCELLED"] as const satisfies readonly ConsolidatedStatus[];

export const CANCELLATION_STATUSES = [
  "REQUEST_FOR_PARTIAL_CANCELLATION",
  "REQUEST_FOR_CANCELLATION",
  "CANCELLATION_ACCEPTED",
  "CANCELLATION_REJECTED",
  "PARTIAL_CANCELLATION_ACCEPTED",
  "PARTIAL_CANCELLATION_REJECTED",
] as const satisfies readonly CancellationStatus[];
