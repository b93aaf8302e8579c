import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { amountsInText, cancellationLabel, feesLabel, operatorLabel, refusalText, solutionLabel } from "@/server/shop/admin/labels";
import type { Decision } from "@/server/shop/admin/order-actions";
import { requireAdmin } from "@/server/shop/auth/session";
import { storedErrorText } from "@/server/shop/bank/messages";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
import { storedNames } from "@/server/shop/orders/line-names";
import { MIN_REMAINING_FINANCED_CENTS } from "@/server/shop/orders/rules";
import { CREDIT_WITHDRAWAL_WINDOW_MS, SPLIT_CANCELLATION_WINDOW_MS } from "@/server/shop/orders/states";
import { serverCaller } from "@/server/shop/trpc/server";
import { ApiCallsTable } from "../../_components/api-calls-table";
import { BankStatus, CancellationRequestedBadge, HoldBadge, StateBadge } from "../../_components/badges";
import { Time } from "../../_components/time";
import { DataTable } from "../../../_components/data-table";
import { Card, Facts } from "../../../_components/facts";
import { PageHead } from "../../../_components/page-head";
import { CancelForm } from "./cancel-form";
import { DeliveryForm } from "./delivery-form";
import { LiveSubscription } from "./live-subscription";
import { BuyerCards, DoneLine, HistoryTable, StoredNote, WebhooksTable } from "./order-sections";
import { RefreshButton } from "./refresh-button";
import { ReturnButton } from "./return-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminI18n()).t.meta.order };
}

type Props = { params: Promise<{ id: string }> };

