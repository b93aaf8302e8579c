import { intlTag, type Locale } from "./locales";

/** Display formatting in the shopper's language; amounts are integer cents. */
export interface Formatters {
  money(cents: number): string;
  percent(value: number): string;
  date(value: Date | string | number): string;
  dateTime(value: Date | string | number): string;
}

export function formatters(locale: Locale): Formatters {
  const tag = intlTag(locale);
  const money = new Intl.NumberFormat(tag, { style: "currency", currency: "EUR" });
  const percent = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: "long" });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" });
  return {
    money: (cents) => money.format(cents / 100),
    // The bank sends rates as percentages (3.9 means 3.9 %).
    percent: (value) => `${percent.format(value)} %`,
    date: (value) => date.format(new Date(value)),
    dateTime: (value) => dateTime.format(new Date(value)),
  };
}
