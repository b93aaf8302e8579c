import { intlTag, type Locale } from "./locales";

/**
 * The back office's formats. Times are the shop's (Europe/Paris), whatever
 * the server's or the admin's zone: the orders of one shop are read on one
 * clock. One amount format per language (Intl: "885,50 €" in fr and de,
 * "€885.50" in en), never two on one page.
 */
export const SHOP_TIME_ZONE = "Europe/Paris";

export interface AdminFormatters {
  money(cents: number): string;
  dateTime(ms: number): string;
  date(ms: number): string;
  relative(ms: number, now: number): string;
  /** Euros as typed in an amount field ("885,50" in fr and de, "885.50" in en); parseEuroAmount reads both. */
  amountInput(cents: number): string;
}

const cache = new Map<Locale, AdminFormatters>();

export function adminFormatters(locale: Locale): AdminFormatters {
  const known = cache.get(locale);
  if (known) return known;
  const tag = intlTag(locale);
  const money = new Intl.NumberFormat(tag, { style: "currency", currency: "EUR" });
  const dateTime = new Intl.DateTimeFormat(tag, { timeZone: SHOP_TIME_ZONE, day: "2-digit", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit" });
  const date = new Intl.DateTimeFormat(tag, { timeZone: SHOP_TIME_ZONE, dateStyle: "long" });
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: "auto", style: "short" });
  const formatters: AdminFormatters = {
    money: (cents) => money.format(cents / 100),
    dateTime: (ms) => dateTime.format(new Date(ms)),
    date: (ms) => date.format(new Date(ms)),
    relative: (ms, now) => {
      const seconds = Math.round((ms - now) / 1000);
      const s = Math.abs(seconds);
      if (s < 45) return relative.format(0, "second");
      if (s < 3600) return relative.format(Math.round(seconds / 60), "minute");
      if (s < 86_400) return relative.format(Math.round(seconds / 3600), "hour");
      return relative.format(Math.round(seconds / 86_400), "day");
    },
    amountInput: (cents) => {
      const text = (cents / 100).toFixed(2);
      return locale === "en" ? text : text.replace(".", ",");
    },
  };
  cache.set(locale, formatters);
  return formatters;
}
