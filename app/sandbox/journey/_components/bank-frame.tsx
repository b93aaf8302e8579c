import type { ReactNode } from "react";
import type { JourneyTexts } from "@/server/sandbox/journeys/texts";

export type BankBrand = "franfinance" | "hanseatic";

const BRANDS: Readonly<Record<BankBrand, { name: string; mark: string }>> = {
  franfinance: { name: "FRANFINANCE", mark: "FF" },
  hanseatic: { name: "HANSEATIC BANK", mark: "HB" },
};

/** The bank's page chrome: test-environment notice, producer header, footer. */
export function BankFrame({ brand, language, texts, children }: { brand: BankBrand; language: string; texts: JourneyTexts; children: ReactNode }) {
  const { name, mark } = BRANDS[brand];
  return (
    <div className="bank" data-brand={brand} lang={language}>
      <p className="bank-sandbox" role="note">
        {texts.sandboxBanner}
      </p>
      <header className="bank-header">
        <div className="bank-header-inner">
          <span className="bank-mark" aria-hidden="true">
            {mark}
          </span>
          <span className="bank-name">
            <strong>{name}</strong>
            <small>{texts.groupLine}</small>
          </span>
          <span className="bank-secure">
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path fill="currentColor" d="M8 1a4 4 0 0 0-4 4v2H3v8h10V7h-1V5a4 4 0 0 0-4-4Zm-2.5 4a2.5 2.5 0 0 1 5 0v2h-5V5Z" />
            </svg>
            {texts.secureSpace}
          </span>
        </div>
      </header>
      <main className="bank-main" id="contenu">
        {children}
      </main>
      <footer className="bank-footer">
        <div className="bank-footer-inner">
          <p>
            {brand === "franfinance"
              ? "Page simulée par le bac à sable Scalexpert, à l'image du parcours de Franfinance (groupe Société Générale) : aucune demande n'est transmise au prêteur."
              : "Von der Scalexpert-Testumgebung simulierte Seite nach dem Vorbild der Hanseatic Bank: Es wird kein Antrag an die Bank übermittelt."}
          </p>
        </div>
      </footer>
    </div>
  );
}
