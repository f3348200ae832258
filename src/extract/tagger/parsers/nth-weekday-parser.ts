/**
 * A weekday counted in a month: "the third Sunday in May", "the first Monday of September 2024",
 * "the last Thursday in November", and a weekend, counted by its Saturday: "the last weekend of
 * January" (`2022-W04-WE`). Chrono reads the weekday alone (last week's Sunday; "last weekend" the
 * one before the reference) and the month apart. The year is the one the text gives, else the one the tense picks, as for a holiday
 * (which is such a day with a name: Thanksgiving is the fourth Thursday of November).
 */
import { HOLIDAY_YEAR, nthWeekday, ruleDay } from '../holidays';
import { MONTH_NAME, monthNumber, WEEKDAY_NAME, WEEKDAYS, withoutSentencePeriod, wordParser } from '../parser-kit';
import { dayTimex, timexResult, weekendTimex } from '../timex';

const SATURDAY = WEEKDAYS.indexOf('saturday');

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1, final: -1 };

const PATTERN = new RegExp(
  `(?:the\\s+)?(first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\\s+(${WEEKDAY_NAME}|weekend)\\s+(?:in|of)\\s+(${MONTH_NAME})\\.?(?:,?\\s+(${HOLIDAY_YEAR}))?(?![\\p{L}\\d])`,
  'iu',
);

export const nthWeekdayParser = wordParser(PATTERN, (context, m, index) => {
  const [, ordinal, weekdayName, monthName, yearText] = m;
  const month = monthNumber(monthName!);
  const n = ORDINALS[ordinal!.toLowerCase()]!;
  const weekend = /^weekend$/i.test(weekdayName!);
  const rule = nthWeekday(month, weekend ? SATURDAY : WEEKDAYS.indexOf(weekdayName!.toLowerCase()), n);
  const text = yearText ? m[0] : withoutSentencePeriod(m[0], monthName!);
  const day = ruleDay(context, index, index + text.length, rule, undefined, yearText);
  // "the fifth Monday in February": that year's month has none, and no day is named.
  if (day.month !== month) return null;
  const shape = { anchoring: yearText ? ('absolute' as const) : ('relative' as const), rule: 'nth-weekday' };
  return timexResult(context, index, text, weekend ? weekendTimex(day, shape) : dayTimex(day, shape));
},
  /(?:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+(?:\p{L}+day|weekend)\s+(?:in|of)\s/iu,
);
