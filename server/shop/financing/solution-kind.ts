/**
 * What kind of financing a solution code is. The bank's codes are built as
 * "SC", the market (FR, DE), SP (split payment) or LT (long-term credit), a
 * dash and the variant: SCFRSP-3XTS is French split payment in 3,
 * SCFRLT-TXNO French long-term credit, SCDELT-DXTS German long-term credit.
 */
export type SolutionKind = "split" | "credit";

export function solutionKind(solutionCode: string): SolutionKind {
  return solutionCode.slice(4, 6) === "SP" ? "split" : "credit";
}

/** Long credit asks for the buyer's birth data; split payment does not. */
export function needsBirthData(solutionCode: string): boolean {
  return solutionKind(solutionCode) === "credit";
}

/** Number of instalments of a split-payment code ("SCFRSP-3XTS" → 3); null for credit. */
export function splitInstallments(solutionCode: string): number | null {
  const match = /^SC..SP-(\d+)X/.exec(solutionCode);
  return match ? Number(match[1]) : null;
}
