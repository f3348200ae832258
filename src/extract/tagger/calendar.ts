/**
 * Calendar arithmetic on plain year/month/day triples (proleptic Gregorian, UTC), so that values
 * never depend on the machine's time zone. Intervals are half-open: `end` is the first day after.
 */
import type { IsoDay } from '../../schema/timeline';

export interface Day {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY` for years 0–9999, ISO 8601 expanded (`+010000`, `-000299`) outside. */
export function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
}

export function isoDay(d: Day): IsoDay {
  return `${isoYear(d.year)}-${pad(d.month)}-${pad(d.day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${isoYear(year)}-${pad(month)}`;
}

/** Midnight UTC of the day; setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 19xx. */
function utc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Normalises overflowing parts: (2022, 13, 1) is 2023-01-01, (2022, 1, 0) is 2021-12-31. */
export function makeDay(year: number, month: number, day: number): Day {
  return fromUtc(utc(year, month, day));
}

export function addDays(d: Day, days: number): Day {
  return makeDay(d.year, d.month, d.day + days);
}

export function addMonths(d: Day, months: number): Day {
  return makeDay(d.year, d.month + months, 1);
}

/** The same day of the month `months` on, or the month's last day when it is shorter (Jan. 31 + 1 is Feb. 29 or 28). */
export function addMonthsToDay(d: Day, months: number): Day {
  const first = addMonths(d, months);
  const lastDay = addDays(addMonths(first, 1), -1).day;
  return makeDay(first.year, first.month, Math.min(d.day, lastDay));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Day): number {
  return utc(d.year, d.month, d.day).getUTCDay();
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function daysBetween(a: Day, b: Day): number {
  return Math.round((utc(b.year, b.month, b.day).getTime() - utc(a.year, a.month, a.day).getTime()) / 86_400_000);
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = makeDay(year, month, day);
  return d.month === month && d.day === day;
}

/** ISO 8601 week: the Monday it starts on, and its week-numbering year and number. */
export function isoWeekOf(d: Day): { year: number; week: number; monday: Day } {
  const monday = addDays(d, -((weekdayOf(d) + 6) % 7));
  const thursday = addDays(monday, 3);
  const firstThursdayMonday = isoWeekOneMonday(thursday.year);
  const week = Math.floor(daysBetween(firstThursdayMonday, monday) / 7) + 1;
  return { year: thursday.year, week, monday };
}

function isoWeekOneMonday(year: number): Day {
  const jan4 = makeDay(year, 1, 4);
  return addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
}

export function isoWeekValue(year: number, week: number): string {
  return `${isoYear(year)}-W${pad(week)}`;
}

export function mondayOfIsoWeek(year: number, week: number): Day {
  return addDays(isoWeekOneMonday(year), (week - 1) * 7);
}

export function today(date: Date, timezoneMinutes: number): Day {
  return fromUtc(new Date(date.getTime() + timezoneMinutes * 60_000));
}
