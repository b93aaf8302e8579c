import type { OrderFacts } from "./rules";

/** An accepted long credit of 1,000 €, not delivered, nothing cancelled: the rules' tests start from it. */
export const ACCEPTED_CREDIT: OrderFacts = {
  state: "accepted_to_ship",
  solutionKind: "credit",
  subscriptionId: "sub",
  bankStatus: "ACCEPTED",
  bankSubStatus: null,
  isDelivered: false,
  financedCents: 100_000,
  bankFinancedCents: 100_000,
  cancellationAlreadyMade: false,
  cancellationStatus: null,
  cancelledCents: 0,
  acceptedAt: 0,
  isReturned: false,
  cancellationRequestedCents: null,
};

/** The same credit, delivered and awaiting its funding. */
export const DELIVERED_CREDIT: OrderFacts = { ...ACCEPTED_CREDIT, state: "delivered_awaiting_funding", isDelivered: true, bankSubStatus: "AWAITING_PAYMENT_TO_MERCHANT" };
