/** The parts of an order's page that show what the shop recorded: buyer, addresses, history, webhooks. */
import { euros, HISTORY_SOURCE_LABELS } from "@/server/shop/admin/labels";
import { ORDER_STATE_INFO, type OrderDetail } from "@/server/shop/orders";
import { BankStatus, HoldBadge } from "../../_components/badges";
import { Time } from "../../_components/time";

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

/** The buyer and the two addresses, as given at checkout. */
export function BuyerCards({ buyer, billingAddress, deliveryAddress }: Pick<OrderDetail, "buyer" | "billingAddress" | "deliveryAddress">) {
  return (
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
        <Address address={billingAddress} />
      </section>
      <section className="card" aria-labelledby="delivery-address-title">
        <h2 id="delivery-address-title">Delivery address</h2>
        <Address address={deliveryAddress} />
      </section>
    </div>
  );
}

/** Every change of the order's state, with what caused it (checkout, return, reconciler, webhook, back office). */
export function HistoryTable({ history }: Pick<OrderDetail, "history">) {
  return (
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
            {history.length === 0 && (
              <tr>
                <td colSpan={6} className="empty-row">
                  No change recorded yet.
                </td>
              </tr>
            )}
            {history.map((entry) => (
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
  );
}

/** The bank's webhooks about the order, and what the shop made of each. */
export function WebhooksTable({ webhooks }: Pick<OrderDetail, "webhooks">) {
  if (webhooks.length === 0) return null;
  return (
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
            {webhooks.map((event) => (
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
  );
}
