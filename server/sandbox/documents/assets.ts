/**
 * The files the communication kits point at (public/sandbox/assets/): logos,
 * the information icon, split-payment example tables and the product PDFs.
 *
 * Tables and PDFs quote amounts, rates and examples, so they are generated
 * from the catalogue and the simulator rather than drawn by hand;
 * `npx tsx scripts/generate-sandbox-assets.ts` rewrites them after a pricing
 * change, and a test fails while the committed files differ from what this
 * module produces.
 */
import {
  durationRange,
  installmentsText,
  rateRange,
  representativeExample,
  communicationKit,
  conditions,
} from "../domain/communication-kit";
import {
  SOLUTIONS,
  type LongCreditSolution,
  type SplitPaymentSolution,
} from "../domain/solutions";
import { eurosText, frenchSpacing, percentText, type BankLocale } from "../domain/text-format";
import { renderPdf, type PdfParagraph } from "./pdf";

export interface AssetFile {
  /** File name inside public/sandbox/assets/. */
  readonly name: string;
  readonly content: Buffer;
}

const splits = SOLUTIONS.filter((s): s is SplitPaymentSolution => s.kind === "split");
const frenchCredits = SOLUTIONS.filter((s): s is LongCreditSolution => s.kind === "long" && s.market === "FR");
const germanCredits = SOLUTIONS.filter((s): s is LongCreditSolution => s.kind === "long" && s.market === "DE");

const DEMO_NOTE = {
  "fr-FR":
    "Document de démonstration produit par la sandbox de l'application de référence Scalexpert. " +
    "Il décrit les offres simulées par la sandbox et n'engage aucun établissement de crédit.",
  "de-DE":
    "Musterdokument der Sandbox der Scalexpert-Referenzanwendung. Es beschreibt die von der Sandbox " +
    "simulierten Angebote und ist für kein Kreditinstitut verbindlich.",
} as const;

export function sandboxAssets(): AssetFile[] {
  const svg = (name: string, text: string): AssetFile => ({ name, content: Buffer.from(text, "utf8") });
  const pdf = (name: string, title: string, paragraphs: PdfParagraph[]): AssetFile => {
    const french = !paragraphs.some((para) => para.text === DEMO_NOTE["de-DE"]);
    const typeset = (para: PdfParagraph) => (french ? { ...para, text: frenchSpacing(para.text) } : para);
    const all: PdfParagraph[] = [{ text: title, style: "title" }, ...paragraphs];
    return { name, content: renderPdf(all.map(typeset), { title }) };
  };
  return [
    svg("information.svg", informationIcon()),
    svg("logo-franfinance-3x.svg", logo("3x", "FRANFINANCE", "#1d3b6f")),
    svg("logo-franfinance-4x.svg", logo("4x", "FRANFINANCE", "#1d3b6f")),
    svg("logo-franfinance-credit.svg", logo("Crédit", "FRANFINANCE", "#1d3b6f")),
    svg("logo-hanseatic-finanzierung.svg", logo("Finanzierung", "HANSEATIC BANK", "#0b5f4b")),
    ...splits.map((s) => svg(`table-${s.installments}x${s.buyerFee ? "-frais" : ""}.svg`, splitTable(s))),
    pdf("notice-paiement-fractionne.pdf", "Paiement en 3 ou 4 fois par carte bancaire – notice d'information", splitNotice()),
    pdf("conditions-paiement-fractionne.pdf", "Paiement fractionné – conditions générales (extrait)", splitTerms()),
    // The lender's legal mentions of split payment, one per fee model: the merchant's terms page links the one its contract has.
    pdf("NXWEB-MENTIONS-3X4X-AVECFRAIS.pdf", "Paiement en 3 ou 4 fois avec frais – mentions légales", splitMentions(true)),
    pdf("NXWEB-MENTIONS-3X4X-SANSFRAIS.pdf", "Paiement en 3 ou 4 fois sans frais – mentions légales", splitMentions(false)),
    pdf("notice-credit-franfinance.pdf", "Crédit affecté FRANFINANCE – informations précontractuelles", frenchCreditNotice()),
    pdf("conditions-credit-franfinance.pdf", "Crédit affecté FRANFINANCE – conditions générales (extrait)", frenchCreditTerms()),
    pdf(
      "vorvertragliche-informationen-hanseatic.pdf",
      "HANSEATIC BANK Ratenkredit – vorvertragliche Informationen",
      germanCreditNotice(),
    ),
    pdf("kreditbedingungen-hanseatic.pdf", "HANSEATIC BANK Ratenkredit – Kreditbedingungen (Auszug)", germanCreditTerms()),
  ];
}

