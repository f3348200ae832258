/**
 * The day chrono leaves a bare number when two share one month: the second of "April 24 and 25",
 * "on May 3 or 4", the first of "on 10 and 11 January" (chrono reads "11 January"). Each is a date
 * of its own, as TIMEX3 tags them, in the month named. A range ("March 3 to 5") stays chrono's
 * single mention, as year ranges are ours.
 */
import { makeDay } from '../calendar';
import { monthDayYearIn } from '../open-dates';
import { MONTH_NAME, monthNumber, wordParser } from '../parser-kit';
import { dayTimex, timexResult } from '../timex';

const PATTERN = new RegExp(
  `(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:and|or)\\s+(\\d{1,2})(st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d,.]\\d|[\\p{L}\\d])`,
  'iu',
);

/** What a number after "and" is when it is no day: a count ("and 25 people", "and 25 percent"). */
const COUNTED = /^\s+(?!(?:in|at|on|to|for|when|with|after|before|and|or|but|the|a|an|this|that|these|those|its|his|her|their|our)\b)\p{L}/iu;

/** "10 and 11 January", "3 or 4 May 1998": the day-first order, its first day. */
const DAY_FIRST = new RegExp(
  `(\\d{1,2}(?:st|nd|rd|th)?)\\s+(?:and|or)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAME})\\.?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`,
  'iu',
);

/** Before the first day, what makes it an amount or a part of a number: "$10 and 11 May", "1.10". */
const NOT_A_DAY_BEFORE = /(?:[$£€¥#.,:/-]|\d)\s*$/;

export const dayFirstConjoinedParser = wordParser(DAY_FIRST, (context, m, index) => {
  const [, firstText, secondText, monthName, yearText] = m;
  if (!/^\p{Lu}/u.test(monthName!)) return null; // "3 or 4 may", the modal
  const first = Number.parseInt(firstText!, 10);
  const second = Number(secondText);
  if (first < 1 || second <= first || second > 31) return null;
  if (NOT_A_DAY_BEFORE.test(context.text.slice(Math.max(0, index - 3), index))) return null;
  const month = monthNumber(monthName!);
  const end = index + m[0].length;
  const year = monthDayYearIn(context, month, first, yearText, index, end);
  return timexResult(context, index, firstText!, dayTimex(makeDay(year, month, first), { anchoring: yearText ? 'absolute' : 'relative', rule: 'conjoined-day' }));
},
  /\d(?:st|nd|rd|th)?\s*,?\s+(?:and|or)\s+\d/i,
);

export const conjoinedDayParser = wordParser(PATTERN, (context, m, index) => {
  const [whole, monthName, firstText, secondText, suffix, yearText] = m;
  if (!/^\p{Lu}/u.test(monthName!)) return null; // "may" the modal
  const first = Number(firstText);
  const second = Number(secondText);
  if (second <= first || second > 31) return null;
  const end = index + whole!.length;
  if (!suffix && !yearText && COUNTED.test(context.text.slice(end, end + 12))) return null;
  const month = monthNumber(monthName!);
  // The extent is the second day with the year written after it ("4, 1999"), as TIMEX3 takes it.
  const at = index + whole!.lastIndexOf(secondText!, whole!.length - (yearText ? yearText.length : 0) - 1);
  const text = whole!.slice(at - index);
  const year = monthDayYearIn(context, month, second, yearText, index, end);
  return timexResult(context, at, text, dayTimex(makeDay(year, month, second), { anchoring: yearText ? 'absolute' : 'relative', rule: 'conjoined-day' }));
},
  /\d(?:st|nd|rd|th)?\s*,?\s+(?:and|or)\s+\d/i,
);
