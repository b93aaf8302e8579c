import type { Metadata } from "next";
import { shopDb } from "@/db/shop/client";
import { requireAdmin } from "@/server/shop/auth/session";
import { bankClient } from "@/server/shop/bank";
import { currentPv } from "@/server/shop/go-live/current-pv";
import { DataTable } from "../../../_components/data-table";
import { Facts } from "../../../_components/facts";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "PV de recette" };

/** The PV de recette as a page to print (the lender reads French: the document is written in it). */
export default async function PvPage() {
  await requireAdmin("/admin/go-live/pv");
  const pv = await currentPv({ db: shopDb(), bank: bankClient() });
  return (
    <article className="pv" lang="fr" data-testid="pv">
      <p className="pv-actions">
        <PrintButton />
        <a href="/admin/go-live/pv.pdf" download>
          PDF
        </a>
      </p>
      <h1>{pv.title}</h1>
      <Facts
        className="pv-head"
        facts={[
          { term: "Marchand", value: pv.merchant },
          { term: "N° ORIAS", value: pv.orias },
          { term: "Environnement", value: pv.environment },
          { term: "Établi le", value: pv.date },
        ]}
      />
      <p>{pv.summary}</p>
      <DataTable
        frame="none"
        className="pv-cases"
        rows={pv.cases}
        rowKey={(c) => c.id}
        rowData={(c) => ({ "data-case": c.id })}
        columns={[
          {
            header: "Cas",
            cell: (c) => (
              <>
                <strong>{c.solutionCode}</strong> — {c.title}
                <br />
                <span className="muted">{c.environment}</span>
              </>
            ),
          },
          { header: "Résultat", cell: (c) => <span className={`badge ${c.passed ? "good" : "bad"}`}>{c.passed ? "Conforme" : "À faire"}</span> },
          {
            header: "Commande et souscription",
            // A case with no order yet says what is left to do across the order's four columns.
            span: (c) => (c.order ? undefined : 4),
            cell: (c) =>
              c.order ? (
                <>
                  {c.order.reference}
                  <br />
                  <span className="muted">{c.order.subscriptionId}</span>
                </>
              ) : (
                c.todo
              ),
          },
          { header: "Montants", cell: (c) => c.order?.amounts },
          { header: "Statuts", cell: (c) => c.order?.statuses },
          { header: "Horodatage", cell: (c) => c.order?.timestamps },
        ]}
      />
      <p className="pv-signature">{pv.signature}</p>
    </article>
  );
}