// ---- images -----------------------------------------------------------------

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function informationIcon(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" role="img" aria-labelledby="t">
  <title id="t">Information</title>
  <circle cx="12" cy="12" r="11" fill="#1d3b6f"/>
  <circle cx="12" cy="7" r="1.6" fill="#fff"/>
  <rect x="10.6" y="10" width="2.8" height="8" rx="1" fill="#fff"/>
</svg>
`;
}

function logo(product: string, producer: string, colour: string): string {
  const label = `${producer} ${product}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="180" height="48" viewBox="0 0 180 48" role="img" aria-labelledby="t">
  <title id="t">${xml(label)}</title>
  <rect width="180" height="48" rx="8" fill="${colour}"/>
  <text x="14" y="21" font-family="Helvetica, Arial, sans-serif" font-size="10" font-weight="700" letter-spacing="1" fill="#cfd8e6">${xml(producer)}</text>
  <text x="14" y="39" font-family="Helvetica, Arial, sans-serif" font-size="17" font-weight="700" fill="#fff">${xml(product)}</text>
</svg>
`;
}

function splitTable(solution: SplitPaymentSolution): string {
  const { amountCents, simulation } = representativeExample(solution);
  const when = ["À la commande", "30 jours après", "60 jours après", "90 jours après"];
  const rows = simulation.installments.map((i, k) => [when[k]!, eurosText(i.amountCents, "fr-FR")] as const);
  if (simulation.feesCents > 0) rows.push(["dont frais (1re mensualité)", eurosText(simulation.feesCents, "fr-FR")]);
  rows.push(["Total dû", eurosText(simulation.dueTotalCents, "fr-FR")]);
  const height = 52 + rows.length * 24;
  const title = `Exemple pour un achat de ${eurosText(amountCents, "fr-FR")} en ${solution.installments} fois`;
  const lines = rows
    .map(([label, amount], k) => {
      const y = 58 + k * 24;
      const bold = k === rows.length - 1 ? ' font-weight="700"' : "";
      return `  <text x="16" y="${y}"${bold}>${xml(label)}</text>\n  <text x="304" y="${y}" text-anchor="end"${bold}>${xml(amount)}</text>`;
    })
    .join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="${height}" viewBox="0 0 320 ${height}" role="img" aria-labelledby="t">
  <title id="t">${xml(title)}</title>
  <rect width="320" height="${height}" rx="8" fill="#f4f6fa" stroke="#1d3b6f"/>
  <g font-family="Helvetica, Arial, sans-serif" font-size="14" fill="#1d2433">
  <text x="16" y="26" font-weight="700" font-size="13">${xml(title)}</text>
${lines}
  </g>
</svg>
`;
}

// ---- documents --------------------------------------------------------------

const h = (text: string): PdfParagraph => ({ text, style: "heading" });
const p = (text: string): PdfParagraph => ({ text });
const small = (text: string): PdfParagraph => ({ text, style: "small" });

