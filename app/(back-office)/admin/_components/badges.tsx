import { cancellationLabel, consolidatedLabel, subStatusLabel } from "@/server/shop/admin/labels";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
import type { OrderState } from "@/server/shop/orders/states";

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
export async function StateBadge({ state }: { state: OrderState }) {
  const { t } = await getAdminI18n();
  const info = t.states[state];
  return (
    <span className={`badge ${TONE[state]}`} title={info.description} data-state={state}>
      {info.label}
    </span>
  );
}

/** A cancellation is with the lender, which has not decided yet (Hanseatic answers REQUESTED). */
export async function CancellationRequestedBadge() {
  const { t } = await getAdminI18n();
  return (
    <span className="badge progress" title={t.badges.cancellationRequestedTitle} data-testid="cancellation-requested">
      {t.badges.cancellationRequested}
    </span>
  );
}

export async function HoldBadge({ reason }: { reason: string | null }) {
  const { t } = await getAdminI18n();
  return (
    <span className="badge hold" title={reason ?? t.badges.onHold}>
      {t.badges.onHold}
    </span>
  );
}

/**
 * The bank's status and sub-status in the admin's words, the status code
 * beside (it is what the bank's own tools and support quote).
 * `cancelledByMerchant`: the shop itself cancelled the whole financing, which
 * the bank still reports as the customer's cancellation.
 */
export async function BankStatus({
  status,
  subStatus,
  cancellationStatus,
  cancelledByMerchant = false,
}: {
  status: string | null;
  subStatus: string | null;
  cancellationStatus?: string | null;
  cancelledByMerchant?: boolean;
}) {
  const { t } = await getAdminI18n();
  if (!status) return <span className="muted">{t.bank.notAtBank}</span>;
  const byMerchant = cancelledByMerchant && status === "CANCELLED";
  return (
    <span data-bank-status={status}>
      {consolidatedLabel(status, t)} <code>{status}</code>
      {subStatus && <span className="sub" data-sub-status={subStatus}>{subStatusLabel(subStatus, t, { cancelledByMerchant: byMerchant })}</span>}
      {!subStatus && byMerchant && <span className="sub">{t.bank.cancelledByMerchant}</span>}
      {cancellationStatus && <span className="sub">{cancellationLabel(cancellationStatus, t)}</span>}
    </span>
  );
}
