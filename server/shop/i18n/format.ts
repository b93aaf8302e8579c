import { intlTag, type Country, type Locale } from "./locales";

/** Display formatting in the shopper's language; amounts are integer cents. */
export interface Formatters {
  money(cents: number): string;
  percent(value: number): string;
  date(value: Date | string | number): string;
  /** With the time zone's name: a time alone ("17:09") says nothing of where it was read. */
  dateTime(value: Date | string | number): string;
}

/**
 * The shop's time zone for a billing country. The server runs in UTC and the
 * browser anywhere: naming the zone makes the same order read the same time
 * on every page and in the back office.
 */
export const SHOP_TIME_ZONES: Record<Country, string> = { FR: "Europe/Paris", DE: "Europe/Berlin" };

/** Building an Intl formatter costs far more than using one, and every component of every page asks: one set per language and country. */
const cache = new Map<`${Locale}-${Country}`, Formatters>();

export function formatters(locale: Locale, country: Country = "FR"): Formatters {
  const known = cache.get(`${locale}-${country}`);
  if (known) return known;
  const tag = intlTag(locale);
  const timeZone = SHOP_TIME_ZONES[country];
  const money = new Intl.NumberFormat(tag, { style: "currency", currency: "EUR" });
  const percent = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone });
  const dateTime = new Intl.DateTimeFormat(tag, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" });
  const made: Formatters = {
    money: (cents) => money.format(cents / 100),
    // The bank sends rates as percentages (3.9 means 3.9 %).
    percent: (value) => `${percent.format(value)} %`,
    date: (value) => date.format(new Date(value)),
    dateTime: (value) => dateTime.format(new Date(value)),
  };
  cache.set(`${locale}-${country}`, made);
  return made;
}
