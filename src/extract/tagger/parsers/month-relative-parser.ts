/**
 * A month named relative to the reference year: "last May", "next March", "this June",
 * "June last year", "in July this year", "March of next year", and a day of it: "May 25 next
 * year", "10 January last year". Chrono alone drops "May" (the
 * modal) and reads "last May" as a month in the current year.
 */
import { MONTH_NAME, monthNumber, referenceDay, withoutSentencePeriod, wordParser } from '../parser-kit';
import { isRealDate, makeDay } from '../calendar';
import { dayTimex, monthTimex, timexResult } from '../timex';

const MONTH = `(${MONTH_NAME})\\.?`;
const PATTERN = new RegExp(
  `(?:(last|next|this)\\s+${MONTH}|${MONTH}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?,?|\\s+of)?\\s+(last|next|this)\\s+year|(\\d{1,2})\\s+${MONTH}\\s+(last|next|this)\\s+year)(?![\\p{L}\\d]|\\.?\\s*\\d)`,
  'iu',
);

export const monthRelativeParser = wordParser(
  PATTERN,
  (context, m, index) => {
    const [, before, monthBefore, monthAfter, dayAfter, afterRel, dayFirst, monthDayFirst, dayFirstRel] = m;
    const name = (monthBefore ?? monthAfter ?? monthDayFirst)!;
    const after = afterRel ?? dayFirstRel;
    const dayText = dayAfter ?? dayFirst;
    if (!/^\p{Lu}/u.test(name)) return null; // "last may", "this march": not months
    const month = monthNumber(name);
    const ref = referenceDay(context);
    let year: number;
    if (after) year = ref.year + { last: -1, next: 1, this: 0 }[after.toLowerCase() as 'last' | 'next' | 'this'];
    else if (/^last$/i.test(before!)) year = month < ref.month ? ref.year : ref.year - 1;
    else if (/^next$/i.test(before!)) year = month > ref.month ? ref.year : ref.year + 1;
    else year = ref.year;
    const text = withoutSentencePeriod(m[0], name); // "last February.", "last May." end a sentence
    const shape = { anchoring: 'relative', rule: 'month-relative' } as const;
    if (dayText) return isRealDate(year, month, Number(dayText)) ? timexResult(context, index, text, dayTimex(makeDay(year, month, Number(dayText)), shape)) : null;
    return timexResult(context, index, text, monthTimex(year, month, shape));
  },
  /last|next|this/i,
);
