/**
 * The one translation of the life cycle's sub-status constants into the texts
 * the bank puts on the wire (`consolidatedSubstatus` of the API, webhook
 * payloads). The bank sends readable English with spaces; where its status
 * page and the vendor's plugins spell one differently, the plugins' spelling
 * wins, since that is what the bank's clients were written against. The
 * constants stay internal (database, history, console).
 */
import type { SubStatus } from "./statuses";

const ON_THE_WIRE: Readonly<Record<SubStatus, string>> = {
  SUBSCRIPTION_IN_PROGRESS: "SUBSCRIPTION IN PROGRESS",
  PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE: "SUBSCRIPTION PRE-APPROVED BY PRODUCER WAITING FOR CONTRACT SIGNATURE",
  CONTRACT_SIGNED_BY_CUSTOMER: "CONTRACT SIGNED BY CUSTOMER",
  WAITING_CUSTOMER_FOR_ADDITIONAL_INFORMATION: "WAITING CUSTOMER FOR ADDITIONAL INFORMATION",
  SUBSCRIPTION_APPROVED_BY_PRODUCER: "SUBSCRIPTION APPROVED BY PRODUCER",
  WAITING_FOR_THE_DELIVERY_CONFIRMATION: "WAITING FOR THE DELIVERY CONFIRMATION",
  AWAITING_PAYMENT_TO_MERCHANT: "AWAITING PAYMENT TO MERCHANT",
  PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT: "PAYMENT HAS BEEN ISSUED TO MERCHANT",
  SUBSCRIPTION_REJECTED_BY_PRODUCER: "SUBSCRIPTION REJECTED BY PRODUCER",
  ABORTED_BY_CUSTOMER: "ABORTED BY CUSTOMER",
  ABORTED_DUE_TO_TECHNICAL_ISSUE: "ABORTED DUE TO TECHNICAL ISSUE",
  EXPIRED: "EXPIRED",
  CANCEL_BY_CUSTOMER: "CANCELLED BY CUSTOMER",
};

export function subStatusOnWire(subStatus: SubStatus): string {
  return ON_THE_WIRE[subStatus];
}
