import { COUNTRIES, LOCALES, type Country, type Locale } from "@/server/shop/i18n/locales";
import { messagesFor } from "@/server/shop/i18n/messages";
import { Suspense } from "react";
import { CurrentPathInput } from "./current-path-input";

/** app/api/preferences/route.ts: sets the cookie, then answers 303 to the page, loaded anew. */
const PREFERENCES_PATH = "/api/preferences";

/**
 * Language and billing country as small button groups, plain HTML posts
 * (a full page load after, never the client router's cache): they work
 * without JavaScript, and a press is an explicit choice (a select that reloads the page on change would surprise keyboard users).
 */
export function PreferencesSwitch({ locale, country }: { locale: Locale; country: Country }) {
  const t = messagesFor(locale);
  return (
    <div className="preferences" aria-label={t.layout.preferences} role="group">
      {/* Two "FR" side by side mean two things: each group says its own name on screen. */}
      <form method="post" action={PREFERENCES_PATH} className="switch" aria-labelledby="pref-language">
        <span id="pref-language" className="switch-label">
          {t.layout.language}
        </span>
        <Suspense>
          <CurrentPathInput />
        </Suspense>
        {LOCALES.map((l) => (
          <button key={l} type="submit" name="locale" value={l} aria-pressed={l === locale} lang={l} title={t.languages[l]}>
            <span aria-hidden="true">{l.toUpperCase()}</span>
            <span className="visually-hidden">{t.languages[l]}</span>
          </button>
        ))}
      </form>
      <form method="post" action={PREFERENCES_PATH} className="switch" aria-labelledby="pref-country">
        <span id="pref-country" className="switch-label">
          {t.layout.country}
        </span>
        <Suspense>
          <CurrentPathInput />
        </Suspense>
        {COUNTRIES.map((c) => (
          <button key={c} type="submit" name="country" value={c} aria-pressed={c === country} title={t.countries[c]}>
            <span aria-hidden="true">{c}</span>
            <span className="visually-hidden">{t.countries[c]}</span>
          </button>
        ))}
      </form>
    </div>
  );
}
