/**
 * A day of the month named by its ordinal alone after a preposition: "talks broke down on the
 * 10th", "by the 25th,". The month is the reference's, moved by tense (`dayOfMonthDay`). Only
 * when nothing but punctuation or a clause word follows: "the 10th anniversary", "the 20th
 * century", "the 3rd of May" are something else (or chrono's).
 */
import { tenseOf } from '../news-context';
import { dayOfMonthDay } from '../open-dates';
import { referenceDay, wordParser } from '../parser-kit';
import { dayTimex, timexResult } from '../timex';

const PATTERN = /the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?=\s*[,.;:)]|\s*$|\s+(?:at|when|but|and\s+(?:was|were|is|will|had|has|the)\b))/iu;
const PREPOSITION_BEFORE = /(?<![\p{L}\d])(?:on|by|until|till|since|before|after|from|through)\s+$/iu;

export const ordinalDayParser = wordParser(PATTERN, (context, m, index) => {
  if (!PREPOSITION_BEFORE.test(context.text.slice(Math.max(0, index - 8), index))) return null;
  const tense = tenseOf(context, index, index + m[0].length);
  const day = dayOfMonthDay(referenceDay(context), Number(m[1]), tense);
  if (!day) return null;
  return timexResult(context, index, m[0], dayTimex(day, { anchoring: 'relative', rule: 'ordinal-day' }));
},
  /\d(?:st|nd|rd|th)\b/i,
);
