/**
 * "On July 4 American troops landed", "resigned on May 3 amid protests", "the vote on March 5
 * among members": chrono's month-day pattern refuses a day followed by "am" or "pm" (so that
 * "July 4 am" is not read as a day) without checking that the word ends there, and so drops the
 * whole date before "American", "amid", "among", "ambulances". This parser reads exactly those:
 * a month-day whose next word only starts with "am"/"pm". The year is the text's, else the one the
 * tense picks, as for any month-day.
 */
import { makeDay } from '../calendar';
import { monthDayYearIn } from '../open-dates';
import { MONTH_NAME, monthNumber, wordParser } from '../parser-kit';
import { dayTimex, timexResult } from '../timex';

const PATTERN = new RegExp(`(${MONTH_NAME})\\.?\\s*,?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?=\\s+(?:am|pm)\\p{L})`, 'iu');

export const monthDayBeforeAmParser = wordParser(PATTERN, (context, m, index) => {
  const [whole, monthName, dayText, yearText] = m;
  if (!/^\p{Lu}/u.test(monthName!)) return null; // "may 3 ambulances": the modal
  const day = Number(dayText);
  const month = monthNumber(monthName!);
  if (day < 1 || day > 31) return null;
  const end = index + whole!.length;
  const year = monthDayYearIn(context, month, day, yearText, index, end);
  const date = makeDay(year, month, day);
  if (date.day !== day) return null; // "Feb. 30"
  return timexResult(context, index, whole!, dayTimex(date, { anchoring: yearText ? 'absolute' : 'relative', rule: 'month-day' }));
},
  /\d\s+[ap]m\p{L}/iu,
);
