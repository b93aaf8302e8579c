import type { SubscriptionView } from "@/server/sandbox/console/controls-client";
import { forceTransition } from "./actions";
import { Place, Tone, when } from "./console-bits";
import { ConsoleTable } from "./console-table";

/** Buttons for the moves a tester may force; the merchant's own calls (delivery, cancellation) are not among them. */
const FORCE_LABELS: Readonly<Record<string, string>> = {
  producerPreApprove: "Pre-accept",
  customerSigned: "Sign",
  producerAccept: "Accept",
  producerReject: "Reject",
  customerPaidByCard: "Pay by card",
  customerAborted: "Abort (buyer)",
  technicalAbort: "Abort (technical)",
  expire: "Expire",
  fund: "Fund",
  customerWithdraw: "Withdraw (buyer)",
  producerAcceptCancellation: "Accept cancellation",
  producerRejectCancellation: "Reject cancellation",
  producerRequestDocuments: "Ask for documents",
  customerSentDocuments: "Documents sent (buyer)",
};

export function SubscriptionDetail({ merchantId, sub }: { merchantId: string; sub: SubscriptionView }) {
  const forceable = sub.availableActions.filter((a) => a in FORCE_LABELS);
  return (
    <section className="console-panel console-selected" aria-labelledby="sub-title" id="subscription">
      <h2 id="sub-title">
        Subscription <code>{sub.id}</code>
      </h2>
      <p>
        <Tone value={sub.status} /> {sub.subStatus}
        {sub.cancellationStatus ? ` · cancellation ${sub.cancellationStatus}` : ""} · {sub.solutionCode} · {sub.financedAmount.toFixed(2)} € financed (of{" "}
        {sub.initialAmount.toFixed(2)} €){sub.durationMonths ? ` over ${sub.durationMonths} months` : ""}
      </p>
      <p>
        <a href={sub.journeyUrl}>Open the buyer&apos;s journey</a>
        {sub.merchantUrls?.confirmation ? (
          <>
            {" "}
            · return URL <code>{sub.merchantUrls.confirmation}</code>
          </>
        ) : null}
      </p>
      <h3>Force a transition</h3>
      {forceable.length === 0 ? (
        <p className="console-muted">No transition can be forced in this state.</p>
      ) : (
        <form action={forceTransition} className="console-actions">
          <Place m={merchantId} s={sub.id} />
          {forceable.map((action) => (
            <button key={action} type="submit" name="action" value={action}>
              {FORCE_LABELS[action]}
            </button>
          ))}
        </form>
      )}
      <h3>History</h3>
      <ConsoleTable
        rows={sub.history}
        rowKey={(t) => t.id}
        columns={[
          { header: "Merchant time", cell: (t) => when(t.at) },
          { header: "Action", cell: (t) => t.action },
          { header: "Source", cell: (t) => t.source },
          { header: "From", cell: (t) => (t.from ? `${t.from.status} / ${t.from.subStatus}` : "—") },
          { header: "To", cell: (t) => `${t.to.status} / ${t.to.subStatus}` },
        ]}
      />
      {sub.dueWork.length > 0 ? (
        <>
          <h3>Planned by the bank</h3>
          <ConsoleTable
            rows={sub.dueWork}
            rowKey={(w) => w.id}
            columns={[
              { header: "Action", cell: (w) => w.action },
              { header: "Due (merchant time)", cell: (w) => when(w.dueAt) },
              { header: "State", cell: (w) => `${w.state}${w.note ? ` – ${w.note}` : ""}` },
            ]}
          />
        </>
      ) : null}
    </section>
  );
}
