/**
 * "the day before last Tuesday('s hearing)", "the day after Monday", "the day before yesterday":
 * a day counted from a named weekday or yesterday/tomorrow, one TIMEX3 for the whole phrase (the
 * anaphoric parser leaves "the day before" alone when a date follows it). The weekday resolves as
 * it would alone: "last"/"next" pick the one before or after the reference, a bare weekday follows
 * the sentence's tense. A day counted from any other date ("the day after Christmas", "the day
 * before March 5") is the offset-from-day refiner's, once that date is valued.
 */
import { addDays, type Day } from '../calendar';
import { tenseOf } from '../news-context';
import { weekdayDay } from '../open-dates';
import { referenceDay, WEEKDAY_NAME, WEEKDAYS, wordParser } from '../parser-kit';
import { dayTimex, timexResult } from '../timex';
import { stepFrom } from './anaphoric-parser';

const PATTERN = new RegExp(
  `(?:the\\s+)?day\\s+(before|after)\\s+(?:(?:(last|next|this)\\s+)?(${WEEKDAY_NAME})|(yesterday|tomorrow))(?![\\p{L}\\d])`,
  'iu',
);

export const dayOffsetParser = wordParser(PATTERN, (context, m, index) => {
  const [text, beforeAfter, which, weekdayName, deictic] = m;
  const ref = referenceDay(context);
  const step = beforeAfter!.toLowerCase() === 'before' ? -1 : 1;
  const shape = { anchoring: 'relative', rule: 'day-offset' } as const;
  // "the day before yesterday", "the day after tomorrow": two days from the reference.
  if (deictic) return timexResult(context, index, text!, dayTimex(addDays(ref, (/^yesterday$/i.test(deictic) ? -1 : 1) + step), shape));
  if (!/^\p{Lu}/u.test(weekdayName!)) return null;
  const weekday = WEEKDAYS.indexOf(weekdayName!.toLowerCase());
  const direction = which?.toLowerCase();
  let day: Day;
  // "last Tuesday", "next Tuesday": the nearest Tuesday before or after the reference.
  if (direction === 'last' || direction === 'next') day = stepFrom(ref, { unit: 'day', step: direction === 'last' ? -1 : 1, pointing: false, weekday }, shape).interval!.start;
  else {
    const tense = tenseOf(context, index, index + text!.length);
    day = weekdayDay(ref, weekday, tense === 'present' ? 'past' : tense);
  }
  return timexResult(context, index, text!, dayTimex(addDays(day, step), shape));
},
  /day\s+(?:before|after)\s+/i,
);