/** "4 à 12 mois : 9,90 %" lines of one amount band. */
function rateLines(solution: LongCreditSolution, locale: BankLocale): string[] {
  return solution.pricing.map((band, b) => {
    const from = b === 0 ? solution.minAmountCents : solution.pricing[b - 1]!.upToAmountCents + 1;
    const to = Math.min(band.upToAmountCents, solution.maxAmountCents);
    let previous = 0;
    const parts = band.rates.flatMap((rate) => {
      const months = solution.durations.filter((m) => m > previous && m <= rate.upToMonths);
      previous = rate.upToMonths;
      if (months.length === 0) return [];
      const span = months.length === 1 ? `${months[0]}` : `${months[0]} ${locale === "fr-FR" ? "à" : "bis"} ${months.at(-1)}`;
      const unit = locale === "fr-FR" ? "mois\u00a0:" : "Monate:";
      return [`${span} ${unit} ${percentText(rate.nominalRateBp / 100, locale)}`];
    });
    const amounts =
      locale === "fr-FR"
        ? `de ${eurosText(from, locale)} à ${eurosText(to, locale)}`
        : `von ${eurosText(from, locale)} bis ${eurosText(to, locale)}`;
    return `${solution.code}, ${amounts} – ${parts.join(" ; ")}`;
  });
}

function example(solution: LongCreditSolution, locale: BankLocale): string {
  const { amountCents, simulation: s } = representativeExample(solution);
  if (locale === "fr-FR") {
    return (
      `${solution.code} : crédit de ${eurosText(amountCents, locale)} sur ${s.duration} mois, ${installmentsText(s, locale)}, ` +
      `taux débiteur fixe ${percentText(s.nominalPercentageRate, locale)}, TAEG fixe ${percentText(s.effectiveAnnualPercentageRate, locale)}, ` +
      `coût total ${eurosText(s.totalCostCents, locale)}, montant total dû ${eurosText(s.dueTotalCents, locale)}.`
    );
  }
  return (
    `${solution.code}: Nettodarlehensbetrag ${eurosText(amountCents, locale)}, Laufzeit ${s.duration} Monate, ${installmentsText(s, locale)}, ` +
    `gebundener Sollzinssatz ${percentText(s.nominalPercentageRate, locale)} p. a., effektiver Jahreszins ` +
    `${percentText(s.effectiveAnnualPercentageRate, locale)}, Gesamtbetrag ${eurosText(s.dueTotalCents, locale)}.`
  );
}

const APRC_METHOD_FR =
  "Le TAEG est calculé selon l'annexe I de la directive 2008/48/CE : c'est le taux annuel qui égalise le montant prêté et " +
  "la valeur actualisée des mensualités réellement payées, les mois comptant chacun pour un douzième d'année.";

function splitNotice(): PdfParagraph[] {
  return [
    small(DEMO_NOTE["fr-FR"]),
    h("Le principe"),
    p(
      "Le paiement fractionné permet de régler un achat en 3 ou 4 mensualités par carte bancaire. La première mensualité " +
        "est débitée à la commande, les suivantes 30, 60 et, en 4 fois, 90 jours plus tard. Le financement est accordé par " +
        "FRANFINANCE, sous réserve d'acceptation, et le vendeur est payé sous 48 heures.",
    ),
    h("Les offres"),
    ...splits.flatMap((s) => [p(`${s.code} – ${communicationKit(s).visualTitle}. ${conditions(s)}`), p(communicationKit(s).visualAdditionalInformation)]),
    h("Coût et TAEG"),
    p(APRC_METHOD_FR),
    h("Mentions légales"),
    p(communicationKit(splits[0]!).visualLegalText),
  ];
}

