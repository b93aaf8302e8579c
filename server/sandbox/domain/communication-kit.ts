import type { CommunicationKit, EligibleSolution } from "@/server/contract";
import { simulateSolution, type SimulationCents } from "./simulate";
import type { LongCreditSolution, Solution, SplitPaymentSolution } from "./solutions";
import { eurosText as euros, frenchSpacing, percentText as percent, type BankLocale } from "./text-format";

/**
 * What GET /eligible-solutions says about each solution: the merchant's
 * communication kit (in the market's language) and the `conditions` line.
 *
 * Every figure in these texts (amount range, rates, the representative
 * example) is computed from the catalogue and the simulator, so that the
 * kit can never contradict a simulation.
 *
 * Images and documents are served by the app from public/sandbox/assets/;
 * the kit holds their paths, and eligibleSolutionToApi makes them absolute.
 */
export const SANDBOX_ASSETS_PATH = "/sandbox/assets";

const asset = (file: string) => `${SANDBOX_ASSETS_PATH}/${file}`;

/**
 * How the French lender's legal texts end: the seller's own registration as
 * credit intermediary, with a placeholder the merchant replaces by its number
 * (the bank does not know it; the kit is the same for every merchant).
 */
export const FRENCH_INTERMEDIARY_MENTION =
  "Le vendeur, mandataire non exclusif de FRANFINANCE, intervient en qualité d'intermédiaire en opérations de banque " +
  "à titre accessoire, immatriculé à l'ORIAS sous le numéro XXXXX.";

/** A communication kit whose image and document fields are paths on the app's origin. */
export type CommunicationKitPaths = CommunicationKit & { readonly visualLogo: string; readonly visualTitle: string; readonly visualLegalText: string };

/**
 * The representative example every kit and notice quotes, as consumer-credit
 * advertising must: 300 € for split payment, 1,000 € over 12 months (FR) or
 * 24 months (DE) for long credit, inside every range of the catalogue.
 */
export function representativeExample(solution: Solution): { amountCents: number; simulation: SimulationCents } {
  const amountCents = solution.kind === "split" ? 30000 : 100000;
  const months = solution.kind === "split" ? solution.installments : solution.market === "FR" ? 12 : 24;
  const simulation = simulateSolution(solution, amountCents).find((s) => s.duration === months);
  if (!simulation) throw new Error(`${solution.code}: the representative example (${amountCents} cents, ${months} months) is not an offer`);
  return { amountCents, simulation };
}

export function communicationKit(solution: Solution): CommunicationKitPaths {
  if (solution.kind === "long" && solution.market === "DE") return germanCreditKit(solution);
  const kit = solution.kind === "split" ? splitPaymentKit(solution) : frenchCreditKit(solution);
  return {
    ...kit,
    visualTitle: frenchSpacing(kit.visualTitle),
    visualAdditionalInformation: frenchSpacing(kit.visualAdditionalInformation),
    visualLegalText: frenchSpacing(kit.visualLegalText),
  };
}

/** The `conditions` line: with or without fees, or the rate of a long credit. */
export function conditions(solution: Solution): string {
  return solution.market === "FR" ? frenchSpacing(conditionsText(solution)) : conditionsText(solution);
}

function conditionsText(solution: Solution): string {
  if (solution.kind === "split") {
    if (!solution.buyerFee) return "Sans frais : le coût est pris en charge par le vendeur.";
    const { basisPoints, capCents } = solution.buyerFee;
    return `Frais de ${percent(basisPoints / 100, "fr-FR")} du montant (${euros(capCents, "fr-FR")} maximum), ajoutés à la première mensualité.`;
  }
  const [low, high] = rateRange(solution);
  if (solution.market === "FR") {
    if (solution.subsidy === "TS") return "Taux débiteur fixe 0 %, TAEG fixe 0 % : le coût du crédit est pris en charge par le vendeur.";
    const who = solution.subsidy === "PS" ? "taux réduit grâce à la participation du vendeur" : "à la charge de l'acheteur";
    return `Taux débiteur fixe de ${percent(low, "fr-FR")} à ${percent(high, "fr-FR")} selon le montant et la durée, ${who}.`;
  }
  if (solution.subsidy === "TS") return "0 % effektiver Jahreszins: Die Finanzierungskosten trägt der Händler.";
  return `Gebundener Sollzinssatz von ${percent(low, "de-DE")} bis ${percent(high, "de-DE")} p. a. je nach Laufzeit.`;
}

