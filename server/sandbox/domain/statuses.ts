/** The bank's statuses and the sub-statuses each can have (the life cycle, lifecycle.ts, moves between them). */
export const STATUSES = ["INITIALIZED", "PRE_ACCEPTED", "ACCEPTED", "REJECTED", "ABORTED", "CANCELLED"] as const;
export type Status = (typeof STATUSES)[number];
// The API's enum also lists REQUESTED, which no
// move of this bank produces: Hanseatic's REQUESTED is a cancellation answer.

export const SUB_STATUSES = {
  INITIALIZED: ["SUBSCRIPTION_IN_PROGRESS"],
  PRE_ACCEPTED: ["PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE", "CONTRACT_SIGNED_BY_CUSTOMER", "WAITING_CUSTOMER_FOR_ADDITIONAL_INFORMATION"],
  ACCEPTED: [
    "SUBSCRIPTION_APPROVED_BY_PRODUCER",
    "WAITING_FOR_THE_DELIVERY_CONFIRMATION",
    "AWAITING_PAYMENT_TO_MERCHANT",
    "PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT",
  ],
  REJECTED: ["SUBSCRIPTION_REJECTED_BY_PRODUCER"],
  ABORTED: ["ABORTED_BY_CUSTOMER", "ABORTED_DUE_TO_TECHNICAL_ISSUE", "EXPIRED"],
  CANCELLED: ["CANCEL_BY_CUSTOMER"],
} as const satisfies Record<Status, readonly string[]>;
export type SubStatus = (typeof SUB_STATUSES)[Status][number];
