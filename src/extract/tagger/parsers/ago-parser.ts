/**
 * Offsets from the reference: "a month ago", "a year earlier", "five days from now", "two decades
 * ago", and the business adjectives "year-earlier", "year-ago"; and from a day the text names: "a
 * week from Monday" (the Monday after the coming one), "two weeks from today", "a week ago Monday"
 * (the Monday before the last one), "a year ago today", valued to the day. Valued at the unit's precision
 * ("two years ago" is a year, `2020`, not a day two years back; "two decades ago" the year 20 back). In a quarterly business story
 * "a year ago" / "a year earlier" is the reported quarter one year back (`2021-Q3`), unless the
 * text last named a longer period ("for the nine months ... a year earlier" is the year back).
 */
import { addDays, addMonthsToDay, compareDays, makeDay, type Day } from '../calendar';
import { weekdayDay } from '../open-dates';
import { NUMBER_PATTERN, parseNumber, referenceDay, WEEKDAY_NAME, WEEKDAYS, wordParser } from '../parser-kit';
import { newsOption } from '../news-context';
import { longerPeriodBefore, reportedQuarter, samePeriodBefore } from '../periods';
import { dayTimex, offsetTimex, quarterTimex, timexResult, vagueTimex } from '../timex';

/** "two and a half years ago", "a year-and-a-half ago": half a unit more. */
const HALF = '(?:[\\s-]+and[\\s-]+a[\\s-]+half)';
const HAS_HALF = new RegExp(HALF, 'i');
/** The next smaller unit a half counts in, and how many of it make the unit. */
const HALF_IN: Record<string, [string, number]> = { century: ['year', 100], decade: ['year', 10], year: ['month', 12], month: ['week', 4], week: ['day', 7] };

/** Words that make a count loose: "about two years ago", "more than half a century ago". */
const LOOSE = '(?:about|around|roughly|some|nearly|almost|more\\s+than|less\\s+than|over)';

const PATTERN = new RegExp(
  `(?:${LOOSE}\\s+)?` +
    `(?:(${NUMBER_PATTERN}|several|a\\s+few|few|many|half\\s+a)${HALF}?\\s+)?(years?|months?|weeks?|fortnights?|days?|decades?|centur(?:y|ies)|quarters?|hours?|minutes?)${HALF}?(?:\\s+|(-))(ago(?:\\s+(?:today|yesterday|${WEEKDAY_NAME}))?|earlier|from\\s+now|hence|from\\s+(?:next\\s+)?(?:today|tomorrow|${WEEKDAY_NAME}))` +
    `(?![\\p{L}\\d])`,
  'iu',
);

/** A count right before a unit, beyond what NUMBER_PATTERN reads. */
const BIG_COUNT_BEFORE = /(?:\d|\b(?:hundred|thousand|million|billion)s?)\s+$/i;

/** A count said loosely, at the start of a match. */
const APPROXIMATE_COUNT = new RegExp(`^${LOOSE}\\s`, 'i');

/** "from Monday", "from next Monday", "ago today", "ago Monday": the day counted from. */
const FROM_DAY = new RegExp(`^(?:from\\s+(next\\s+)?|ago\\s+)(?:(today)|(tomorrow)|(yesterday)|(${WEEKDAY_NAME}))$`, 'i');
/**
 * "from Monday to Friday", "from Monday-Friday" is a range, "from Monday's high" a point of
 * Monday's; a double dash opens an aside ("two weeks from today -- April 28 --").
 */
