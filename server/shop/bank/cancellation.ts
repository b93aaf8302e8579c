/**
 * A cancellation in the shop's terms, the body of POST .../_cancel built
 * from it in euros, and the bank's answer read back in cents.
 */
import type { CancellationRequest, CancellationResponse } from "@/server/contract/types";
import { toCents, toEuros } from "@/server/lib/money";
import { cancellationOutcome, type CancellationOutcome } from "./later-versions";

/** What the shop asks the bank to cancel. */
export interface Cancellation {
  amountCents: number;
  /** What is cancelled, in words. */
  item: string;
  reason: string;
  /** Who asked for it. */
  contact: { lastName?: string; firstName?: string; email?: string; phoneNumber?: string };
}

/** What became of it, and what the bank says it finances now (null when the answer does not say). */
export interface CancellationAnswer {
  outcome: CancellationOutcome;
  financedCents: number | null;
}

/** The bank's limit on the item's description. */
const ITEM_LENGTH = 200;

export function cancellationRequest(cancellation: Cancellation): CancellationRequest {
  return {
    cancelledAmount: toEuros(cancellation.amountCents),
    cancelledItem: cancellation.item.slice(0, ITEM_LENGTH),
    cancellationReason: cancellation.reason,
    cancellationContact: cancellation.contact,
  };
}

export function cancellationAnswer(answer: CancellationResponse): CancellationAnswer {
  return {
    outcome: cancellationOutcome(answer.status),
    financedCents: typeof answer.financedAmount === "number" ? toCents(answer.financedAmount) : null,
  };
}