function splitTerms(): PdfParagraph[] {
  return [
    small(DEMO_NOTE["fr-FR"]),
    h("Article 1 – Objet"),
    p("Les présentes conditions régissent le paiement d'un achat en 3 ou 4 mensualités par carte bancaire, proposé par le vendeur et financé par FRANFINANCE."),
    h("Article 2 – Conditions d'accès"),
    p("Être une personne physique majeure résidant en France, titulaire d'une carte bancaire valable jusqu'à la dernière échéance, et effectuer un achat dans les limites de montant de l'offre."),
    h("Article 3 – Échéancier"),
    p("Le montant est divisé en mensualités égales ; les centimes d'arrondi sont ajoutés à la première mensualité, débitée à la commande. Les suivantes sont débitées tous les 30 jours."),
    h("Article 4 – Frais"),
    ...splits.map((s) => p(`${s.code} : ${conditions(s)}`)),
    h("Article 5 – Incident de paiement"),
    p("Une mensualité impayée est présentée de nouveau ; en cas de nouvel échec, FRANFINANCE contacte l'acheteur pour convenir d'une régularisation."),
    h("Article 6 – Annulation de l'achat"),
    p(
      "À la demande du vendeur, le financement peut être annulé en totalité, ou en partie une seule fois, dans les 90 jours " +
        "suivant son acceptation. Les mensualités restant dues sont recalculées ou les sommes versées remboursées.",
    ),
  ];
}

function splitMentions(buyerPaysFees: boolean): PdfParagraph[] {
  const offered = splits.filter((s) => Boolean(s.buyerFee) === buyerPaysFees);
  return [
    small(DEMO_NOTE["fr-FR"]),
    h("Offre"),
    p(
      "Paiement d'un achat en 3 ou 4 mensualités par carte bancaire, réservé aux particuliers, sous réserve d'acceptation par FRANFINANCE. " +
        (buyerPaysFees
          ? "Le vendeur et l'acheteur partagent le coût du financement : des frais sont ajoutés à la première mensualité."
          : "Le vendeur prend en charge l'intégralité du coût du financement : l'acheteur ne paie aucun frais."),
    ),
    h("Conditions par solution"),
    ...offered.map((s) => p(`${s.code} : ${conditions(s)}`)),
    h("Intermédiaire"),
    p(
      "Le vendeur intervient en qualité de mandataire non exclusif de FRANFINANCE, intermédiaire en opérations de banque à titre accessoire ; " +
        "son numéro d'immatriculation à l'ORIAS figure sur son site, avec l'offre.",
    ),
    p("Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager."),
  ];
}

function frenchCreditNotice(): PdfParagraph[] {
  const [low, high] = durationRange(frenchCredits[0]!);
  const s = frenchCredits[0]!;
  return [
    small(DEMO_NOTE["fr-FR"]),
    h("Prêteur et type de crédit"),
    p(`FRANFINANCE. Crédit affecté au financement d'un achat, de ${eurosText(s.minAmountCents, "fr-FR")} à ${eurosText(s.maxAmountCents, "fr-FR")}, remboursable en ${low} à ${high} mensualités constantes (${s.durations.join(", ")} mois).`),
    h("Taux débiteurs fixes"),
    ...frenchCredits.flatMap((c) => rateLines(c, "fr-FR").map(p)),
    p(`Une durée n'est proposée que si la mensualité de capital atteint ${eurosText(s.minMonthlyPrincipalCents, "fr-FR")}.`),
    h("Exemples représentatifs"),
    ...frenchCredits.map((c) => p(example(c, "fr-FR"))),
    h("Coût et TAEG"),
    p(APRC_METHOD_FR),
    p("Les intérêts de chaque mois sont calculés sur le capital restant dû et arrondis au centime ; la dernière mensualité solde le crédit au centime près."),
    h("Droit de rétractation"),
    p("Vous disposez d'un délai de 14 jours à compter de la signature du contrat pour renoncer au crédit, sans avoir à vous justifier."),
    h("Mentions légales"),
    p(communicationKit(s).visualLegalText),
  ];
}