/** ProductsAndServicesResponse for GET /eligible-solutions, with asset URLs on `origin` (e.g. "http://localhost:3000"). */
export function eligibleSolutionToApi(solution: Solution, origin: string): EligibleSolution {
  const kit = communicationKit(solution);
  const absolute = (path: string | undefined) => (path === undefined ? undefined : new URL(path, origin).toString());
  return {
    solutionCode: solution.code,
    familyCode: solution.familyCode,
    marketCode: solution.market,
    conditions: conditions(solution),
    communicationKit: withoutUndefined({
      ...kit,
      visualInformationIcon: absolute(kit.visualInformationIcon)!,
      visualLogo: absolute(kit.visualLogo),
      visualTableImage: absolute(kit.visualTableImage),
      visualInformationNoticeURL: absolute(kit.visualInformationNoticeURL),
      visualProductTermsURL: absolute(kit.visualProductTermsURL),
    }),
  };
}

/** Every asset path the kits refer to, for serving and for the test that they exist. */
export function kitAssetPaths(solution: Solution): string[] {
  const kit = communicationKit(solution);
  return [kit.visualInformationIcon, kit.visualLogo, kit.visualTableImage, kit.visualInformationNoticeURL, kit.visualProductTermsURL].filter(
    (p): p is string => p !== undefined,
  );
}

function splitPaymentKit(solution: SplitPaymentSolution): CommunicationKitPaths {
  const n = solution.installments;
  const { amountCents, simulation: sim } = representativeExample(solution);
  const [first, ...rest] = sim.installments.map((i) => i.amountCents);
  const later = n === 3 ? "30 et 60 jours" : "30, 60 et 90 jours";
  const fees = sim.feesCents > 0 ? ` (dont ${euros(sim.feesCents, "fr-FR")} de frais)` : "";
  const range = `de ${euros(solution.minAmountCents, "fr-FR")} à ${euros(solution.maxAmountCents, "fr-FR")}`;
  return {
    solutionCode: solution.code,
    visualTitle: solution.buyerFee ? `Payez en ${n}x par carte bancaire` : `Payez en ${n}x sans frais par carte bancaire`,
    visualAdditionalInformation:
      `Réglez vos achats ${range} en ${n} mensualités par carte bancaire : la première est débitée à la commande, ` +
      `les suivantes ${later} plus tard. Exemple : pour un achat de ${euros(amountCents, "fr-FR")}, ` +
      (first === rest[0]
        ? `${n} mensualités de ${euros(first!, "fr-FR")}. `
        : `une première mensualité de ${euros(first!, "fr-FR")}${fees} puis ${rest.length} de ${euros(rest[0]!, "fr-FR")}. `) +
      `Coût du financement : ${euros(sim.totalCostCents, "fr-FR")}, TAEG fixe ${percent(sim.effectiveAnnualPercentageRate, "fr-FR")}. ` +
      `Montant total dû : ${euros(sim.dueTotalCents, "fr-FR")}. Réponse immédiate.`,
    visualLegalText:
      `Offre de paiement fractionné réservée aux particuliers, pour un achat ${range}, sous réserve d'acceptation par FRANFINANCE. ` +
      "Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager. " +
      FRENCH_INTERMEDIARY_MENTION,
    visualInformationIcon: asset("information.svg"),
    visualLogo: asset(`logo-franfinance-${n}x.svg`),
    visualTableImage: asset(`table-${n}x${solution.buyerFee ? "-frais" : ""}.svg`),
    visualInformationNoticeURL: asset("notice-paiement-fractionne.pdf"),
    visualProductTermsURL: asset("conditions-paiement-fractionne.pdf"),
  };
}

/** What both languages' credit kits state: the representative example, and the range of durations offered. */
function creditFigures(solution: LongCreditSolution) {
  const { amountCents, simulation: sim } = representativeExample(solution);
  const [low, high] = durationRange(solution);
  return { amountCents, sim, months: sim.duration, low, high };
}

