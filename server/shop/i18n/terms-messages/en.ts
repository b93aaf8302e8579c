import type { TermsMessages } from "../terms-messages";

export const en: TermsMessages = {
  title: "Financing terms",
  intro: (merchant: string) =>
    `${merchant} offers its customers financing from its banking partners. Below are each lender's general terms and the legal notices that apply to this shop's offers.`,
  intermediary: (merchant: string, orias: string) =>
    `${merchant} acts as an ancillary banking intermediary, non-exclusive agent of FRANFINANCE, registered with ORIAS under number ${orias} (www.orias.fr). It is not the lender.`,
  splitHeading: "Pay in 3 or 4 instalments by card — FRANFINANCE",
  splitText:
    "Paying in 3 or 4 instalments by card is a service of FRANFINANCE, a credit institution. For adult private customers living in France, holding a payment card valid until the last instalment, for a purchase within the offer's amount limits, subject to acceptance by FRANFINANCE. The first instalment is charged with the order, the others every 30 days. You have 14 days to withdraw.",
  mentions: (withFees: boolean) => (withFees ? "Legal notice of paying in 3 or 4 instalments with fees (PDF, in French)" : "Legal notice of paying in 3 or 4 instalments without fees (PDF, in French)"),
  mentionsFor: (names: string) => `For: ${names}.`,
  splitName: (n: number) => `Pay in ${n} instalments by card`,
  frenchCreditName: "Purchase credit",
  germanCreditName: "Instalment credit (Germany)",
  creditHeading: "Purchase credit — FRANFINANCE",
  creditText:
    "Credit tied to your purchase, offered by FRANFINANCE, the lender, subject to review and acceptance of your application. A loan commits you and must be repaid. Check that you can afford the repayments before you commit. You have 14 days to withdraw from the signature of the contract.",
  germanHeading: "Instalment credit — HANSEATIC BANK (Germany)",
  germanText:
    "For customers billed in Germany, financing is offered by HANSEATIC BANK GmbH & Co KG, subject to a credit check. A loan must be repaid: check that you can bear the instalments. You have a statutory right of withdrawal of 14 days.",
  solutionsHeading: "Solutions offered and who pays the costs",
  solution: "Solution",
  feesPaidBy: "Cost of the financing",
  feeModels: {
    merchant: "paid by the seller",
    shared: "shared by the seller and the buyer",
    buyer: "paid by the buyer",
    commission: "paid by the buyer (the seller earns a commission)",
    unknown: "not stated",
  },
  lenderDocuments: "Each offer also links its information notice and its terms, on the product page and at checkout.",
};