const NOT_FROM_DAY_AFTER = /^(?:['’]s?(?![\p{L}])|\s*(?:to|until|till|through|thru|and|or)(?![\p{L}])|\s*[-–](?![-–]))/iu;
/** Units a day is counted in; "three hours from Monday" is no date. */
const DAY_UNITS: Record<string, (d: Day, n: number) => Day> = {
  day: addDays, week: (d, n) => addDays(d, 7 * n), month: addMonthsToDay, year: (d, n) => addMonthsToDay(d, 12 * n),
};

export const agoParser = wordParser(PATTERN, (context, m, index) => {
  const [, amountRaw, unitRaw, hyphen, direction] = m;
  // "66 million years ago", "10,000 years ago": a count the amount pattern does not read (or reads
  // the end of: "000") is no vague "years ago", and no year we could write.
  const before = context.text.slice(Math.max(0, index - 16), index);
  if ((!amountRaw && BIG_COUNT_BEFORE.test(before)) || /\d[,.]$/.test(before)) return null;
  const ref = referenceDay(context);
  // "about two years ago", "more than half a century ago": the date is as loose as the count.
  const shape = { anchoring: 'relative' as const, rule: 'ago', ...(APPROXIMATE_COUNT.test(m[0]) ? { approximate: true } : {}) };
  // "a fortnight ago" is two weeks back
  const fortnight = /^fortnight/i.test(unitRaw!);
  const unit = fortnight ? 'week' : /^centur/i.test(unitRaw!) ? 'century' : unitRaw!.toLowerCase().replace(/s$/, '');
  // "half a century ago": half a unit and no whole one
  const halfA = /^half\s+a$/i.test(amountRaw ?? '');
  const half = halfA || HAS_HALF.test(m[0]);
  if (fortnight && half) return null; // rare, and not counted in weeks and a half
  const fromDay = FROM_DAY.exec(direction!);
  if (fromDay) {
    const weekdayInLowerCase = fromDay[5] !== undefined && !/^\p{Lu}/u.test(fromDay[5]);
    if (half || !DAY_UNITS[unit] || weekdayInLowerCase || NOT_FROM_DAY_AFTER.test(context.text.slice(index + m[0].length, index + m[0].length + 8))) return null;
  }
  // "three days later", "a day earlier" measure from a moment in the story: TIMEX3 tags the
  // duration ("three days"), which the duration parser does. Only "ago", "from now" and the
  // business "a year earlier" are dates counted from the reference.
  if (/^earlier$/i.test(direction!) && !['year', 'quarter'].includes(unit)) return null;
  if (hyphen && (amountRaw || unit !== 'year')) return null; // "a year-earlier figure": the adjective alone is the date
  let n: number;
  let sign: number;
  if (hyphen) {
    n = 1; // "year-earlier", "year-ago" results
    sign = -1;
  } else {
    if (!amountRaw && !/s$/i.test(unitRaw!)) return null; // "year ago" without an amount
    sign = /^(?:ago|earlier)\b/i.test(direction!) ? -1 : 1;
    if (!amountRaw || /^(?:several|a\s+few|few|many)$/i.test(amountRaw)) {
      return timexResult(context, index, m[0], vagueTimex('DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF', { ...shape, anchoring: 'none' }));
    }
    const parsed = halfA ? 0 : parseNumber(amountRaw);
    if (parsed === null || !Number.isInteger(parsed)) return null;
    n = fortnight ? 2 * parsed : parsed;
  }
  // "the same period a year ago": one mention, from "the same"
  const same = unit === 'year' && n === 1 && sign < 0 && !hyphen ? samePeriodBefore(context.text, index) : 0;
  const start = index - same;
  const text = context.text.slice(start, index + m[0].length);
  if (half) {
    // "a year and a half ago" is 18 months back (month precision); a week and a half back is
    // 11 days (rounded, approximate); a day and a half has no smaller date unit: 2 days, approximate.
    const [smaller, factor] = HALF_IN[unit] ?? [unit, 1];
    const exact = (n + 0.5) * factor;
    const count = Math.round(exact);
    return timexResult(context, start, text, offsetTimex(ref, smaller, sign * count, { ...shape, approximate: shape.approximate === true || count !== exact }));
  }
  const offset = sign * n;
  if (fromDay) return timexResult(context, start, text, dayTimex(DAY_UNITS[unit]!(countedFrom(ref, fromDay, sign), offset), shape));
  // "For the nine months, net rose from ... a year earlier": the last period named shortly before
  // it is the one compared, and it is longer than the quarter; then it is the year back.
  const comparesLonger = longerPeriodBefore(context.text, index) !== null;
  if (unit === 'year' && newsOption(context).quarterly && n === 1 && sign < 0 && !comparesLonger) {
    const q = reportedQuarter(ref);
    return timexResult(context, start, text, quarterTimex(q.year - 1, q.quarter, shape));
  }
  const timex = offsetTimex(ref, unit, offset, shape);
  // "The treaty was signed in 1997. Two years earlier, ...": in a story set in a year already over
  // when it was published, "earlier" counts from the story's date (1995), not from the publication;
  // "up from $3 million a year earlier" in a story of this year's results still counts from it.
  if (/^earlier$/i.test(direction!) && !hyphen && (unit === 'year' || unit === 'decade'))
    return timexResult(context, start, text, { ...timex, anaphor: { unit: 'year', step: unit === 'decade' ? 10 * offset : offset, pointing: false, onlyFromBefore: makeDay(ref.year, 1, 1) } });
  return timexResult(context, start, text, timex);
},
  /ago|earlier|hence|from\s+(?:now|today|tomorrow|next|mon|tue|wed|thu|fri|sat|sun)/i,
);

/**
 * The day of "from Monday" (the coming Monday, the reference day when it is one; "from next
 * Monday" one after the reference) or "ago Monday" (the last Monday, or the reference day).
 */
function countedFrom(ref: Day, [, next, today, tomorrow, yesterday, weekdayName]: RegExpExecArray, sign: number): Day {
  if (today) return ref;
  if (tomorrow) return addDays(ref, 1);
  if (yesterday) return addDays(ref, -1);
  const day = weekdayDay(ref, WEEKDAYS.indexOf(weekdayName!.toLowerCase()), sign < 0 ? 'past' : 'future');
  return next && compareDays(day, ref) === 0 ? addDays(ref, 7) : day;
}
