import { adminMessagesFor } from "@/server/shop/i18n/admin-messages";
import { LOCALES, type Locale } from "@/server/shop/i18n/locales";
import { setAdminLocale } from "../admin-locale-actions";

/**
 * The back office's language as a small button group posting to a server
 * action, as the shop's switch does: it works without JavaScript, and a press
 * is an explicit choice.
 */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const t = adminMessagesFor(locale);
  return (
    <form action={setAdminLocale} className="lang-switch" aria-label={t.shell.language} role="group">
      {LOCALES.map((l) => (
        <button key={l} type="submit" name="locale" value={l} aria-pressed={l === locale} lang={l} title={t.languages[l]}>
          <span aria-hidden="true">{l.toUpperCase()}</span>
          <span className="sr-only">{t.languages[l]}</span>
        </button>
      ))}
    </form>
  );
}
