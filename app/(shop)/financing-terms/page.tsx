import type { Metadata } from "next";
import { env } from "@/server/env";
import type { TermsSolution } from "@/server/shop/compliance/terms";
import { merchantTerms } from "@/server/shop/go-live/legal-pages";
import type { Messages } from "@/server/shop/i18n/messages";
import { getI18n } from "@/server/shop/i18n/server";

/** A solution in the shopper's words (codes stay between the shop and the bank). */
function solutionName(s: TermsSolution, t: Messages): string {
  if (s.installments !== null) return t.terms.splitName(s.installments);
  return s.country === "FR" ? t.terms.frenchCreditName : t.terms.germanCreditName;
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.terms.title };
}

/** The lenders' general terms and the legal-mentions documents of this merchant's contract, generated from its configuration. */
export default async function FinancingTermsPage() {
  const { t } = await getI18n();
  const terms = merchantTerms();
  const { MERCHANT_NAME: merchant, MERCHANT_ORIAS: orias } = env();
  const has = (lender: string, kind: "split" | "credit") => terms.solutions.some((s) => s.lender === lender && s.kind === kind);
  return (
    <article className="terms-page" data-testid="financing-terms">
      <h1>{t.terms.title}</h1>
      <p>{t.terms.intro(merchant)}</p>
      {terms.french && <p data-testid="terms-intermediary">{t.terms.intermediary(merchant, orias)}</p>}
      {has("FRANFINANCE", "split") && (
        <section aria-labelledby="terms-split">
          <h2 id="terms-split">{t.terms.splitHeading}</h2>
          <p>{t.terms.splitText}</p>
          <ul className="terms-documents">
            {terms.mentions.map((m) => (
              <li key={m.file}>
                <a href={m.url} target="_blank" rel="noopener noreferrer" data-testid="legal-mentions">
                  {t.terms.mentions(m.withFees)}
                </a>{" "}
                <span className="muted">{t.terms.mentionsFor(m.solutions.map((s) => solutionName(s, t)).join(", "))}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {has("FRANFINANCE", "credit") && (
        <section aria-labelledby="terms-credit">
          <h2 id="terms-credit">{t.terms.creditHeading}</h2>
          <p>{t.terms.creditText}</p>
        </section>
      )}
      {has("HANSEATIC BANK", "credit") && (
        <section aria-labelledby="terms-german">
          <h2 id="terms-german">{t.terms.germanHeading}</h2>
          <p>{t.terms.germanText}</p>
        </section>
      )}
      <section aria-labelledby="terms-solutions">
        <h2 id="terms-solutions">{t.terms.solutionsHeading}</h2>
        <table className="terms-solutions">
          <thead>
            <tr>
              <th scope="col">{t.terms.solution}</th>
              <th scope="col">{t.terms.feesPaidBy}</th>
            </tr>
          </thead>
          <tbody>
            {terms.solutions.map((s) => (
              <tr key={s.solutionCode}>
                <td>
                  {solutionName(s, t)} <span className="muted">({s.lender})</span>
                </td>
                <td>{t.terms.feeModels[s.feeModel ?? "unknown"]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">{t.terms.lenderDocuments}</p>
      </section>
    </article>
  );
}
