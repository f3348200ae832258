/**
 * The bounds of a time window as people write them in a URL or a message: a year (`1997`), a month
 * (`2022-01`), a day (`2022-01-10`) or an instant (`2022-01-10T14:30Z`). A named period is taken
 * whole: `start=1997` starts on 1 January 1997 and `end=2022` ends after 31 December 2022, so
 * `start=2021&end=2022` shows both years. Instants without a zone are read as UTC (deterministic).
 * Parsed bounds are canonical TimeWindow strings: `YYYY-MM-DD` for days, `toISOString()` otherwise.
 */
import { DAY_MS, formatIsoDay } from '../lib/iso-day';
import type { TimeWindow } from '../viewer-controller';

export type BoundSide = 'start' | 'end';

const BOUND =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

function utc(year: number, month = 0, day = 1, hours = 0, minutes = 0, seconds = 0, ms = 0): Date {
  const date = new Date(Date.UTC(2000, month, day, hours, minutes, seconds, ms));
  date.setUTCFullYear(year, month, day);
  return date;
}

/** `YYYY-MM-DD`, with an ISO 8601 expanded year outside 0000–9999 (as the timeline schema). */
export const isoDay = (date: Date): string => formatIsoDay(date.getTime());

const isMidnight = (date: Date) => date.getTime() % DAY_MS === 0;

/** A canonical bound string (`YYYY-MM-DD` or ISO instant) to its time in ms, or NaN. */
export function boundTime(bound: string): number {
  return Date.parse(bound);
}

/** Parses one bound; null when it is not one of the accepted forms or not a real date. */
export function parseBound(text: string, side: BoundSide): string | null {
  const m = BOUND.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = mo === undefined ? 0 : Number(mo) - 1;
  const day = d === undefined ? 1 : Number(d);
  if (month > 11 || day < 1) return null;
  if (h === undefined) {
    const first = utc(year, month, day);
    if (first.getUTCMonth() !== month) return null; // 2022-02-30
    if (side === 'start') return isoDay(first);
    if (mo === undefined) return isoDay(utc(year + 1));
    if (d === undefined) return isoDay(utc(year, month + 1));
    return isoDay(utc(year, month, day + 1));
  }
  const [hours, minutes, seconds] = [Number(h), Number(mi), Number(s ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const at = utc(year, month, day, hours, minutes, seconds, Number((frac ?? '0').padEnd(3, '0')));
  if (at.getUTCDate() !== day || at.getUTCMonth() !== month) return null;
  if (zone && zone !== 'Z') {
    const [zh, zm] = [Number(zone.slice(1, 3)), Number(zone.slice(4, 6))];
    if (zh > 23 || zm > 59) return null;
    at.setTime(at.getTime() - (zone[0] === '-' ? -1 : 1) * (zh * 60 + zm) * 60_000);
  }
  return isMidnight(at) ? isoDay(at) : at.toISOString();
}

export type WindowResult = { ok: true; window: TimeWindow } | { ok: false; problem: string };

/** Both bounds parsed and ordered (start strictly before end). */
export function parseWindow(start: string, end: string): WindowResult {
  const s = parseBound(start, 'start');
  if (s === null) return { ok: false, problem: `start=${start} is not a year, month, day or ISO date-time` };
  const e = parseBound(end, 'end');
  if (e === null) return { ok: false, problem: `end=${end} is not a year, month, day or ISO date-time` };
  if (!(boundTime(s) < boundTime(e))) return { ok: false, problem: `start=${start} is not before end=${end}` };
  return { ok: true, window: { start: s, end: e } };
}

/** The unit URL bounds are rounded to: about a thousandth of the window, so links stay short. */
function roundingUnit(spanMs: number): number {
  const units = [DAY_MS, 3_600_000, 60_000, 1_000, 1];
  return units.find((unit) => unit <= spanMs / 1000) ?? 1;
}

/** How coarsely a bound can be written: 0 a year, 1 a month, 2 a day, 3 only as an instant. */
function alignment(date: Date): number {
  if (!isMidnight(date)) return 3;
  if (date.getUTCDate() !== 1) return 2;
  return date.getUTCMonth() === 0 ? 0 : 1;
}

/** A bound at a level; an exclusive end at midnight is written as the last period it includes. */
function formatBound(date: Date, side: BoundSide, level: number): string {
  if (level === 3) return formatInstant(date);
  const day = isoDay(side === 'end' ? new Date(date.getTime() - DAY_MS) : date);
  return level === 0 ? day.slice(0, -6) : level === 1 ? day.slice(0, -3) : day;
}

function formatInstant(date: Date): string {
  return date.toISOString().replace(/(:00)?\.000Z$/, 'Z');
}

/**
 * The inverse of parseWindow for deep links: the shortest text that reads back as the same window
 * (after rounding to about a thousandth of its span). Returns null for an unusable window.
 */
export function formatWindow(window: TimeWindow): { start: string; end: string } | null {
  const [s, e] = [boundTime(window.start), boundTime(window.end)];
  if (!(s < e)) return null;
  const unit = roundingUnit(e - s);
  let [rs, re] = [Math.round(s / unit) * unit, Math.round(e / unit) * unit];
  if (!(rs < re)) [rs, re] = [s, e];
  const [from, to] = [new Date(rs), new Date(re)];
  // Both bounds at the same level reads better: `2021-12`–`2022-02`, not `2021-12`–`2022-02-28`.
  const level = Math.max(alignment(from), alignment(to));
  return { start: formatBound(from, 'start', level), end: formatBound(to, 'end', level) };
}
