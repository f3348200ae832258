/**
 * US news holidays that fix a day, on their rules: "Christmas", "New Year's Eve", "the Fourth of
 * July", "Thanksgiving" (fourth Thursday of November), "Election Day" (the Tuesday after the first
 * Monday of November), "Easter", "Good Friday", "Labor Day". Which year's a name means: the year the text gives,
 * the one before or after the reference for "last"/"next", this year's for "this", else the tense
 * picks it as for a month-day. The holiday parser ("Thanksgiving", "Thanksgiving week") reads
 * holidays with it; "the day after Christmas" is then counted by the offset-from-day refiner.
 */
import type { ParsingContext } from 'chrono-node';
import { addDays, compareDays, makeDay, weekdayOf, type Day } from './calendar';
import { sentenceAt, tenseOf } from './news-context';
import { aheadBefore, copulaSchedules, tenseAhead } from './date-ahead';
import { monthDayYear } from './open-dates';
import { referenceDay } from './parser-kit';

/** A day defined for every year: a holiday, "the third Sunday in May". */
export type Rule = (year: number) => Day;

/** The n-th (1-based; -1 = last) given weekday (0 = Sunday) of a month. */
export const nthWeekday = (month: number, weekday: number, n: number): Rule => (year) => {
  if (n < 0) {
    const last = makeDay(year, month + 1, 0);
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = makeDay(year, month, 1);
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
};

/** Easter Sunday (Gregorian, anonymous algorithm). */
const easter: Rule = (year) => {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return makeDay(year, month, ((h + l - 7 * m + 114) % 31) + 1);
};

const fixed = (month: number, day: number): Rule => (year) => makeDay(year, month, day);

const HOLIDAYS: [RegExp, Rule][] = [
  [/^christmas\s+eve$/i, fixed(12, 24)],
  [/^christmas(?:\s+day)?$/i, fixed(12, 25)],
  [/^new\s+year['’]s\s+eve$/i, fixed(12, 31)],
  [/^new\s+year['’]s(?:\s+day)?$/i, fixed(1, 1)],
  [/^(?:independence\s+day|the\s+fourth\s+of\s+july|july\s+fourth)$/i, fixed(7, 4)],
  [/^halloween$/i, fixed(10, 31)],
  [/^valentine['’]s\s+day$/i, fixed(2, 14)],
  [/^veterans\s+day$/i, fixed(11, 11)],
  [/^thanksgiving(?:\s+day)?$/i, nthWeekday(11, 4, 4)],
  [/^labor\s+day$/i, nthWeekday(9, 1, 1)],
  [/^memorial\s+day$/i, nthWeekday(5, 1, -1)],
  [/^election\s+day$/i, (year) => addDays(nthWeekday(11, 1, 1)(year), 1)],
  [/^easter(?:\s+sunday)?$/i, easter],
  [/^good\s+friday$/i, (year) => addDays(easter(year), -2)],
  [/^easter\s+monday$/i, (year) => addDays(easter(year), 1)],
];

/** The names, as pattern source: `holidayDay` reads a match. */
export const HOLIDAY_NAME =
  "Good\\s+Friday|Easter\\s+Monday|Christmas\\s+Eve|Christmas(?:\\s+Day)?|New\\s+Year['’]s\\s+Eve|New\\s+Year['’]s(?:\\s+Day)?|Independence\\s+Day|the\\s+Fourth\\s+of\\s+July|July\\s+Fourth|Halloween|Valentine['’]s\\s+Day|Veterans\\s+Day|Thanksgiving(?:\\s+Day)?|Labor\\s+Day|Memorial\\s+Day|Election\\s+Day|Easter(?:\\s+Sunday)?";

/** What a day names when it opens the name of an accord or a killing: "the Good Friday Agreement", "Bloody Sunday Massacre". */
export const NAMED_FOR_DAY = 'Agreements?|Accords?|Massacre|Uprising|Protocol';

/** A year after a holiday's name ("Christmas 1998"), as pattern source. */
export const HOLIDAY_YEAR = '(?:1[6-9]|20)\\d\\d';

/** The word(s) a holiday's name starts with (but "the Fourth of July"), as pattern source. */
export const HOLIDAY_FIRST_WORDS = 'Good\\s+Friday|Christmas|New\\s+Year|Independence|Halloween|Valentine|Veterans|Thanksgiving|Labor\\s+Day|Memorial\\s+Day|Election\\s+Day|Easter';

/** A cheap test for a holiday's name: a text without one is not scanned for holidays. */
export const HOLIDAY_GATE = new RegExp(`${HOLIDAY_FIRST_WORDS}|Fourth`);

/**
 * The day of holiday `name` named in the mention at [start, end) of the parsed text, `which` its
 * "last"/"next"/"this", `year` the year the text gives; null for no known holiday.
 */
export function holidayDay(context: ParsingContext, start: number, end: number, name: string, which: string | undefined, year: string | undefined): Day | null {
  const rule = HOLIDAYS.find(([pattern]) => pattern.test(name.replace(/\s+/g, ' ')))?.[1];
  return rule ? ruleDay(context, start, end, rule, which, year) : null;
}

/**
 * The day of a yearly `rule` named in the mention at [start, end): in the year the text gives, the
 * one before or after the reference for "last"/"next" (`which`), this year's for "this", else the
 * one the tense picks as for a month-day.
 */
export function ruleDay(context: ParsingContext, start: number, end: number, rule: Rule, which: string | undefined, year: string | undefined): Day {
  const ref = referenceDay(context);
  if (year) return rule(Number(year));
  if (/^last$/i.test(which ?? '')) return compareDays(rule(ref.year), ref) < 0 ? rule(ref.year) : rule(ref.year - 1);
  if (/^next$/i.test(which ?? '')) return compareDays(rule(ref.year), ref) > 0 ? rule(ref.year) : rule(ref.year + 1);
  if (/^this$/i.test(which ?? '')) return rule(ref.year);
  const thisYear = rule(ref.year);
  // "could last until Christmas", "Election Day is Nov. 7", "the deadline is Christmas Eve": a
  // holiday a state lasts until, or that a present copula schedules, is the coming one.
  const { sentence, shift } = sentenceAt(context, start);
  const ahead = aheadBefore(context.text, start) || copulaSchedules(sentence, start + shift, end + shift);
  return rule(monthDayYear(ref, thisYear.month, thisYear.day, tenseAhead(tenseOf(context, start, end), ahead)));
}