async function loadDetail(id: string) {
  const caller = await serverCaller();
  try {
    return await caller.admin.orders.detail({ id });
  } catch (error) {
    // A malformed id is as unknown as a missing one.
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export default async function OrderPage({ params }: Props) {
  const { id } = await params;
  await requireAdmin(`/admin/orders/${encodeURIComponent(id)}`);
  const detail = await loadDetail(id);
  const { t, fmt, locale } = await getAdminI18n();
  const { order, buyer, actions, now } = detail;
  const remaining = actions.cancel.remainingCents;
  const splitWindowEnd = order.solutionKind === "split" && order.acceptedAt !== null ? order.acceptedAt + SPLIT_CANCELLATION_WINDOW_MS : null;
  const creditWindowEnd = order.solutionKind === "credit" && order.acceptedAt !== null ? order.acceptedAt + CREDIT_WITHDRAWAL_WINDOW_MS : null;
  // The shop cancelled all of it: the bank still calls that the customer's cancellation.
  const cancelledByMerchant = order.cancelledCents > 0 && order.financedCents === 0;
  const minimumCents = MIN_REMAINING_FINANCED_CENTS;
  // The rules' reasons are English sentences for logs: the page says them in the admin's language, from their codes.
  const say = (decision: Decision, action: "delivery" | "return" | "cancel"): Decision =>
    decision.allowed ? decision : { ...decision, reason: refusalText(decision.code, { action, bankStatus: order.bankStatus, remainingCents: remaining, minimumCents }, t, fmt) };
  // Hold reasons the engine stored are English; a bank error is said in the admin's language, unless its row holds only the English sentence.
  const storedLang = locale === "en" ? undefined : "en";
  const lastError = storedErrorText(order, t.bankErrors);

  return (
    <>
      <PageHead
        back={{ href: "/admin", label: t.order.breadcrumb, here: <span className="mono">{detail.reference}</span> }}
        title={
          <>
            {t.order.heading} <span className="mono">{detail.reference}</span>
          </>
        }
        intro={
          <>
            <p>
              <StateBadge state={order.state} /> {actions.cancellationRequested && <CancellationRequestedBadge />} {order.onHold && <HoldBadge reason={order.onHoldReason} />}{" "}
              <span className="muted small">{t.states[order.state].description}</span>
            </p>
            <p className="muted small">
              {t.order.placed} <Time ms={order.createdAt} /> · {t.order.lastRead} <Time ms={order.lastSyncedAt} now={now} relative /> · {t.order.id}{" "}
              <span className="mono">{order.id}</span>
              <br />
              {t.common.timeZoneNote}
            </p>
          </>
        }
        aside={<RefreshButton orderId={order.id} minimumCents={minimumCents} />}
      />

      {order.onHold && <StoredNote tone="warn" title={t.order.onHold} text={amountsInText(order.onHoldReason, fmt)} lang={storedLang} />}
      {order.lastErrorCode && <StoredNote tone="error" title={t.order.lastError(order.lastErrorCode)} text={amountsInText(lastError.text, fmt)} lang={lastError.lang === "en" ? storedLang : undefined} />}

      <section className="actions" aria-label={t.order.actions}>
        <div className="card" id="delivery">
          <h2>{t.order.delivery}</h2>
          <DeliveryForm orderId={order.id} decision={say(actions.confirmDelivery, "delivery")} minimumCents={minimumCents}>
            {order.deliveryConfirmedAt !== null || order.isDelivered ? (
              <DoneLine testId="delivery-done" text={t.order.deliveryConfirmed} at={order.deliveryConfirmedAt}>
                {order.trackingNumber && (
                  <>
                    : {operatorLabel(order.deliveryOperator, t)}, {t.order.tracking} <span className="mono">{order.trackingNumber}</span>
                  </>
                )}
              </DoneLine>
            ) : undefined}
          </DeliveryForm>
        </div>

        {/* Only a bank speaking 1.7.1 knows returns: the card is not shown to a 1.4.0 merchant. */}
        {(actions.confirmReturn.allowed || order.isReturned || actions.confirmReturn.code !== "not_in_this_version") && order.solutionKind === "credit" && (
          <div className="card" id="return">
            <h2>{t.order.return}</h2>
            {order.isReturned ? (
              <DoneLine testId="return-done" text={t.order.returnConfirmed} at={order.returnConfirmedAt} />
            ) : (
              <ReturnButton orderId={order.id} decision={say(actions.confirmReturn, "return")} minimumCents={minimumCents} />
            )}
          </div>
        )}

        <div className="card" id="cancellation">
          <h2>{t.order.cancellation}</h2>
          {actions.cancellationRequested && (
            <p className="notice warn" role="note" data-testid="cancellation-pending">
              <strong>{t.order.cancellationPending}</strong>
              {order.cancellationRequestedCents !== null && t.order.cancellationPendingOf(fmt.money(order.cancellationRequestedCents))}
              {t.order.cancellationPendingRest}
            </p>
          )}
          <CancelForm
            orderId={order.id}
            remainingCents={remaining}
            minimumCents={minimumCents}
            full={say(actions.cancel.full, "cancel")}
            partial={say(actions.cancel.partial, "cancel")}
            bankStatus={order.bankStatus}
            splitWindowEnd={splitWindowEnd}
            creditWindowEnd={creditWindowEnd}
            isCredit={order.solutionKind === "credit"}
            defaultContact={{
              firstName: buyer?.firstName ?? "",
              lastName: buyer?.lastName ?? "",
              email: buyer?.email ?? "",
              phoneNumber: buyer?.mobilePhone ?? "",
            }}
          />
          {order.cancelledCents > 0 && (
            <p className="small">
              {t.order.cancelledSoFar} <strong>{fmt.money(order.cancelledCents)}</strong> {t.order.of} {fmt.money(order.initialFinancedCents)}.
            </p>
          )}
        </div>
      </section>

      <div className="grid-2 spaced">
        <Card id="amounts-title" title={t.order.amounts}>
          <Facts
            facts={[
              { term: t.order.subtotal, value: fmt.money(order.subtotalCents) },
              { term: t.order.deliveryCost, value: fmt.money(order.deliveryCents) },
              { term: t.order.total, value: <strong>{fmt.money(order.totalCents)}</strong> },
              { term: t.order.financedAtCheckout, value: fmt.money(order.initialFinancedCents) },
              { term: t.order.financedShop, value: fmt.money(order.financedCents), testId: "financed-shop" },
              {
                term: t.order.financedBank,
                value: order.bankFinancedCents === null ? <span className="muted">{t.order.notReadYet}</span> : fmt.money(order.bankFinancedCents),
                testId: "financed-bank",
              },
              { term: t.order.cancelled, value: fmt.money(order.cancelledCents) },
            ]}
          />
        </Card>

        <Card id="financing-title" title={t.order.financing}>
          <Facts
            facts={[
              {
                term: t.order.solution,
                value: (
                  <>
                    {solutionLabel(order.solutionCode, t)} <span className="mono muted">{order.solutionCode}</span>
                    {feesLabel(order.solutionCode, t) && <span className="sub muted small">{feesLabel(order.solutionCode, t)}</span>}
                  </>
                ),
              },
              { term: t.order.subscription, value: order.subscriptionId ?? <span className="muted">{t.order.noneYet}</span>, className: "mono" },
              {
                term: t.order.bankStatus,
                value: <BankStatus status={order.bankStatus} subStatus={order.bankSubStatus} cancelledByMerchant={cancelledByMerchant} />,
                testId: "bank-status",
              },
              {
                term: t.order.cancellationStatus,
                value: (
                  <>
                    {order.cancellationStatus ? cancellationLabel(order.cancellationStatus, t) : <span className="muted">{t.common.none}</span>}
                    {order.cancellationAlreadyMade && <span className="sub muted small">{t.order.alreadyMade}</span>}
                  </>
                ),
              },
              {
                term: t.order.accepted,
                value: (
                  <>
                    <Time ms={order.acceptedAt} />
                    {splitWindowEnd !== null && (
                      <span className="sub muted small">
                        {t.order.cancellableUntil} <Time ms={splitWindowEnd} />
                      </span>
                    )}
                  </>
                ),
              },
              { term: t.order.delivered, value: order.isDelivered ? t.common.yes : order.solutionKind === "split" ? t.order.notNeeded : t.common.no },
            ]}
          />
        </Card>
      </div>

      <section className="spaced" aria-labelledby="lines-title">
        <DataTable
          caption={t.order.lines}
          captionId="lines-title"
          rows={detail.lines}
          rowKey={(line) => line.id}
          columns={[
            {
              header: t.order.lineColumns.item,
              cell: (line) => (
                <>
                  {storedNames(line)[locale]}
                  <span className="sub">
                    {line.brand} {line.model} · {line.category}
                  </span>
                </>
              ),
            },
            { header: t.order.lineColumns.sku, className: "mono", cell: (line) => line.sku },
            { header: t.order.lineColumns.unitPrice, num: true, cell: (line) => fmt.money(line.unitPriceCents) },
            { header: t.order.lineColumns.qty, num: true, cell: (line) => line.quantity },
            { header: t.order.lineColumns.total, num: true, cell: (line) => fmt.money(line.lineTotalCents) },
          ]}
        />
      </section>

      <BuyerCards buyer={buyer} billingAddress={detail.billingAddress} deliveryAddress={detail.deliveryAddress} />

      <LiveSubscription
        orderId={order.id}
        hasSubscription={order.subscriptionId !== null}
        stored={{ bankStatus: order.bankStatus, bankFinancedCents: order.bankFinancedCents }}
        cancelledByMerchant={cancelledByMerchant}
      />

      <HistoryTable history={detail.history} cancelledByMerchant={cancelledByMerchant} />
      <WebhooksTable webhooks={detail.webhooks} />

      <section className="spaced">
        <ApiCallsTable calls={detail.apiCalls} caption={t.order.callsCaption} showOrder={false} />
        <p className="small">
          {detail.apiCalls.length >= 200 && t.order.last200}
          <Link href={`/admin/api-log?order=${order.id}`}>{t.order.openInLog}</Link>
        </p>
      </section>
    </>
  );
}
