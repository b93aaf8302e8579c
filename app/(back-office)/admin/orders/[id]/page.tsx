import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { euros, feesLabel, HISTORY_SOURCE_LABELS, humanizeCode, OPERATOR_LABELS, solutionLabel } from "@/server/shop/admin/labels";
import type { OrderDetail } from "@/server/shop/orders";
import { requireAdmin } from "@/server/shop/auth/session";
import { ORDER_STATE_INFO, SPLIT_CANCELLATION_WINDOW_MS } from "@/server/shop/orders/states";
import { serverCaller } from "@/server/shop/trpc/server";
import { ApiCallsTable } from "../../_components/api-calls-table";
import { BankStatus, HoldBadge, StateBadge } from "../../_components/badges";
import { Time } from "../../_components/time";
import { CancelForm } from "./cancel-form";
import { DeliveryForm } from "./delivery-form";
import { LiveSubscription } from "./live-subscription";
import { RefreshButton } from "./refresh-button";

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

function Address({ address }: { address: OrderDetail["billingAddress"] }) {
  if (!address) return <p className="muted">Not given.</p>;
  const street = [address.streetNumber, address.streetNumberSuffix, address.streetName].filter(Boolean).join(" ");
  return (
    <address style={{ fontStyle: "normal" }}>
      {street}
      {address.complement && (
        <>
          <br />
          {address.complement}
        </>
      )}
      <br />
      {address.zipCode} {address.city}
      <br />
      {address.region}, {address.countryCode}
    </address>
  );
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
            <StateBadge state={order.state} /> {order.onHold && <HoldBadge reason={order.onHoldReason} />}{" "}
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
                    : {OPERATOR_LABELS[order.deliveryOperator ?? "UNKNOWN"] ?? order.deliveryOperator}, tracking <span className="mono">{order.trackingNumber}</span>
                  </>
                )}
                .
              </p>
            ) : undefined}
          </DeliveryForm>
        </div>

        <div className="card" id="cancellation">
          <h2>Cancellation</h2>
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

      <div className="grid-3" style={{ marginTop: "1rem" }}>
        <section className="card" aria-labelledby="buyer-title">
          <h2 id="buyer-title">Buyer</h2>
          {buyer ? (
            <dl className="facts">
              <dt>Name</dt>
              <dd data-testid="buyer-name">
                {buyer.commonTitle === "MRS" ? "Mrs" : "Mr"} {buyer.firstName} {buyer.lastName}
              </dd>
              <dt>Email</dt>
              <dd>
                <a href={`mailto:${buyer.email}`}>{buyer.email}</a>
              </dd>
              <dt>Mobile</dt>
              <dd className="mono">{buyer.mobilePhone}</dd>
              {buyer.birthDate && (
                <>
                  <dt>Born</dt>
                  <dd>
                    {buyer.birthDate}
                    {buyer.birthCity && `, ${buyer.birthCity}`}
                    {buyer.birthCountry && ` (${buyer.birthCountry})`}
                  </dd>
                </>
              )}
            </dl>
          ) : (
            <p className="muted">No buyer recorded.</p>
          )}
        </section>
        <section className="card" aria-labelledby="billing-title">
          <h2 id="billing-title">Billing address</h2>
          <Address address={detail.billingAddress} />
        </section>
        <section className="card" aria-labelledby="delivery-address-title">
          <h2 id="delivery-address-title">Delivery address</h2>
          <Address address={detail.deliveryAddress} />
        </section>
      </div>

      <LiveSubscription orderId={order.id} hasSubscription={order.subscriptionId !== null} stored={{ bankStatus: order.bankStatus, bankFinancedCents: order.bankFinancedCents }} />

      <section style={{ marginTop: "1rem" }}>
        <div className="table-wrap">
          <table data-testid="history">
            <caption>Status history</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Source</th>
                <th scope="col">State</th>
                <th scope="col">Bank said</th>
                <th scope="col" className="num">
                  Financed (bank)
                </th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {detail.history.length === 0 && (
                <tr>
                  <td colSpan={6} className="empty-row">
                    No change recorded yet.
                  </td>
                </tr>
              )}
              {detail.history.map((entry) => (
                <tr key={entry.id} data-source={entry.source}>
                  <td className="nowrap">
                    <Time ms={entry.at} />
                  </td>
                  <td>{HISTORY_SOURCE_LABELS[entry.source] ?? entry.source}</td>
                  <td className="nowrap">
                    {entry.fromState && entry.fromState !== entry.toState ? (
                      <>
                        {ORDER_STATE_INFO[entry.fromState].label} → <strong>{ORDER_STATE_INFO[entry.toState].label}</strong>
                      </>
                    ) : (
                      ORDER_STATE_INFO[entry.toState].label
                    )}
                    {entry.onHold && (
                      <>
                        {" "}
                        <HoldBadge reason={null} />
                      </>
                    )}
                  </td>
                  <td>
                    <BankStatus status={entry.bankStatus} subStatus={entry.bankSubStatus} cancellationStatus={entry.cancellationStatus} />
                  </td>
                  <td className="num">{entry.bankFinancedCents === null ? "—" : euros(entry.bankFinancedCents)}</td>
                  <td className="small">{entry.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {detail.webhooks.length > 0 && (
        <section style={{ marginTop: "1rem" }}>
          <div className="table-wrap">
            <table>
              <caption>Webhooks received</caption>
              <thead>
                <tr>
                  <th scope="col">Received</th>
                  <th scope="col">Event</th>
                  <th scope="col">Announced status</th>
                  <th scope="col" className="num">
                    Times received
                  </th>
                  <th scope="col">Outcome</th>
                </tr>
              </thead>
              <tbody>
                {detail.webhooks.map((event) => (
                  <tr key={event.eventId}>
                    <td className="nowrap">
                      <Time ms={event.receivedAt} />
                    </td>
                    <td className="mono">{event.eventTypeCode}</td>
                    <td className="mono">{event.hintStatus ?? "—"}</td>
                    <td className="num">{event.timesReceived}</td>
                    <td className="small">{event.processedAt === null ? "not processed yet (the bank will deliver it again)" : event.outcome}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

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
