import type { ORDER_STATES } from "@/db/shop/schema";
import type { ShopperOrder } from "../orders/shopper-order";

export type OrderState = (typeof ORDER_STATES)[number];

/**
 * What the shopper is told about an order, from the merchant's state (which
 * the engine keeps true to the bank's consolidatedStatus). Never from the
 * return URL: its query parameters are not even read.
 */
export type ShopperOutcome = "pending" | "accepted" | "pre_accepted" | "rejected" | "aborted" | "cancelled" | "failed";

export function shopperOutcome(state: OrderState): ShopperOutcome {
  switch (state) {
    case "pending":
    case "awaiting_financing":
      return "pending";
    case "pre_accepted":
      return "pre_accepted";
    case "accepted_to_ship":
    case "delivered_awaiting_funding":
    case "funded":
    case "partially_cancelled":
      return "accepted";
    case "rejected":
      return "rejected";
    case "aborted":
      return "aborted";
    case "cancelled":
      return "cancelled";
    case "failed":
      return "failed";
  }
}

/** The cart stays with the shopper unless the financing went through. */
export function keepsCart(outcome: ShopperOutcome): boolean {
  return outcome !== "accepted" && outcome !== "pre_accepted";
}

/**
 * Serialisable, shopper-facing view of an order: what the engine's shopper
 * order holds (the shop's order number, the lines as sold, the country whose
 * time zone its dates are shown in), keyed by its public token, plus what the
 * merchant recorded. No buyer data.
 */
export interface OrderView
  extends Pick<ShopperOrder, "reference" | "state" | "solutionCode" | "solutionKind" | "totalCents" | "financedCents" | "createdAt" | "lastSyncedAt" | "cancellationRequested" | "lines" | "country"> {
  token: string;
  outcome: ShopperOutcome;
  /** Where the goods are, as the merchant recorded it (never guessed from the financing's state alone). */
  shipping: "preparing" | "delivered" | "none";
  /** The tracking number and carrier the merchant entered when confirming delivery. */
  tracking: { number: string; carrier: string | null } | null;
  /** Cancelled by the merchant, accepted by the lender. */
  cancelledCents: number;
}

/**
 * Where the goods are: delivered once the merchant confirmed the delivery (or
 * the bank says so); nothing to prepare for an order that is not going ahead.
 */
export function shippingStage(state: OrderState, isDelivered: boolean): OrderView["shipping"] {
  if (state === "cancelled" || shopperOutcome(state) !== "accepted") return "none";
  return isDelivered || state === "delivered_awaiting_funding" || state === "funded" ? "delivered" : "preparing";
}
