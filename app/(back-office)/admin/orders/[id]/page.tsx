import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { euros, feesLabel, humanizeCode, OPERATOR_LABELS, solutionLabel } from "@/server/shop/admin/labels";
import type { DeliveryOperator } from "@/server/contract/types";
import { requireAdmin } from "@/server/shop/auth/session";
import { ORDER_STATE_INFO, SPLIT_CANCELLATION_WINDOW_MS } from "@/server/shop/orders/states";
import { serverCaller } from "@/server/shop/trpc/server";
import { ApiCallsTable } from "../../_components/api-calls-table";
import { BankStatus, CancellationRequestedBadge, HoldBadge, StateBadge } from "../../_components/badges";
import { Time } from "../../_components/time";
import { CancelForm } from "./cancel-form";
import { DeliveryForm } from "./delivery-form";
import { LiveSubscription } from "./live-subscription";
import { BuyerCards, HistoryTable, WebhooksTable } from "./order-sections";
import { RefreshButton } from "./refresh-button";
import { ReturnButton } from "./return-button";

export const metadata: Metadata = { title: "Order" };

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
  const { order, buyer, actions, now } = detail;
  const remaining = actions.cancel.remainingCents;
  const splitWindowEnd = order.solutionKind === "split" && order.acceptedAt !== null ? order.acceptedAt + SPLIT_CANCELLATION_WINDOW_MS : null;

  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin">Orders</Link> / <span className="mono">{detail.reference}</span>
      </p>
      <div className="page-head">
        <div>
          <h1>
            Order <span className="mono">{detail.reference}</span>
          </h1>
          <p>
            <StateBadge state={order.state} /> {actions.cancellationRequested && <CancellationRequestedBadge />} {order.onHold && <HoldBadge reason={order.onHoldReason} />}{" "}
            <span className="muted small">{ORDER_STATE_INFO[order.state].description}</span>
          </p>
          <p className="muted small">
            Placed <Time ms={order.createdAt} /> · last read from the bank <Time ms={order.lastSyncedAt} now={now} relative /> · id{" "}
            <span className="mono">{order.id}</span>
          </p>
        </div>
        <RefreshButton orderId={order.id} />
      </div>

      {order.onHold && (
        <div className="notice warn" role="note">
          <p>
            <strong>On hold.</strong> {order.onHoldReason}
          </p>
        </div>
      )}
      {order.lastErrorCode && (
        <div className="notice error" role="note">
          <p>
            <strong>Last bank error ({order.lastErrorCode}).</strong> {order.lastErrorMessage}
          </p>
        </div>
      )}

      <section className="actions" aria-label="Actions">
        <div className="card" id="delivery">
          <h2>Delivery</h2>
          <DeliveryForm orderId={order.id} decision={actions.confirmDelivery}>
            {order.deliveryConfirmedAt !== null || order.isDelivered ? (
              <p data-testid="delivery-done">
                Delivery confirmed{order.deliveryConfirmedAt !== null && <> <Time ms={order.deliveryConfirmedAt} /></>}
                {order.trackingNumber && (
                  <>
                    : {OPERATOR_LABELS[(order.deliveryOperator ?? "UNKNOWN") as DeliveryOperator] ?? order.deliveryOperator}, tracking <span className="mono">{order.trackingNumber}</span>
                  </>
                )}
                .
              </p>
            ) : undefined}
          </DeliveryForm>
        </div>

        {/* Only a bank speaking 1.7.1 knows returns: the card is not shown to a 1.4.0 merchant. */}
        {(actions.confirmReturn.allowed || order.isReturned || actions.confirmReturn.code !== "not_in_this_version") && order.solutionKind === "credit" && (
          <div className="card" id="return">
            <h2>Return</h2>
            {order.isReturned ? (
              <p data-testid="return-done">
                Return confirmed{order.returnConfirmedAt !== null && <> <Time ms={order.returnConfirmedAt} /></>}.
              </p>
            ) : (
              <ReturnButton orderId={order.id} decision={actions.confirmReturn} />
            )}
          </div>
        )}

        <div className="card" id="cancellation">
          <h2>Cancellation</h2>
          {actions.cancellationRequested && (
            <p className="notice warn" role="note" data-testid="cancellation-pending">
              <strong>Cancellation requested</strong>
              {order.cancellationRequestedCents !== null && <> of {euros(order.cancellationRequestedCents)}</>}: the lender has not decided yet. The order follows its answer;
              no other cancellation can be made meanwhile.
            </p>
          )}
          <CancelForm
            orderId={order.id}
            remainingCents={remaining}
            full={actions.cancel.full}
            partial={actions.cancel.partial}
            splitWindowEnd={splitWindowEnd}
            defaultContact={{
              firstName: buyer?.firstName ?? "",
              lastName: buyer?.lastName ?? "",
              email: buyer?.email ?? "",
              phoneNumber: buyer?.mobilePhone ?? "",
            }}
          />
          {order.cancelledCents > 0 && (
            <p className="small">
              Cancelled so far: <strong>{euros(order.cancelledCents)}</strong> of {euros(order.initialFinancedCents)}.
            </p>
          )}
        </div>
      </section>

      <div className="grid-2" style={{ marginTop: "1rem" }}>
        <section className="card" aria-labelledby="amounts-title">
          <h2 id="amounts-title">Amounts</h2>
          <dl className="facts">
            <dt>Subtotal</dt>
            <dd>{euros(order.subtotalCents)}</dd>
            <dt>Delivery</dt>
            <dd>{euros(order.deliveryCents)}</dd>
            <dt>Order total</dt>
            <dd>
              <strong>{euros(order.totalCents)}</strong>
            </dd>
            <dt>Financed at checkout</dt>
            <dd>{euros(order.initialFinancedCents)}</dd>
            <dt>Financed now (shop)</dt>
            <dd data-testid="financed-shop">{euros(order.financedCents)}</dd>
            <dt>Financed now (bank)</dt>
            <dd data-testid="financed-bank">{order.bankFinancedCents === null ? <span className="muted">not read yet</span> : euros(order.bankFinancedCents)}</dd>
            <dt>Cancelled</dt>
            <dd>{euros(order.cancelledCents)}</dd>
          </dl>
        </section>

        <section className="card" aria-labelledby="financing-title">
          <h2 id="financing-title">Financing</h2>
          <dl className="facts">
            <dt>Solution</dt>
            <dd>
              {solutionLabel(order.solutionCode)} <span className="mono muted">{order.solutionCode}</span>
              {feesLabel(order.solutionCode) && <span className="sub muted small">{feesLabel(order.solutionCode)}</span>}
            </dd>
            <dt>Subscription</dt>
            <dd className="mono">{order.subscriptionId ?? <span className="muted">none yet</span>}</dd>
            <dt>Bank status</dt>
            <dd data-testid="bank-status">
              <BankStatus status={order.bankStatus} subStatus={order.bankSubStatus} />
            </dd>
            <dt>Cancellation</dt>
            <dd>
              {order.cancellationStatus ? humanizeCode(order.cancellationStatus) : <span className="muted">none</span>}
              {order.cancellationAlreadyMade && <span className="sub muted small">A cancellation was already accepted by the bank.</span>}
            </dd>
            <dt>Accepted</dt>
            <dd>
              <Time ms={order.acceptedAt} />
              {splitWindowEnd !== null && (
                <span className="sub muted small">
                  Cancellable until <Time ms={splitWindowEnd} />
                </span>
              )}
            </dd>
            <dt>Delivered</dt>
            <dd>{order.isDelivered ? "Yes" : order.solutionKind === "split" ? "Not needed (split payment)" : "No"}</dd>
          </dl>
        </section>
      </div>

      <section style={{ marginTop: "1rem" }} aria-labelledby="lines-title">
        <div className="table-wrap">
          <table>
            <caption id="lines-title">Lines</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">SKU</th>
                <th scope="col" className="num">
                  Unit price
                </th>
                <th scope="col" className="num">
                  Qty
                </th>
                <th scope="col" className="num">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {detail.lines.map((line) => (
                <tr key={line.id}>
                  <td>
                    {line.label}
                    <span className="sub">
                      {line.brand} {line.model} · {line.category}
                    </span>
                  </td>
                  <td className="mono">{line.sku}</td>
                  <td className="num">{euros(line.unitPriceCents)}</td>
                  <td className="num">{line.quantity}</td>
                  <td className="num">{euros(line.lineTotalCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <BuyerCards buyer={buyer} billingAddress={detail.billingAddress} deliveryAddress={detail.deliveryAddress} />

      <LiveSubscription orderId={order.id} hasSubscription={order.subscriptionId !== null} stored={{ bankStatus: order.bankStatus, bankFinancedCents: order.bankFinancedCents }} />

      <HistoryTable history={detail.history} />
      <WebhooksTable webhooks={detail.webhooks} />

      <section style={{ marginTop: "1rem" }}>
        <ApiCallsTable calls={detail.apiCalls} caption="Calls to the bank for this order" showOrder={false} />
        <p className="small">
          {detail.apiCalls.length >= 200 && "The last 200 calls. "}
          <Link href={`/admin/api-log?order=${order.id}`}>Open in the API log</Link>
        </p>
      </section>
    </>
  );
}