function frenchCreditTerms(): PdfParagraph[] {
  return [
    small(DEMO_NOTE["fr-FR"]),
    h("Article 1 – Formation du contrat"),
    p("La demande est faite en ligne : identité, IBAN et justificatifs, puis signature électronique. Une réponse de principe est donnée à la fin du parcours ; la décision définitive suit l'étude du dossier. Les demandes de 3 000 € et plus font l'objet d'une étude manuelle."),
    h("Article 2 – Mise à disposition des fonds"),
    p("Le crédit étant affecté à l'achat, les fonds sont versés au vendeur après qu'il a confirmé la livraison, dans un délai de 2 à 8 jours."),
    h("Article 3 – Remboursement"),
    p("Les mensualités sont prélevées sur le compte désigné par l'IBAN, la première un mois après la mise à disposition des fonds. Le remboursement anticipé, total ou partiel, est possible à tout moment."),
    h("Article 4 – Rétractation"),
    p("L'emprunteur peut se rétracter dans les 14 jours suivant la signature ; le contrat de vente est alors résolu de plein droit."),
    h("Article 5 – Annulation de la vente"),
    p("Si la vente est annulée, le vendeur en informe FRANFINANCE, qui annule le crédit en totalité, ou réduit le montant financé une seule fois en cas d'annulation partielle."),
  ];
}

function germanCreditNotice(): PdfParagraph[] {
  const s = germanCredits[0]!;
  const [low, high] = durationRange(s);
  const rates = germanCredits.map((c) => {
    const [min, max] = rateRange(c);
    return min === max ? `${c.code}: ${percentText(min, "de-DE")}` : `${c.code}: ${percentText(min, "de-DE")} bis ${percentText(max, "de-DE")}`;
  });
  return [
    small(DEMO_NOTE["de-DE"]),
    h("Kreditgeber und Kreditart"),
    p(`HANSEATIC BANK GmbH & Co KG. Ratenkredit zur Finanzierung eines Kaufs von ${eurosText(s.minAmountCents, "de-DE")} bis ${eurosText(s.maxAmountCents, "de-DE")}, Laufzeit ${low} bis ${high} Monate (${s.durations.join(", ")} Monate), gleichbleibende Monatsraten.`),
    h("Gebundener Sollzinssatz"),
    ...germanCredits.flatMap((c) => rateLines(c, "de-DE").map(p)),
    p(`Zusammengefasst: ${rates.join("; ")}.`),
    h("Repräsentative Beispiele"),
    ...germanCredits.map((c) => p(example(c, "de-DE"))),
    h("Effektiver Jahreszins"),
    p("Der effektive Jahreszins wird nach Anhang I der Richtlinie 2008/48/EG berechnet: Er gleicht den Nettodarlehensbetrag mit dem Barwert der tatsächlich gezahlten Raten aus; jeder Monat zählt als ein Zwölftel Jahr."),
    h("Widerrufsrecht"),
    p("Sie können Ihre Vertragserklärung innerhalb von 14 Tagen ohne Angabe von Gründen widerrufen."),
    h("Hinweis"),
    p(communicationKit(s).visualLegalText),
  ];
}

function germanCreditTerms(): PdfParagraph[] {
  return [
    small(DEMO_NOTE["de-DE"]),
    h("1. Vertragsschluss"),
    p("Der Antrag wird online gestellt; nach der Identitätsprüfung (KYC) durch einen Partner und der elektronischen Signatur entscheidet die Bank über den Antrag."),
    h("2. Auszahlung"),
    p("Der Kreditbetrag wird nach der Lieferbestätigung des Händlers an den Händler ausgezahlt."),
    h("3. Rückzahlung"),
    p("Die Monatsraten werden per Lastschrift eingezogen, die erste einen Monat nach der Auszahlung. Eine vorzeitige Rückzahlung ist jederzeit möglich."),
    h("4. Widerruf"),
    p("Der Kreditnehmer kann den Vertrag innerhalb von 14 Tagen nach Vertragsschluss widerrufen."),
    h("5. Stornierung durch den Händler"),
    p("Eine Stornierung des Kaufs wird vom Händler beantragt. Die Bank bestätigt zunächst den Eingang der Anfrage und entscheidet anschließend; eine Teilstornierung ist nur einmal möglich."),
  ];
}
