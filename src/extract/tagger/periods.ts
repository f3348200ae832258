/** Which quarter, season or half a day falls in, and the quarter a business story reports. */
import { addDays, compareDays, makeDay, type Day } from './calendar';

export function quarterOf(d: Day): number {
  return Math.floor((d.month - 1) / 3) + 1;
}

/**
 * The quarter "the quarter" means in news: the last one completed when the reference falls in the
 * first two months of a quarter (results come out after the quarter ends), else the current one.
 */
export function reportedQuarter(ref: Day): { year: number; quarter: number } {
  const d = addDays(ref, -61);
  return { year: d.year, quarter: quarterOf(d) };
}

/**
 * A reporting period a business story names, quarters included ("the third quarter", "the nine
 * months", "the first half"), and the longer ones alone. The last one named before "a year
 * earlier" is what was a year earlier: "For the nine months, net rose from a year earlier" compares
 * nine months, not the quarter.
 */
const REPORTING_PERIOD = /\b(?:quarter|(?:six|nine)[\s-]+months?|half|year\s+to\s+date)\b/gi;
const LONGER_PERIOD = /^(?:(?:six|nine)[\s-]+months?|half|year\s+to\s+date)$/i;

/** How far back (characters) the reporting period a mention compares may have been named. */
const LOOK_BACK = 250;

/**
 * How many months the last reporting period named shortly before offset `at` of `text` lasts when
 * it is longer than a quarter ("the nine months": 9, "the first half": 6, "year to date": 0, a
 * length unknown), else null.
 */
export function longerPeriodBefore(text: string, at: number): number | null {
  const before = text.slice(Math.max(0, at - LOOK_BACK), at);
  let last: string | undefined;
  REPORTING_PERIOD.lastIndex = 0;
  for (let m = REPORTING_PERIOD.exec(before); m; m = REPORTING_PERIOD.exec(before)) last = m[0];
  if (last === undefined || !LONGER_PERIOD.test(last)) return null;
  return /^nine/i.test(last) ? 9 : /^(?:six|half)/i.test(last) ? 6 : 0;
}

/** "the same period", "the same time of", "this time", right before a year back ("... last year", "... a year ago"). */
const SAME_PERIOD = /(?<![\p{L}\d])(?:the\s+same\s+(?:period|time)|this\s+time)\s+(?:of\s+)?$/iu;

/**
 * How many characters of "the same period " stand right before offset `at` of `text` (0 when
 * none): "the same period last year" is one mention, last year's equivalent period.
 */
export function samePeriodBefore(text: string, at: number): number {
  return SAME_PERIOD.exec(text.slice(Math.max(0, at - 30), at))?.[0].length ?? 0;
}

/**
 * How the books' end is spoken of: "ended" (closed), "ends" / "will end" (still ahead), "ending"
 * (either: a report's heading names past and coming periods alike).
 */
export type PeriodEnd = 'ended' | 'ends' | 'ending';

/** The verbs of `PeriodEnd`, as pattern source; `periodEndOf` reads a match. */
export const PERIOD_END_VERB = 'ended|ending|ends|will\\s+end';

export function periodEndOf(verb: string): PeriodEnd {
  return /^ended$/i.test(verb) ? 'ended' : /^ending$/i.test(verb) ? 'ending' : 'ends';
}

/**
 * The day a reporting period (a quarter, "the six months", the fiscal year) "ended"/"ends"/
 * "ending" on (`month`/`day`, `year` when the text gives one): without a year, the last such day on
 * or before the reference when the books are closed ("ended"), the next one on or after it when
 * they close ahead ("the fiscal year ends June 30", said in November, is next June's), else the
 * nearest one.
 */
export function closingDay(ref: Day, month: number, day: number, year: number | null, verb: PeriodEnd): Day {
  if (year !== null) return makeDay(year, month, day);
  const end = makeDay(ref.year, month, day);
  if (verb === 'ended' && compareDays(end, ref) > 0) return makeDay(ref.year - 1, month, day);
  if (verb === 'ends' && compareDays(end, ref) < 0) return makeDay(ref.year + 1, month, day);
  if (verb === 'ending' && compareDays(end, addDays(ref, -183)) < 0) return makeDay(ref.year + 1, month, day);
  return end;
}

/**
 * The calendar quarter that best covers the three months ending on `end` ("the quarter ended
 * July 31" runs May to July: mostly the second quarter): the one holding the span's middle, 45
 * days before its end.
 */
export function quarterEndingOn(end: Day): { year: number; quarter: number } {
  const middle = addDays(end, -45);
  return { year: middle.year, quarter: quarterOf(middle) };
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

export const SEASONS: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** First month of each (northern, meteorological) season: winter runs December to February. */
export const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function seasonOf(d: Day): { year: number; season: Season } {
  if (d.month === 12) return { year: d.year, season: 'WI' };
  if (d.month <= 2) return { year: d.year - 1, season: 'WI' };
  return { year: d.year, season: d.month <= 5 ? 'SP' : d.month <= 8 ? 'SU' : 'FA' };
}
