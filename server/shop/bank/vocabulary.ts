/**
 * The bank's words that the shop keeps as they are: its statuses and its
 * carriers' names, plain string unions with no amount in them. Type-only
 * apart from the status lists (server/contract/statuses.ts), so client
 * components may import it; everything else of the contract stays inside server/shop/bank/.
 */
import { CANCELLATION_STATUSES, CONSOLIDATED_STATUSES } from "@/server/contract/statuses";
import type { CancellationStatus, ConsolidatedStatus, DeliveryOperator } from "@/server/contract/types";

export type { CancellationStatus, ConsolidatedStatus, DeliveryOperator };

export { CANCELLATION_STATUSES, CONSOLIDATED_STATUSES };

export function isCancellationStatus(value: unknown): value is CancellationStatus {
  return typeof value === "string" && (CANCELLATION_STATUSES as readonly string[]).includes(value);
}
