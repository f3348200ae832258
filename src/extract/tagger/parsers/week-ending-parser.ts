/**
 * "the week ended April 7", "the week ending Friday": the seven days that end on the day named, one
 * mention (chrono would date the whole week's figures to its last day). The day is read as a
 * reporting period's end is: "ended" on or before the reference, "ends" on or after it, "ending"
 * the nearest month-day, or the weekday the sentence's tense points to.
 */
import type { Day } from '../calendar';
import { tenseOf } from '../news-context';
import { weekdayDay } from '../open-dates';
import { MONTH_NAME, monthNumber, referenceDay, WEEKDAY_NAME, WEEKDAYS, wordParser } from '../parser-kit';
import { closingDay, PERIOD_END_VERB, periodEndOf } from '../periods';
import { timexResult, weekEndingTimex } from '../timex';

const PATTERN = new RegExp(
  `(?:the\\s+)?week\\s+(${PERIOD_END_VERB})\\s+(?:(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(${WEEKDAY_NAME}))(?![\\p{L}\\d])`,
  'iu',
);

export const weekEndingParser = wordParser(PATTERN, (context, m, index) => {
  const [text, verbText, monthName, dayText, yearText, weekdayName] = m;
  const name = monthName ?? weekdayName!;
  if (!/^\p{Lu}/u.test(name)) return null; // "the week ending may 7" is no date in edited news
  const ref = referenceDay(context);
  const verb = periodEndOf(verbText!.replace(/\s+/g, ' '));
  let end: Day;
  if (monthName) {
    const month = monthNumber(monthName);
    const day = Number(dayText);
    if (day < 1 || day > 31) return null;
    end = closingDay(ref, month, day, yearText ? Number(yearText) : null, verb);
    if (end.month !== month) return null; // "Feb. 30"
  } else {
    const tense = verb === 'ended' ? 'past' : verb === 'ends' ? 'future' : tenseOf(context, index, index + text!.length);
    end = weekdayDay(ref, WEEKDAYS.indexOf(weekdayName!.toLowerCase()), tense === 'present' ? 'past' : tense);
  }
  return timexResult(context, index, text!, weekEndingTimex(end, { anchoring: yearText ? 'absolute' : 'relative', rule: 'week-ending' }));
},
  /week\s+(?:end|will)/i,
);
