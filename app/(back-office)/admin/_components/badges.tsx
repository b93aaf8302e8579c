import { humanizeCode } from "@/server/shop/admin/labels";
import { ORDER_STATE_INFO, type OrderState } from "@/server/shop/orders/states";
import { isSubStatus, subStatusText } from "@/server/shop/orders/sub-status";

const TONE: Readonly<Record<OrderState, string>> = {
  pending: "neutral",
  failed: "bad",
  awaiting_financing: "progress",
  pre_accepted: "progress",
  accepted_to_ship: "action",
  delivered_awaiting_funding: "progress",
  funded: "good",
  rejected: "bad",
  aborted: "bad",
  cancelled: "bad",
  partially_cancelled: "action",
};

/** The merchant's state of an order, with what it means on hover. */
export function StateBadge({ state }: { state: OrderState }) {
  const info = ORDER_STATE_INFO[state];
  return (
    <span className={`badge ${TONE[state]}`} title={info.description} data-state={state}>
      {info.label}
    </span>
  );
}

/** A cancellation is with the lender, which has not decided yet (Hanseatic answers REQUESTED). */
export function CancellationRequestedBadge() {
  return (
    <span className="badge progress" title="The lender has not decided on the cancellation yet; the order follows its answer." data-testid="cancellation-requested">
      Cancellation requested
    </span>
  );
}

export function HoldBadge({ reason }: { reason: string | null }) {
  return (
    <span className="badge hold" title={reason ?? "On hold"}>
      On hold
    </span>
  );
}

/** The bank's status and sub-status, in words with the code beside. */
export function BankStatus({ status, subStatus, cancellationStatus }: { status: string | null; subStatus: string | null; cancellationStatus?: string | null }) {
  if (!status) return <span className="muted">Not at the bank</span>;
  return (
    <span data-bank-status={status}>
      <code>{status}</code>
      {subStatus && <span className="sub">{humanizeCode(isSubStatus(subStatus) ? subStatusText(subStatus) : subStatus)}</span>}
      {cancellationStatus && <span className="sub">{humanizeCode(cancellationStatus)}</span>}
    </span>
  );
}
