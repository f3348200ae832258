/**
 * Axis ticks from centuries down to hours, in UTC, for any year JS Date can hold (BCE included).
 * d3-time picks the tick instants; the labels are ours so that years ≤ 0 read "44 BCE".
 */
import { utcTicks } from 'd3-time';
import { toPx, type TimeScale } from './time-scale';
import { yearLabel } from './year-label';

export interface Tick {
  time: number;
  x: number;
  label: string;
  /** A boundary of the next larger unit (a new century, decade, year, month or day): drawn stronger. */
  major: boolean;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (n: number) => String(n).padStart(2, '0');

export function tickLabel(date: Date, step: number): { label: string; major: boolean } {
  const y = date.getUTCFullYear();
  const month = MONTHS[date.getUTCMonth()]!;
  if (step >= 360 * DAY) return { label: yearLabel(y), major: y % (step >= 3600 * DAY ? 100 : 10) === 0 };
  if (step >= 28 * DAY) {
    const january = date.getUTCMonth() === 0;
    return { label: january ? yearLabel(y) : month, major: january };
  }
  if (step >= DAY) {
    const first = date.getUTCDate() === 1;
    return { label: first ? `${month} ${yearLabel(y)}` : `${date.getUTCDate()} ${month}`, major: first };
  }
  const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
  return {
    label: midnight ? `${date.getUTCDate()} ${month} ${yearLabel(y)}` : `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`,
    major: midnight,
  };
}

export function axisTicks(scale: TimeScale, width: number): Tick[] {
  const dates = utcTicks(new Date(scale.d0), new Date(scale.d1), Math.max(2, Math.floor(width / 90)));
  const step = dates.length > 1 ? dates[1]!.getTime() - dates[0]!.getTime() : 365 * DAY;
  return dates.map((d) => ({ time: d.getTime(), x: toPx(scale, d.getTime()), ...tickLabel(d, step) }));
}
