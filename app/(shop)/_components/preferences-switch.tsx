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
      <SwitchForm id="pref-language" label={t.layout.language} name="locale" options={LOCALES.map((l) => ({ value: l, name: t.languages[l], lang: l, pressed: l === locale }))} />
      <SwitchForm id="pref-country" label={t.layout.country} name="country" options={COUNTRIES.map((c) => ({ value: c, name: t.countries[c], pressed: c === country }))} />
    </div>
  );
}

/** One group: a button a choice, showing its code and saying its name to screen readers. */
function SwitchForm({ id, label, name, options }: { id: string; label: string; name: string; options: { value: string; name: string; lang?: string; pressed: boolean }[] }) {
  return (
    <form method="post" action={PREFERENCES_PATH} className="switch" aria-labelledby={id}>
      <span id={id} className="switch-label">
        {label}
      </span>
      <Suspense>
        <CurrentPathInput />
      </Suspense>
      {options.map((option) => (
        <button key={option.value} type="submit" name={name} value={option.value} aria-pressed={option.pressed} lang={option.lang} title={option.name}>
          <span aria-hidden="true">{option.value.toUpperCase()}</span>
          <span className="visually-hidden">{option.name}</span>
        </button>
      ))}
    </form>
  );
}
