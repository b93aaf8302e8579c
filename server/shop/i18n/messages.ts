import { de } from "./messages/de";
import { en } from "./messages/en";
import { fr } from "./messages/fr";
import type { Locale } from "./locales";

/** Every language has exactly the French dictionary's shape. */
export type Messages = typeof fr;

const dictionaries: Record<Locale, Messages> = { fr, en, de };

export function messagesFor(locale: Locale): Messages {
  return dictionaries[locale];
}
