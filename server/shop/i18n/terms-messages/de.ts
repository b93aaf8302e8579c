import type { TermsMessages } from "../terms-messages";

export const de: TermsMessages = {
  title: "Finanzierungsbedingungen",
  intro: (merchant: string) =>
    `${merchant} bietet seinen Kunden Finanzierungen seiner Partnerbanken an. Hier finden Sie die allgemeinen Bedingungen jedes Kreditgebers und die Pflichtangaben zu den Angeboten dieses Shops.`,
  intermediary: (merchant: string, orias: string) =>
    `${merchant} ist als Kreditvermittler in Nebentätigkeit nicht ausschließlicher Vertreter von FRANFINANCE, eingetragen bei der ORIAS unter der Nummer ${orias} (www.orias.fr). Er ist nicht der Kreditgeber.`,
  splitHeading: "Zahlung in 3 oder 4 Raten per Karte — FRANFINANCE",
  splitText:
    "Die Zahlung in 3 oder 4 Raten per Karte ist ein Angebot von FRANFINANCE, einem Kreditinstitut. Für volljährige Privatkunden mit Wohnsitz in Frankreich und einer bis zur letzten Rate gültigen Karte, für einen Einkauf innerhalb der Betragsgrenzen des Angebots, vorbehaltlich der Annahme durch FRANFINANCE. Die erste Rate wird bei der Bestellung belastet, die weiteren alle 30 Tage. Sie haben ein Widerrufsrecht von 14 Tagen.",
  mentions: (withFees: boolean) =>
    withFees ? "Pflichtangaben der Zahlung in 3 oder 4 Raten mit Gebühren (PDF, französisch)" : "Pflichtangaben der Zahlung in 3 oder 4 Raten ohne Gebühren (PDF, französisch)",
  mentionsFor: (names: string) => `Für: ${names}.`,
  splitName: (n: number) => `Zahlung in ${n} Raten per Karte`,
  frenchCreditName: "Zweckgebundener Kredit (Frankreich)",
  germanCreditName: "Ratenkredit",
  creditHeading: "Zweckgebundener Kredit — FRANFINANCE",
  creditText:
    "Kredit zur Finanzierung Ihres Einkaufs, angeboten von FRANFINANCE als Kreditgeber, vorbehaltlich der Prüfung und Annahme Ihres Antrags. Ein Kredit verpflichtet Sie und muss zurückgezahlt werden. Prüfen Sie vorher, ob Sie die Raten tragen können. Sie haben ab Vertragsunterzeichnung ein Widerrufsrecht von 14 Tagen.",
  germanHeading: "Ratenkredit — HANSEATIC BANK",
  germanText:
    "Für Kunden mit Rechnungsadresse in Deutschland erfolgt die Finanzierung über die HANSEATIC BANK GmbH & Co KG. Bonität vorausgesetzt. Ein Kredit muss zurückgezahlt werden: Prüfen Sie vor Vertragsabschluss, ob Sie die Raten dauerhaft tragen können. Sie haben ein gesetzliches Widerrufsrecht von 14 Tagen.",
  solutionsHeading: "Angebotene Lösungen und wer die Kosten trägt",
  solution: "Lösung",
  feesPaidBy: "Kosten der Finanzierung",
  feeModels: {
    merchant: "trägt der Händler",
    shared: "teilen sich Händler und Käufer",
    buyer: "trägt der Käufer",
    commission: "trägt der Käufer (der Händler erhält eine Provision)",
    unknown: "nicht angegeben",
  },
  lenderDocuments: "Jedes Angebot verweist außerdem auf seine Vorabinformationen und Bedingungen, auf der Produktseite und an der Kasse.",
};
