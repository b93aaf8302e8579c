import "server-only";
import type { Locale } from "./locales";
import { de } from "./terms-messages/de";
import { en } from "./terms-messages/en";
import { fr } from "./terms-messages/fr";

/** Every language has exactly the French texts' shape. */
export type TermsMessages = typeof fr;

const dictionaries: Record<Locale, TermsMessages> = { fr, en, de };

/** The financing terms page's long texts, kept apart from the dictionary the browser receives. */
export function termsMessagesFor(locale: Locale): TermsMessages {
  return dictionaries[locale];
}
