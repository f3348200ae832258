/**
 * "the week of March 6", "the week of Oct. 23, 1989": the week that holds the day, valued as its
 * ISO week (`2000-W10`). Chrono would read the day alone and date the whole week's happening to it.
 * "the weekend of May 5" likewise is that ISO week's weekend (`2000-W18-WE`), one mention.
 */
import { makeDay } from '../calendar';
import { monthDayYearIn, monthYearIn } from '../open-dates';
import { MONTH_NAME, monthNumber, withoutSentencePeriod, wordParser } from '../parser-kit';
import { monthTimex, timexResult, weekTimex, weekendTimex, yearTimex } from '../timex';

const PATTERN = new RegExp(`(?:the\\s+)?(week|weekend)\\s+of\\s+(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'iu');

export const weekOfParser = wordParser(PATTERN, (context, m, index) => {
  const [, unit, monthName, dayText, yearText] = m;
  if (!/^\p{Lu}/u.test(monthName!)) return null; // "the week of may 6" is no date in edited news
  const month = monthNumber(monthName!);
  const day = Number(dayText);
  if (day < 1 || day > 31) return null;
  const year = monthDayYearIn(context, month, day, yearText, index, index + m[0].length);
  const anchoring = yearText ? 'absolute' : 'relative';
  const toTimex = unit!.toLowerCase() === 'weekend' ? weekendTimex : weekTimex;
  return timexResult(context, index, m[0], toTimex(makeDay(year, month, day), { anchoring, rule: 'week-of' }));
},
  /week(?:end)?\s+of/i,
);

/**
 * "the first week of May", "the last week of March 1999", "the second half of May", "the last days
 * of December", "the final weeks of 2021": one mention, valued as the month (or the year),
 * approximate (the week is a 7-day block of the month, not an ISO week). Chrono would read the
 * month alone and leave "the last days" a duration.
 */
const NTH_WEEK_PATTERN = new RegExp(
  `(?:the\\s+)?(?:(?:first|second|third|fourth|last|final)\\s+week|(?:first|second|last|latter)\\s+half|(first|last|final|closing|opening)\\s+(?:few\\s+)?(?:days|weeks))\\s+of\\s+(?:(${MONTH_NAME})\\.?(?:,?\\s+(\\d{4}))?|(\\d{4}))(?![\\p{L}\\d])`,
  'iu',
);

export const nthWeekOfParser = wordParser(NTH_WEEK_PATTERN, (context, m, index) => {
  const [, edge, monthName, yearText, yearAlone] = m;
  if (yearAlone) {
    // "the final weeks of 2021": a week or a half of a year is no fraction news writes this way.
    if (!edge) return null;
    return timexResult(context, index, m[0], yearTimex(Number(yearAlone), { anchoring: 'absolute', rule: 'week-of', approximate: true }));
  }
  if (!/^\p{Lu}/u.test(monthName!)) return null; // "the first week of may" is no date in edited news
  const month = monthNumber(monthName!);
  // The year as for the month alone ("it rained in March", said in January, is last March).
  const year = monthYearIn(context, month, yearText, index, index + m[0].length);
  const text = yearText ? m[0] : withoutSentencePeriod(m[0], monthName!);
  return timexResult(context, index, text, monthTimex(year, month, { anchoring: yearText ? 'absolute' : 'relative', rule: 'week-of', approximate: true }));
},
  /(?:week|half|weeks|days)\s+of/i,
);
