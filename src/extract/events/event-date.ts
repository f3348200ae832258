/**
 * The date of an event, taken from a mention at the precision the text gives ("1997" is a year,
 * not 1 January 1997), and the interval relations the merge rule needs. Intervals are compared as
 * ISO days, which order correctly as strings for years 0000–9999; wider years are compared by value.
 */
import type { EventDate, IsoDay } from '../../schema/timeline';
import type { DateMention } from '../types';

export interface Interval {
  start: IsoDay;
  end: IsoDay;
}

/** The event date a mention denotes, or null when it denotes no calendar interval. */
export function eventDateOf(m: DateMention): EventDate | null {
  if (m.pointsAt) return { value: m.pointsAt.value, start: m.pointsAt.interval.start, end: m.pointsAt.interval.end, precision: m.pointsAt.precision, approximate: m.approximate };
  if (!m.interval || !m.precision || m.deictic) return null;
  if (!(compareDays(m.interval.start, m.interval.end) < 0)) return null;
  return { value: m.value, start: m.interval.start, end: m.interval.end, precision: m.precision, approximate: m.approximate };
}

function dayKey(d: IsoDay): [number, string] {
  const m = /^([+-]?\d+)-(\d{2}-\d{2})$/.exec(d);
  return m ? [Number(m[1]), m[2]!] : [Number.NaN, d];
}

/** Plain `YYYY-MM-DD` days order as strings; only signed or wider years need parsing. */
const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function compareDays(a: IsoDay, b: IsoDay): number {
  if (a.length === 10 && b.length === 10 && PLAIN_DAY.test(a) && PLAIN_DAY.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  const [ya, ra] = dayKey(a);
  const [yb, rb] = dayKey(b);
  if (ya !== yb) return ya < yb ? -1 : 1;
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}

export const sameInterval = (a: Interval, b: Interval) => a.start === b.start && a.end === b.end;

/** `inner` lies within `outer` (equal counts). */
export const within = (inner: Interval, outer: Interval) =>
  compareDays(outer.start, inner.start) <= 0 && compareDays(inner.end, outer.end) <= 0;

/** One interval lies within the other: the two may denote the same happening at two precisions. */
export const nested = (a: Interval, b: Interval) => within(a, b) || within(b, a);

/** Length in days, for choosing the finest of several dates. */
export function spanDays(i: Interval): number {
  const day = (d: IsoDay) => {
    const [y, rest] = dayKey(d);
    const [mo, da] = rest.split('-').map(Number);
    const date = new Date(0);
    date.setUTCFullYear(y, mo! - 1, da!); // setUTCFullYear, not Date.UTC: years 0–99 stay themselves
    return date.getTime() / 86_400_000;
  };
  return Math.round(day(i.end) - day(i.start));
}

/** Days in one unit of each precision, roughly: enough to tell a single unit from a range. */
const UNIT_DAYS: Record<EventDate['precision'], number> = {
  day: 1, week: 7, month: 31, quarter: 92, season: 92, half: 184, year: 366, decade: 3653, century: 36525,
};

/** "from January through June", "2010–2014": a period spanning several units of its precision. */
export const isRange = (d: EventDate) => spanDays(d) > UNIT_DAYS[d.precision];
