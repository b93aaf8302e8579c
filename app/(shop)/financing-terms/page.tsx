import type { Metadata } from "next";
import { env } from "@/server/env";
import type { TermsSolution } from "@/server/shop/compliance/terms";
import { merchantTerms } from "@/server/shop/go-live/legal-pages";
import { getI18n } from "@/server/shop/i18n/server";
import { type TermsMessages, termsMessagesFor } from "@/server/shop/i18n/terms-messages";

/** A solution in the shopper's words (codes stay between the shop and the bank). */
function solutionName(s: TermsSolution, t: TermsMessages): string {
  if (s.installments !== null) return t.splitName(s.installments);
  return s.country === "FR" ? t.frenchCreditName : t.germanCreditName;
}

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: termsMessagesFor(locale).title };
}

/** The lenders' general terms and the legal-mentions documents of this merchant's contract, generated from its configuration. */
export default async function FinancingTermsPage() {
  const t = termsMessagesFor((await getI18n()).locale);
  const terms = merchantTerms();
  const { MERCHANT_NAME: merchant, MERCHANT_ORIAS: orias } = env();
  const has = (lender: string, kind: "split" | "credit") => terms.solutions.some((s) => s.lender === lender && s.kind === kind);
  return (
    <article className="terms-page" data-testid="financing-terms">
      <h1>{t.title}</h1>
      <p>{t.intro(merchant)}</p>
      {terms.french && <p data-testid="terms-intermediary">{t.intermediary(merchant, orias)}</p>}
      {has("FRANFINANCE", "split") && (
        <section aria-labelledby="terms-split">
          <h2 id="terms-split">{t.splitHeading}</h2>
          <p>{t.splitText}</p>
          <ul className="terms-documents">
            {terms.mentions.map((m) => (
              <li key={m.file}>
                <a href={m.url} target="_blank" rel="noopener noreferrer" data-testid="legal-mentions">
                  {t.mentions(m.withFees)}
                </a>{" "}
                <span className="muted">{t.mentionsFor(m.solutions.map((s) => solutionName(s, t)).join(", "))}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {has("FRANFINANCE", "credit") && (
        <section aria-labelledby="terms-credit">
          <h2 id="terms-credit">{t.creditHeading}</h2>
          <p>{t.creditText}</p>
        </section>
      )}
      {has("HANSEATIC BANK", "credit") && (
        <section aria-labelledby="terms-german">
          <h2 id="terms-german">{t.germanHeading}</h2>
          <p>{t.germanText}</p>
        </section>
      )}
      <section aria-labelledby="terms-solutions">
        <h2 id="terms-solutions">{t.solutionsHeading}</h2>
        <table className="terms-solutions">
          <thead>
            <tr>
              <th scope="col">{t.solution}</th>
              <th scope="col">{t.feesPaidBy}</th>
            </tr>
          </thead>
          <tbody>
            {terms.solutions.map((s) => (
              <tr key={s.solutionCode}>
                <td>
                  {solutionName(s, t)} <span className="muted">({s.lender})</span>
                </td>
                <td>{t.feeModels[s.feeModel ?? "unknown"]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">{t.lenderDocuments}</p>
      </section>
    </article>
  );
}
