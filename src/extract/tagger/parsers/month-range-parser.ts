/**
 * Month ranges: "from January through June", "from January to June", "between May and July",
 * "January–June 2022". One mention for the whole span, like year ranges: the value is the first
 * month (TIMEX3 has no range value), the interval runs from the first month's first day to the
 * end of the last month. Both ends share one year: a year written at the end holds for both
 * (the first month falls in the year before when it comes later in the calendar, "November–
 * February 2022"); without a year the first month is resolved by tense and the last follows it.
 */
import { addMonths, makeDay } from '../calendar';
import { monthYear } from '../open-dates';
import { tenseOf } from '../news-context';
import { monthNumber, referenceDay, wordParser } from '../parser-kit';
import { monthTimex, quarterTimex, timexResult } from '../timex';

const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|July|Aug(?:ust|\\.)?|Sept(?:ember|\\.)?|Sep\\.|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const PATTERN = new RegExp(
  `(?:([Ff]rom|[Bb]etween)\\s+)?(${MONTH})(?:\\s*[-–—]\\s*|\\s+(to|through|until|till|and)\\s+)(${MONTH})(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`,
  'u',
);

/** "quarter" right after a range of months: "the April-June quarter". */
const QUARTER_AFTER = /^\s+quarter(?![\p{L}\d])/u;

/**
 * "From January through June, France holds the presidency", written in June: a range that holds
 * the reference month is the running one, whatever the tense says of its first month.
 */
function runningYear(ref: { year: number; month: number }, first: number, last: number): number | undefined {
  if (first <= last) return first <= ref.month && ref.month <= last ? ref.year : undefined;
  if (ref.month >= first) return ref.year;
  return ref.month <= last ? ref.year - 1 : undefined;
}

export const monthRangeParser = wordParser(PATTERN, (context, m, index) => {
  const [, leadWord, firstName, joiner, lastName, yearText] = m;
  // "From March to May 2021, ..." opens a sentence as often as it follows a verb.
  const lead = leadWord?.toLowerCase();
  // "from ... to" and "between ... and" mark a span; "May and June" alone are two months.
  if (joiner && !lead) return null;
  if (joiner === 'and' && lead !== 'between') return null;
  if (lead === 'between' && joiner !== 'and') return null;
  // A day after the last month ("January to June 30") is a day range chrono reads better.
  if (/^\s*\d/.test(context.text.slice(index + m[0].length)) && !yearText) return null;
  const first = monthNumber(firstName!);
  const last = monthNumber(lastName!);
  const crossesYear = last < first;
  let firstYear: number;
  const ref = referenceDay(context);
  if (yearText) firstYear = Number(yearText) - (crossesYear ? 1 : 0);
  else firstYear = runningYear(ref, first, last) ?? monthYear(ref, first, tenseOf(context, index, index + m[0].length));
  const lastYear = firstYear + (crossesYear ? 1 : 0);
  const shape = { anchoring: yearText ? ('absolute' as const) : ('relative' as const), rule: 'month-range' };
  // "the April-June quarter", "the July-September quarter": a calendar quarter named by its months.
  const quarterWord = QUARTER_AFTER.exec(context.text.slice(index + m[0].length));
  if (quarterWord && !lead && !yearText && last - first === 2 && first % 3 === 1) {
    const before = /\bthe\s+$/i.exec(context.text.slice(Math.max(0, index - 4), index));
    const start = index - (before ? before[0].length : 0);
    return timexResult(context, start, context.text.slice(start, index + m[0].length + quarterWord[0].length), quarterTimex(firstYear, (first + 2) / 3, shape));
  }
  const timex = monthTimex(firstYear, first, shape);
  // TIMEX3 extents leave out the lead-in: "from [January to June]".
  const start = index + (lead ? m[0].indexOf(firstName!, lead.length) : 0);
  return timexResult(context, start, context.text.slice(start, index + m[0].length), { ...timex, interval: { start: timex.interval!.start, end: addMonths(makeDay(lastYear, last, 1), 1) } });
},
  /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z.]*\s*(?:[-–—]|(?:to|through|until|till|and)\s)/,
);
