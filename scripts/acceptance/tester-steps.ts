/**
 * What a tester does on the lender's pages for each case this command cannot play alone on UATC
 * (the bank's journey needs a person), with the bank's UATC test data as docs/SANDBOX.md lists it.
 */
import type { AcceptanceCase } from "../../server/shop/go-live/acceptance-cases";

export const UATC_TEST_DATA = {
  acceptedCards: ["5017 6791 1038 0400 (CB)", "5017 6792 1000 0700 (Visa)", "5017 6794 1000 0500 (Mastercard)"],
  refusedCards: ["5017 6791 1038 0900 (CB)", "5017 6792 1000 0200 (Visa)", "5017 6794 1000 0000 (Mastercard)"],
  germanIban: "DE95100000000012305678",
  goodPin: "123456",
  failingPin: "654321",
  /** French long credit below this financed amount is accepted automatically on the happy path. */
  frenchAutoAcceptBelowEuros: 3000,
} as const;

/** A product the case's solution finances, from the demo catalogue (any basket in the range will do). */
const PRODUCTS = {
  split: { slug: "machine-espresso", price: "989 €" },
  frenchCredit: { slug: "ordinateur-portable-creatif", price: "2 199 €" },
  germanCredit: { slug: "televiseur-oled-65", price: "3 499 €" },
} as const;

function buy(appUrl: string, product: { slug: string; price: string }, solutionCode: string, country: "France" | "Germany"): string {
  return `In the shop (${appUrl}/products/${product.slug}, ${product.price}), billed in ${country}: add it to the cart, check out with the offer ${solutionCode}.`;
}

/** The steps for one case left to do, or none when the case passed or this command does it itself. */
export function testerSteps(c: AcceptanceCase, appUrl: string): string[] {
  if (c.passed) return [];
  const code = c.todo?.code;
  if (code === "await_bank" && c.evidence) return [`Order ${c.evidence.reference} is still at the bank (${c.evidence.bankStatus ?? "no status yet"}): finish its journey or wait for the lender, then run this command again.`];
  if (code === "cancel_order" && c.evidence) {
    const when = c.todo?.notBefore ? ` from ${new Date(c.todo.notBefore).toISOString()}` : "";
    return [`Cancel order ${c.evidence.reference} in full from the back office${when}: ${appUrl}${c.evidence.orderHref}.`];
  }
  const german = c.solutionCode.startsWith("SCDE");
  const data = UATC_TEST_DATA;
  switch (c.kind) {
    case "accepted":
      return [buy(appUrl, PRODUCTS.split, c.solutionCode, "France"), `On the bank's pages: confirm the identity, then pay with an accepted test card: ${data.acceptedCards.join(", ")}.`];
    case "refused":
      return [buy(appUrl, PRODUCTS.split, c.solutionCode, "France"), `On the bank's pages: confirm the identity, then pay with a refused test card: ${data.refusedCards.join(", ")}.`];
    case "cancelled_after_24h":
      return [
        `On the production deployment (production keys): buy with ${c.solutionCode} and a real card, as a customer would.`,
        "Once it is accepted, wait 24 hours, then cancel it in full from the back office; run this command there to check.",
      ];
    case "pre_accepted":
      return german
        ? [buy(appUrl, PRODUCTS.germanCredit, c.solutionCode, "Germany"), `On the bank's pages: apply with the IBAN ${data.germanIban} and an income that covers the instalment, then identify with the PIN ${data.goodPin} and sign.`]
        : [buy(appUrl, PRODUCTS.frenchCredit, c.solutionCode, "France"), `On the bank's pages: apply for less than ${data.frenchAutoAcceptBelowEuros} € financed, with an IBAN and an identity document, then sign the contract.`];
    case "rejected":
      return german
        ? [buy(appUrl, PRODUCTS.germanCredit, c.solutionCode, "Germany"), `On the bank's pages: apply with the IBAN ${data.germanIban}, then identify with the failing PIN ${data.failingPin}.`]
        : [
            buy(appUrl, PRODUCTS.frenchCredit, c.solutionCode, "France"),
            "On the bank's pages: apply and sign as for the pre-accepted case; UATC has no test data that makes Franfinance refuse, so ask the lender's acceptance contact to reject that subscription.",
          ];
    case "cancelled":
      return german
        ? [buy(appUrl, PRODUCTS.germanCredit, c.solutionCode, "Germany"), `Apply and sign as for the pre-accepted case (PIN ${data.goodPin}); once the lender accepts it, this command cancels it (Hanseatic decides the cancellation later).`]
        : [buy(appUrl, PRODUCTS.frenchCredit, c.solutionCode, "France"), "Apply and sign as for the pre-accepted case; once the lender accepts it, this command cancels it."];
  }
}
