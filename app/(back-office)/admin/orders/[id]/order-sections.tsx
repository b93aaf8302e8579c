/** The parts of an order's page that show what the shop recorded: buyer, addresses, history, webhooks. */
import { amountsInText, historySourceLabel } from "@/server/shop/admin/labels";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
import type { OrderDetail } from "@/server/shop/orders";
import { BankStatus, HoldBadge } from "../../_components/badges";
import { Time } from "../../_components/time";

async function Address({ address }: { address: OrderDetail["billingAddress"] }) {
  const { t } = await getAdminI18n();
  if (!address) return <p className="muted">{t.buyer.notGiven}</p>;
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
      {[address.region, address.countryCode].filter(Boolean).join(", ")}
    </address>
  );
}

/** The buyer and the two addresses, as given at checkout. */
export async function BuyerCards({ buyer, billingAddress, deliveryAddress }: Pick<OrderDetail, "buyer" | "billingAddress" | "deliveryAddress">) {
  const { t, fmt } = await getAdminI18n();
  return (
    <div className="grid-3 spaced">
      <section className="card" aria-labelledby="buyer-title">
        <h2 id="buyer-title">{t.buyer.title}</h2>
        {buyer ? (
          <dl className="facts">
            <dt>{t.buyer.name}</dt>
            <dd data-testid="buyer-name">
              {buyer.commonTitle === "MRS" ? t.buyer.mrs : t.buyer.mr} {buyer.firstName} {buyer.lastName}
            </dd>
            <dt>{t.buyer.email}</dt>
            <dd>
              <a href={`mailto:${buyer.email}`}>{buyer.email}</a>
            </dd>
            <dt>{t.buyer.mobile}</dt>
            <dd className="mono">{buyer.mobilePhone}</dd>
            {buyer.birthDate && (
              <>
                <dt>{t.buyer.born}</dt>
                <dd>
                  {/^\d{4}-\d{2}-\d{2}$/.test(buyer.birthDate) ? fmt.date(Date.parse(`${buyer.birthDate}T12:00:00Z`)) : buyer.birthDate}
                  {buyer.birthCity && `, ${buyer.birthCity}`}
                  {buyer.birthCountry && ` (${buyer.birthCountry})`}
                </dd>
              </>
            )}
          </dl>
        ) : (
          <p className="muted">{t.buyer.none}</p>
        )}
      </section>
      <section className="card" aria-labelledby="billing-title">
        <h2 id="billing-title">{t.buyer.billing}</h2>
        <Address address={billingAddress} />
      </section>
      <section className="card" aria-labelledby="delivery-address-title">
        <h2 id="delivery-address-title">{t.buyer.delivery}</h2>
        <Address address={deliveryAddress} />
      </section>
    </div>
  );
}

/**
 * Every change of the order's state, with what caused it (checkout, return,
 * reconciler, webhook, back office). Notes are the engine's own record, kept
 * in English.
 */
export async function HistoryTable({ history, cancelledByMerchant }: Pick<OrderDetail, "history"> & { cancelledByMerchant: boolean }) {
  const { t, fmt, locale } = await getAdminI18n();
  const label = (state: keyof typeof t.states) => t.states[state].label;
  return (
    <section className="spaced">
      <div className="table-wrap" tabIndex={0}>
        <table data-testid="history">
          <caption>{t.history.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.history.columns.when}</th>
              <th scope="col">{t.history.columns.source}</th>
              <th scope="col">{t.history.columns.state}</th>
              <th scope="col">{t.history.columns.bankSaid}</th>
              <th scope="col" className="num">
                {t.history.columns.financed}
              </th>
              <th scope="col">{t.history.columns.note}</th>
            </tr>
          </thead>
          <tbody>
            {history.length === 0 && (
              <tr>
                <td colSpan={6} className="empty-row">
                  {t.history.none}
                </td>
              </tr>
            )}
            {history.map((entry) => (
              <tr key={entry.id} data-source={entry.source}>
                <td className="nowrap">
                  <Time ms={entry.at} />
                </td>
                <td>{historySourceLabel(entry.source, t)}</td>
                <td className="nowrap">
                  {entry.fromState && entry.fromState !== entry.toState ? (
                    <>
                      {label(entry.fromState)} → <strong>{label(entry.toState)}</strong>
                    </>
                  ) : (
                    label(entry.toState)
                  )}
                  {entry.onHold && (
                    <>
                      {" "}
                      <HoldBadge reason={null} />
                    </>
                  )}
                </td>
                <td>
                  <BankStatus status={entry.bankStatus} subStatus={entry.bankSubStatus} cancellationStatus={entry.cancellationStatus} cancelledByMerchant={cancelledByMerchant} />
                </td>
                <td className="num">{entry.bankFinancedCents === null ? "—" : fmt.money(entry.bankFinancedCents)}</td>
                <td className="small" lang={locale === "en" ? undefined : "en"}>
                  {amountsInText(entry.note, fmt)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The bank's webhooks about the order, and what the shop made of each. */
export async function WebhooksTable({ webhooks }: Pick<OrderDetail, "webhooks">) {
  if (webhooks.length === 0) return null;
  const { t, locale } = await getAdminI18n();
  return (
    <section className="spaced">
      <div className="table-wrap" tabIndex={0}>
        <table>
          <caption>{t.webhooks.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.webhooks.columns.received}</th>
              <th scope="col">{t.webhooks.columns.event}</th>
              <th scope="col">{t.webhooks.columns.status}</th>
              <th scope="col" className="num">
                {t.webhooks.columns.times}
              </th>
              <th scope="col">{t.webhooks.columns.outcome}</th>
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
                <td className="small" lang={event.processedAt === null || locale === "en" ? undefined : "en"}>
                  {event.processedAt === null ? t.webhooks.notProcessed : event.outcome}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
