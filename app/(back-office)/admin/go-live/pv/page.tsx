import type { Metadata } from "next";
import { shopDb } from "@/db/shop/client";
import { requireAdmin } from "@/server/shop/auth/session";
import { bankClient } from "@/server/shop/bank";
import { currentPv } from "@/server/shop/go-live/current-pv";
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
      <dl className="pv-head">
        <dt>Marchand</dt>
        <dd>{pv.merchant}</dd>
        <dt>N° ORIAS</dt>
        <dd>{pv.orias}</dd>
        <dt>Environnement</dt>
        <dd>{pv.environment}</dd>
        <dt>Établi le</dt>
        <dd>{pv.date}</dd>
      </dl>
      <p>{pv.summary}</p>
      <table className="pv-cases">
        <thead>
          <tr>
            <th scope="col">Cas</th>
            <th scope="col">Résultat</th>
            <th scope="col">Commande et souscription</th>
            <th scope="col">Montants</th>
            <th scope="col">Statuts</th>
            <th scope="col">Horodatage</th>
          </tr>
        </thead>
        <tbody>
          {pv.cases.map((c) => (
            <tr key={c.id} data-case={c.id}>
              <td>
                <strong>{c.solutionCode}</strong> — {c.title}
                <br />
                <span className="muted">{c.environment}</span>
              </td>
              <td>
                <span className={`badge ${c.passed ? "good" : "bad"}`}>{c.passed ? "Conforme" : "À faire"}</span>
              </td>
              {c.order ? (
                <>
                  <td>
                    {c.order.reference}
                    <br />
                    <span className="muted">{c.order.subscriptionId}</span>
                  </td>
                  <td>{c.order.amounts}</td>
                  <td>{c.order.statuses}</td>
                  <td>{c.order.timestamps}</td>
                </>
              ) : (
                <td colSpan={4}>{c.todo}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pv-signature">{pv.signature}</p>
    </article>
  );
}
