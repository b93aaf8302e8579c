/** The financing terms page's texts: read on the server only, so they stay out of every page's JavaScript. */
export const fr = {
  title: "Conditions du financement",
  intro: (merchant: string) =>
    `${merchant} propose à ses clients des solutions de financement de ses partenaires bancaires. Vous trouverez ci-dessous les conditions générales de chaque prêteur et les mentions légales qui s'appliquent aux offres de cette boutique.`,
  intermediary: (merchant: string, orias: string) =>
    `${merchant} intervient en qualité d'intermédiaire en opérations de banque à titre accessoire, mandataire non exclusif de FRANFINANCE, immatriculé à l'ORIAS sous le numéro ${orias} (www.orias.fr). Il n'agit pas en qualité de prêteur.`,
  splitHeading: "Paiement en 3 ou 4 fois par carte bancaire — FRANFINANCE",
  splitText:
    "Le paiement en 3 ou 4 fois par carte bancaire est un service de FRANFINANCE, établissement de crédit. Offre réservée aux particuliers majeurs résidant en France, titulaires d'une carte bancaire valable jusqu'à la date de la dernière échéance, pour un achat dans les limites de montant de l'offre, sous réserve d'acceptation par FRANFINANCE. La première mensualité est débitée à la commande, les suivantes tous les 30 jours. Vous disposez d'un délai de rétractation de 14 jours.",
  mentions: (withFees: boolean): string => (withFees ? "Mentions légales du paiement en 3 ou 4 fois avec frais (PDF)" : "Mentions légales du paiement en 3 ou 4 fois sans frais (PDF)"),
  mentionsFor: (names: string) => `Pour : ${names}.`,
  splitName: (n: number) => `Paiement en ${n} fois par carte`,
  frenchCreditName: "Crédit affecté",
  germanCreditName: "Ratenkredit (Allemagne)",
  creditHeading: "Crédit affecté — FRANFINANCE",
  creditText:
    "Crédit affecté au financement de votre achat, proposé par FRANFINANCE, prêteur, sous réserve d'étude et d'acceptation de votre dossier. Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager. Vous disposez d'un délai de rétractation de 14 jours à compter de la signature du contrat.",
  germanHeading: "Ratenkredit — HANSEATIC BANK (Allemagne)",
  germanText:
    "Pour les clients facturés en Allemagne, le financement est proposé par HANSEATIC BANK GmbH & Co KG, sous réserve de solvabilité. Un crédit doit être remboursé : vérifiez que vous pouvez en supporter les mensualités. Vous disposez d'un droit légal de rétractation de 14 jours.",
  solutionsHeading: "Solutions proposées et prise en charge des frais",
  solution: "Solution",
  feesPaidBy: "Coût du financement",
  feeModels: {
    merchant: "pris en charge par le vendeur",
    shared: "partagé entre le vendeur et l'acheteur",
    buyer: "à la charge de l'acheteur",
    commission: "à la charge de l'acheteur (le vendeur perçoit une commission)",
    unknown: "non précisé",
  },
  lenderDocuments: "Chaque offre rappelle aussi sa notice d'information et ses conditions, sur la page du produit et au paiement.",
};
