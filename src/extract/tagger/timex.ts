/**
 * What our own parsers know about a match that chrono's components cannot hold: the TIMEX3 type
 * and value, the interval at its real precision, and how it was anchored. Attached to a result's
 * start components (a WeakMap, so chrono's objects stay untouched and nothing leaks).
 */
import type { ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import type { Precision } from '../../schema/timeline';
import type { Anchoring, TimexType } from '../types';
import { referenceDay } from './parser-kit';
import { addDays, addMonths, isoDay, isoMonth, isoWeekOf, isoWeekValue, isoYear, makeDay, weekdayOf, type Day } from './calendar';
import { quarterOf } from './periods';

/** A period counted from the last time the story named ("the next day": one day on). */
export interface Anaphor {
  unit: 'day' | 'week' | 'month' | 'year';
  step: number;
  /** "the previous Friday" (5), "the following Monday" (1): the nearest such day in the step's direction. */
  weekday?: number;
  /** "that day", "the same year": dropped when the story names no time before them. */
  pointing: boolean;
  /** "at 10:35 a.m." with no day: the clock time (`10:35`, `MO`) of the day the story is on. */
  clock?: string;
  /**
   * Re-anchored only on an absolute date that ended by this day: "two years earlier" counts from a
   * story set in a year already over ("signed in 1997"), else from the publication.
   */
  onlyFromBefore?: Day;
}

export interface Timex {
  type: TimexType;
  value: string;
  precision: Precision | null;
  /** First day and first day after, or null for durations, sets and vague references. */
  interval: { start: Day; end: Day } | null;
  approximate: boolean;
  anchoring: Anchoring;
  rule: string;
  deictic?: boolean;
  /**
   * The part of the match that is the TIMEX3 extent, as offsets into the match, when a parser
   * matched more so as to win chrono's overlap contest (it keeps the longer match): "for three
   * days later" must beat chrono's "three days later", yet the extent is "three days".
   */
  core?: { from: number; to: number };
  /** Set when the value counts from an earlier mention of the story, not the reference. */
  anaphor?: Anaphor;
  /**
   * A duration that leads on from the story's last date ("two years later", "three days after
   * that"): TIMEX3 keeps the duration, as the annotators tag it; anaphora.ts works out the date it
   * leads to, which is where the timeline places what happened then.
   */
  leadsOn?: Anaphor;
}

const TIMEX = new WeakMap<ParsingComponents, Timex>();

/** Tag on a chrono result whose extent took in "around"/"about": its timex is approximate. */
export const APPROXIMATE_TAG = 'sourceline/approximate';

export function timexOf(result: ParsingResult): Timex | undefined {
  return TIMEX.get(result.start);
}

export function setTimex(result: ParsingResult, timex: Timex): ParsingResult {
  TIMEX.set(result.start, result.tags().has(APPROXIMATE_TAG) ? { ...timex, approximate: true } : timex);
  return result;
}

/**
 * A chrono result for `text` at `index` carrying `timex`. Its components are assigned from the
 * interval start (or the reference day) so chrono's own validity checks see a real date.
 */
export function timexResult(context: ParsingContext, index: number, text: string, timex: Timex): ParsingResult {
  // Every part certain: chrono's date/time merger then leaves the result alone (it joins only a
  // date-only result with a time-only one), so "for three days over the past year" stays two.
  const at = timex.interval?.start ?? referenceDay(context);
  const components = { year: at.year, month: at.month, day: at.day, hour: 12, minute: 0 };
  const result = context.createParsingResult(index, text, components);
  result.addTag(`sourceline/${timex.rule}`);
  return setTimex(result, timex);
}

export type Shape = Pick<Timex, 'anchoring' | 'rule'> & { approximate?: boolean };

export function dayTimex(d: Day, shape: Shape): Timex {
  return { type: 'DATE', value: isoDay(d), precision: 'day', interval: { start: d, end: addDays(d, 1) }, approximate: false, ...shape };
}

export function monthTimex(year: number, month: number, shape: Shape): Timex {
  const start = makeDay(year, month, 1);
  return { type: 'DATE', value: isoMonth(year, month), precision: 'month', interval: { start, end: addMonths(start, 1) }, approximate: false, ...shape };
}

export function yearTimex(year: number, shape: Shape): Timex {
  return { type: 'DATE', value: isoYear(year), precision: 'year', interval: { start: makeDay(year, 1, 1), end: makeDay(year + 1, 1, 1) }, approximate: false, ...shape };
}

export function weekTimex(d: Day, shape: Shape): Timex {
  const { year, week, monday } = isoWeekOf(d);
  return { type: 'DATE', value: isoWeekValue(year, week), precision: 'week', interval: { start: monday, end: addDays(monday, 7) }, approximate: false, ...shape };
}

/**
 * The seven days that end on day `end` ("the week ended April 7"): the ISO week when `end` is its
 * Sunday (`2000-W14`), else a week-long interval valued by its first day (`2000-04-01`).
 */
export function weekEndingTimex(end: Day, shape: Shape): Timex {
  if (weekdayOf(end) === 0) return weekTimex(end, shape);
  const start = addDays(end, -6);
  return { type: 'DATE', value: isoDay(start), precision: 'week', interval: { start, end: addDays(end, 1) }, approximate: false, ...shape };
}

/** The weekend (Saturday and Sunday) of the ISO week that holds the day: `2000-W18-WE`. */
export function weekendTimex(d: Day, shape: Shape): Timex {
  const { year, week, monday } = isoWeekOf(d);
  return { type: 'DATE', value: `${isoWeekValue(year, week)}-WE`, precision: 'week', interval: { start: addDays(monday, 5), end: addDays(monday, 7) }, approximate: false, ...shape };
}

export function quarterTimex(year: number, quarter: number, shape: Shape): Timex {
  const start = makeDay(year, (quarter - 1) * 3 + 1, 1);
  return { type: 'DATE', value: `${isoYear(year)}-Q${quarter}`, precision: 'quarter', interval: { start, end: addMonths(start, 3) }, approximate: false, ...shape };
}

export function halfTimex(year: number, half: number, shape: Shape): Timex {
  const start = makeDay(year, half === 1 ? 1 : 7, 1);
  return { type: 'DATE', value: `${isoYear(year)}-H${half}`, precision: 'half', interval: { start, end: addMonths(start, 6) }, approximate: false, ...shape };
}

export function decadeTimex(decade: number, shape: Shape): Timex {
  const first = decade * 10;
  return { type: 'DATE', value: String(decade), precision: 'decade', interval: { start: makeDay(first, 1, 1), end: makeDay(first + 10, 1, 1) }, approximate: false, ...shape };
}

export function centuryTimex(century: number, shape: Shape): Timex {
  const first = century * 100;
  return { type: 'DATE', value: String(century).padStart(2, '0'), precision: 'century', interval: { start: makeDay(first, 1, 1), end: makeDay(first + 100, 1, 1) }, approximate: false, ...shape };
}

/**
 * The date `offset` units from the reference, at the unit's precision: "two years ago" is the
 * year, not a day two years back; "three weeks ago" a week; "a decade ago" said in 1999 is 1989,
 * not the 1980s, "a century ago" said in 2022 is 1922; "in five years" said in 1989 is 1994. Hours and minutes fall on the reference day.
 */
export function offsetTimex(ref: Day, unit: string, offset: number, shape: Shape): Timex {
  switch (unit) {
    case 'year':
      return yearTimex(ref.year + offset, shape);
    case 'month': {
      const d = addMonths(ref, offset);
      return monthTimex(d.year, d.month, shape);
    }
    case 'week':
      return weekTimex(addDays(ref, 7 * offset), shape);
    case 'day':
      return dayTimex(addDays(ref, offset), shape);
    case 'decade':
      return yearTimex(ref.year + 10 * offset, shape);
    case 'century':
      return yearTimex(ref.year + 100 * offset, shape);
    case 'quarter': {
      const q0 = ref.year * 4 + quarterOf(ref) - 1 + offset;
      return quarterTimex(Math.floor(q0 / 4), (q0 % 4) + 1, shape);
    }
    default:
      return dayTimex(ref, shape);
  }
}

/** The value of a weekday that recurs ("on Sundays", "usually meet on Tuesday"): `XXXX-WXX-2`, ISO weekday numbers (Sunday is 7). */
export function weeklyValue(weekday: number): string {
  return `XXXX-WXX-${weekday === 0 ? 7 : weekday}`;
}

/** Present, past and future references, durations and sets: a value but no interval. */
export function vagueTimex(type: Timex['type'], value: string, shape: Shape & { deictic?: boolean }): Timex {
  return { type, value, precision: null, interval: null, approximate: false, ...shape };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A time of day ("2 p.m.", "Friday morning"): `2022-01-10T14:00` or `2022-01-10TMO`. */
export function timeTimex(d: Day, time: { hour: number; minute: number } | 'MO' | 'AF' | 'EV' | 'NI', shape: Shape): Timex {
  const clock = typeof time === 'string' ? time : `${pad2(time.hour)}:${pad2(time.minute)}`;
  return { ...dayTimex(d, shape), type: 'TIME', value: `${isoDay(d)}T${clock}` };
}

/**
 * A time with no day of its own ("at 10:35 a.m.", "midday", "in the afternoon"): it is on the day
 * the story has reached (the anaphora pass moves it there), else on the day its value holds.
 */
export function clockOnStoryDay(timex: Timex): Timex {
  return { ...timex, anaphor: { unit: 'day', step: 0, pointing: false, clock: timex.value.slice(timex.value.indexOf('T') + 1) } };
}

export function seasonTimex(year: number, season: 'SP' | 'SU' | 'FA' | 'WI', shape: Shape): Timex {
  const startMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[season];
  const start = makeDay(year, startMonth, 1);
  return { type: 'DATE', value: `${isoYear(year)}-${season}`, precision: 'season', interval: { start, end: addMonths(start, 3) }, approximate: false, ...shape };
}
