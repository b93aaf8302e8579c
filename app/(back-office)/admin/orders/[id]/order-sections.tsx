/** The parts of an order's page that show what the shop recorded: buyer, addresses, history, webhooks. */
import type { ReactNode } from "react";
import { amountsInText, historySourceLabel } from "@/server/shop/admin/labels";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
import type { OrderDetail } from "@/server/shop/orders/queries";
import { BankStatus, HoldBadge } from "../../_components/badges";
import { Time } from "../../_components/time";
import { DataTable } from "../../../_components/data-table";
import { Card, Facts } from "../../../_components/facts";

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
      <Card id="buyer-title" title={t.buyer.title}>
        {buyer ? (
          <Facts
            facts={[
              { term: t.buyer.name, value: `${buyer.commonTitle === "MRS" ? t.buyer.mrs : t.buyer.mr} ${buyer.firstName} ${buyer.lastName}`, testId: "buyer-name" },
              { term: t.buyer.email, value: <a href={`mailto:${buyer.email}`}>{buyer.email}</a> },
              { term: t.buyer.mobile, value: buyer.mobilePhone, className: "mono" },
              buyer.birthDate
                ? {
                    term: t.buyer.born,
                    value: (
                      <>
                        {/^\d{4}-\d{2}-\d{2}$/.test(buyer.birthDate) ? fmt.date(Date.parse(`${buyer.birthDate}T12:00:00Z`)) : buyer.birthDate}
                        {buyer.birthCity && `, ${buyer.birthCity}`}
                        {buyer.birthCountry && ` (${buyer.birthCountry})`}
                      </>
                    ),
                  }
                : null,
            ]}
          />
        ) : (
          <p className="muted">{t.buyer.none}</p>
        )}
      </Card>
      <Card id="billing-title" title={t.buyer.billing}>
        <Address address={billingAddress} />
      </Card>
      <Card id="delivery-address-title" title={t.buyer.delivery}>
        <Address address={deliveryAddress} />
      </Card>
    </div>
  );
}

/** What was confirmed (delivery, return), and when where the shop recorded it; `children` add the details. */
export function DoneLine({ testId, text, at, children }: { testId: string; text: string; at: number | null; children?: ReactNode }) {
  return (
    <p data-testid={testId}>
      {text}
      {at !== null && (
        <>
          {" "}
          <Time ms={at} />
        </>
      )}
      {children}.
    </p>
  );
}

/** A text the engine stored about the order (a hold's reason, the bank's last error), kept in English. */
export function StoredNote({ tone, title, text, lang }: { tone: "warn" | "error"; title: string; text: ReactNode; lang: string | undefined }) {
  return (
    <div className={`notice ${tone}`} role="note">
      <p>
        <strong>{title}</strong> <span lang={lang}>{text}</span>
      </p>
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
  const c = t.history.columns;
  return (
    <section className="spaced">
      <DataTable
        testId="history"
        caption={t.history.caption}
        rows={history}
        rowKey={(entry) => entry.id}
        rowData={(entry) => ({ "data-source": entry.source })}
        empty={t.history.none}
        columns={[
          { header: c.when, className: "nowrap", cell: (entry) => <Time ms={entry.at} /> },
          { header: c.source, cell: (entry) => historySourceLabel(entry.source, t) },
          {
            header: c.state,
            className: "nowrap",
            cell: (entry) => (
              <>
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
              </>
            ),
          },
          {
            header: c.bankSaid,
            cell: (entry) => (
              <BankStatus status={entry.bankStatus} subStatus={entry.bankSubStatus} cancellationStatus={entry.cancellationStatus} cancelledByMerchant={cancelledByMerchant} />
            ),
          },
          { header: c.financed, num: true, cell: (entry) => (entry.bankFinancedCents === null ? "—" : fmt.money(entry.bankFinancedCents)) },
          { header: c.note, className: "small", lang: () => (locale === "en" ? undefined : "en"), cell: (entry) => amountsInText(entry.note, fmt) },
        ]}
      />
    </section>
  );
}

/** The bank's webhooks about the order, and what the shop made of each. */
export async function WebhooksTable({ webhooks }: Pick<OrderDetail, "webhooks">) {
  if (webhooks.length === 0) return null;
  const { t, locale } = await getAdminI18n();
  const c = t.webhooks.columns;
  return (
    <section className="spaced">
      <DataTable
        caption={t.webhooks.caption}
        rows={webhooks}
        rowKey={(event) => event.eventId}
        columns={[
          { header: c.received, className: "nowrap", cell: (event) => <Time ms={event.receivedAt} /> },
          { header: c.event, className: "mono", cell: (event) => event.eventTypeCode },
          { header: c.status, className: "mono", cell: (event) => event.hintStatus ?? "—" },
          { header: c.times, num: true, cell: (event) => event.timesReceived },
          {
            header: c.outcome,
            className: "small",
            lang: (event) => (event.processedAt === null || locale === "en" ? undefined : "en"),
            cell: (event) => (event.processedAt === null ? t.webhooks.notProcessed : event.outcome),
          },
        ]}
      />
    </section>
  );
}