function frenchCreditKit(solution: LongCreditSolution): CommunicationKitPaths {
  const { amountCents, sim, months, low, high } = creditFigures(solution);
  const title = {
    NO: `Financez votre achat de ${low} à ${high} mois`,
    PS: `Financement à taux réduit de ${low} à ${high} mois`,
    TS: `Financement à 0 % de ${low} à ${high} mois`,
  }[solution.subsidy as "NO" | "PS" | "TS"];
  return {
    solutionCode: solution.code,
    visualTitle: title,
    visualAdditionalInformation:
      `Étalez le paiement de vos achats de ${euros(solution.minAmountCents, "fr-FR")} à ${euros(solution.maxAmountCents, "fr-FR")} ` +
      `sur ${low} à ${high} mois. Exemple représentatif : pour un crédit de ${euros(amountCents, "fr-FR")} sur ${months} mois, ` +
      `${installmentsText(sim, "fr-FR")}, taux débiteur fixe ${percent(sim.nominalPercentageRate, "fr-FR")}, ` +
      `TAEG fixe ${percent(sim.effectiveAnnualPercentageRate, "fr-FR")}. Coût total du crédit : ${euros(sim.totalCostCents, "fr-FR")}, ` +
      `montant total dû : ${euros(sim.dueTotalCents, "fr-FR")}. Réponse de principe immédiate, contrat signé en ligne.`,
    visualLegalText:
      "Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager. " +
      "Offre de crédit affecté réservée aux particuliers, sous réserve d'étude et d'acceptation par FRANFINANCE, prêteur. " +
      "Vous disposez d'un délai de rétractation de 14 jours." +
      (solution.subsidy === "TS" ? " Coût du crédit pris en charge par le vendeur." : "") +
      ` ${FRENCH_INTERMEDIARY_MENTION}`,
    visualInformationIcon: asset("information.svg"),
    visualLogo: asset("logo-franfinance-credit.svg"),
    visualInformationNoticeURL: asset("notice-credit-franfinance.pdf"),
    visualProductTermsURL: asset("conditions-credit-franfinance.pdf"),
  };
}

function germanCreditKit(solution: LongCreditSolution): CommunicationKitPaths {
  const { amountCents, sim, months, low, high } = creditFigures(solution);
  return {
    solutionCode: solution.code,
    visualTitle: solution.subsidy === "TS" ? `0 % Finanzierung in ${low} bis ${high} Monatsraten` : `Bequem in ${low} bis ${high} Monatsraten zahlen`,
    visualAdditionalInformation:
      `Finanzieren Sie Einkäufe von ${euros(solution.minAmountCents, "de-DE")} bis ${euros(solution.maxAmountCents, "de-DE")} ` +
      `in ${low} bis ${high} Monatsraten. Repräsentatives Beispiel: Nettodarlehensbetrag ${euros(amountCents, "de-DE")}, ` +
      `Laufzeit ${months} Monate, gebundener Sollzinssatz ${percent(sim.nominalPercentageRate, "de-DE")} p. a., ` +
      `effektiver Jahreszins ${percent(sim.effectiveAnnualPercentageRate, "de-DE")}, ${installmentsText(sim, "de-DE")}, ` +
      `Gesamtbetrag ${euros(sim.dueTotalCents, "de-DE")}.`,
    visualLegalText:
      "Finanzierung über die HANSEATIC BANK GmbH & Co KG. Bonität vorausgesetzt. Ein Kredit muss zurückgezahlt werden: " +
      "Prüfen Sie vor Vertragsabschluss, ob Sie die Raten dauerhaft tragen können. Sie haben ein gesetzliches Widerrufsrecht von 14 Tagen." +
      (solution.subsidy === "CO" ? " Der Händler erhält für die Vermittlung eine Provision." : ""),
    visualInformationIcon: asset("information.svg"),
    visualLogo: asset("logo-hanseatic-finanzierung.svg"),
    visualInformationNoticeURL: asset("vorvertragliche-informationen-hanseatic.pdf"),
    visualProductTermsURL: asset("kreditbedingungen-hanseatic.pdf"),
  };
}

export function installmentsText(sim: SimulationCents, locale: BankLocale): string {
  const amounts = sim.installments.map((i) => i.amountCents);
  const level = amounts[0]!;
  const last = amounts.at(-1)!;
  if (locale === "fr-FR") {
    return `${sim.duration} mensualités de ${euros(level, locale)}` + (last !== level ? ` (la dernière de ${euros(last, locale)})` : "");
  }
  return `${sim.duration} Monatsraten à ${euros(level, locale)}` + (last !== level ? ` (letzte Rate ${euros(last, locale)})` : "");
}

export function durationRange(solution: LongCreditSolution): [number, number] {
  return [solution.durations[0]!, solution.durations.at(-1)!];
}

export function rateRange(solution: LongCreditSolution): [number, number] {
  const rates = solution.pricing.flatMap((band) => band.rates.map((r) => r.nominalRateBp / 100));
  return [Math.min(...rates), Math.max(...rates)];
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
