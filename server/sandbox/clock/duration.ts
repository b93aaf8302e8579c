/**
 * ISO 8601 durations ("P3M", "P90D", "PT2H30M", "P1Y2M3DT4H5M6S", "P2W") or
 * a number of seconds, applied on the calendar in UTC: "P3M" from 31 Jan
 * lands on 30 Apr (the month's last day), as a bank's "three months" does.
 */
export interface Duration {
  readonly years: number;
  readonly months: number;
  readonly days: number;
  readonly seconds: number;
}

const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export class DurationError extends Error {}

export function parseDuration(value: string | number): Duration {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) throw new DurationError(`a duration in seconds must be a non-negative number: ${value}`);
    return { years: 0, months: 0, days: 0, seconds: value };
  }
  const match = ISO.exec(value.trim());
  if (!match || value.trim() === "P" || value.trim().endsWith("T")) {
    throw new DurationError(`not an ISO 8601 duration (e.g. P3M, P90D, PT2H): ${JSON.stringify(value)}`);
  }
  const n = (i: number) => (match[i] ? Number(match[i]) : 0);
  return {
    years: n(1),
    months: n(2),
    days: n(3) * 7 + n(4),
    seconds: n(5) * 3600 + n(6) * 60 + n(7),
  };
}

/** `from` plus the duration, calendar months clamped to the month's last day. */
export function addDuration(from: number, duration: Duration): number {
  const date = new Date(from);
  const totalMonths = date.getUTCMonth() + duration.years * 12 + duration.months;
  const year = date.getUTCFullYear() + Math.floor(totalMonths / 12);
  const month = ((totalMonths % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const shifted = Date.UTC(
    year,
    month,
    Math.min(date.getUTCDate(), lastDay),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
  return shifted + duration.days * 86_400_000 + Math.round(duration.seconds * 1000);
}

/** Milliseconds between `from` and `from + duration`. */
export function durationMs(from: number, value: string | number): number {
  return addDuration(from, parseDuration(value)) - from;
}
