/**
 * The French lender's legal texts end with the intermediary's registration
 * ("...immatriculé à l'ORIAS sous le numéro XXXXX"): the bank sends the same
 * kit to every merchant, with a run of X where the merchant's own number goes.
 * Only a run of X after the word ORIAS, in the same sentence, is the placeholder.
 */
const ORIAS_PLACEHOLDER = /(\bORIAS\b[^.]*?)\bX{3,}\b/giu;

/** Whether a kit's legal text asks for the merchant's ORIAS number. */
export function asksForOrias(legalText: string): boolean {
  return new RegExp(ORIAS_PLACEHOLDER.source, "iu").test(legalText);
}

/**
 * The kit's legal text as the shop must show it, with the merchant's ORIAS
 * number in place of the placeholder. It stays plain text: the caller renders
 * it as a text node (the kit is the bank's text, never markup of ours).
 */
export function legalTextWithOrias(legalText: string, orias: string): string {
  return legalText.replace(ORIAS_PLACEHOLDER, (_, before: string) => `${before}${orias}`);
}
