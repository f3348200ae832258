/**
 * Holidays that fix a day: "Christmas", "New Year's Eve", "the Fourth of July", "Thanksgiving
 * (Day)", "Election Day", "Easter", "Labor Day", "last Thanksgiving", "Christmas 1998", and the
 * week they fall in ("Easter week", "Thanksgiving week") or the weekend nearest them ("Labor Day
 * weekend", "Thanksgiving weekend"). US news holidays on fixed rules
 * (Thanksgiving: fourth Thursday of November; Election Day: the Tuesday after the first Monday of
 * November). Without a year the tense picks the occurrence, as for a month-day; "last"/"next" pick
 * the one before/after the reference.
 */
import { addDays, compareDays, makeDay, weekdayOf, type Day } from '../calendar';
import { sentenceAt, tenseOf } from '../news-context';
import { aheadBefore, copulaSchedules, tenseAhead } from '../date-ahead';
import { monthDayYear } from '../open-dates';
import { referenceDay, wordParser } from '../parser-kit';
import { dayTimex, timexResult, weekTimex, weekendTimex } from '../timex';

type Rule = (year: number) => Day;

/** The n-th (1-based; -1 = last) given weekday (0 = Sunday) of a month. */
const nthWeekday = (month: number, weekday: number, n: number): Rule => (year) => {
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
];

/** Days from a weekday (0 = Sunday) to the Saturday of the nearest weekend. */
const SATURDAY_OFFSET = [-1, -2, -3, 3, 2, 1, 0];

const PATTERN =
  /(?:(last|next|this)\s+)?(Christmas\s+Eve|Christmas(?:\s+Day)?|New\s+Year['’]s\s+Eve|New\s+Year['’]s(?:\s+Day)?|Independence\s+Day|the\s+Fourth\s+of\s+July|July\s+Fourth|Halloween|Valentine['’]s\s+Day|Veterans\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|Election\s+Day|Easter(?:\s+Sunday)?)(\s+week(?:end)?)?(?:,?\s+((?:1[6-9]|20)\d\d))?(?![\p{L}\d])/u;

export const holidayParser = wordParser(PATTERN, (context, m, index) => {
  const [, which, name, week, yearText] = m;
  const rule = HOLIDAYS.find(([pattern]) => pattern.test(name!.replace(/\s+/g, ' ')))?.[1];
  if (!rule) return null;
  const ref = referenceDay(context);
  let day: Day;
  if (yearText) day = rule(Number(yearText));
  else if (/^last$/i.test(which ?? '')) day = compareDays(rule(ref.year), ref) < 0 ? rule(ref.year) : rule(ref.year - 1);
  else if (/^next$/i.test(which ?? '')) day = compareDays(rule(ref.year), ref) > 0 ? rule(ref.year) : rule(ref.year + 1);
  else if (/^this$/i.test(which ?? '')) day = rule(ref.year);
  else {
    const thisYear = rule(ref.year);
    // "could last until Christmas", "Election Day is Nov. 7", "the deadline is Christmas Eve": a
    // holiday a state lasts until, or that a present copula schedules, is the coming one.
    const end = index + m[0].length;
    const { sentence, shift } = sentenceAt(context, index);
    const ahead = aheadBefore(context.text, index) || copulaSchedules(sentence, index + shift, end + shift);
    day = rule(monthDayYear(ref, thisYear.month, thisYear.day, tenseAhead(tenseOf(context, index, end), ahead)));
  }
  const shape = { anchoring: yearText ? 'absolute' : 'relative', rule: 'holiday' } as const;
  // "Easter week", "Thanksgiving week": the (ISO, Monday to Sunday) week the holiday falls in;
  // "Labor Day weekend" (a Monday), "Thanksgiving weekend" (a Thursday): the nearest weekend.
  if (week && /end$/i.test(week)) return timexResult(context, index, m[0], weekendTimex(addDays(day, SATURDAY_OFFSET[weekdayOf(day)]!), shape));
  return timexResult(context, index, m[0], week ? weekTimex(day, shape) : dayTimex(day, shape));
},
  /Christmas|New\s+Year|Independence|Fourth|Halloween|Valentine|Veterans|Thanksgiving|Labor\s+Day|Memorial\s+Day|Election\s+Day|Easter/,
);
