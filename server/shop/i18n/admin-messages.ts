import { de } from "./admin-messages/de";
import { en } from "./admin-messages/en";
import { fr } from "./admin-messages/fr";
import type { Locale } from "./locales";

/** Every language has exactly the English dictionary's shape (the back office was written in English first). */
export type AdminMessages = typeof en;

const dictionaries: Record<Locale, AdminMessages> = { fr, en, de };

export function adminMessagesFor(locale: Locale): AdminMessages {
  return dictionaries[locale];
}
