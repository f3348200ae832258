/**
 * "the new year", "in the New Year", "early in the new year": the year that begins at the New
 * Year nearest the reference. Said in December it is the coming year ("talks resume in the new
 * year"), in January the year just begun ("the new year brought hope"); in spring, the coming
 * year when the sentence looks ahead. Not "New Year's Day"
 * or "New Year's Eve" (the holiday parser's days), not "a new year" (any year), and not "the
 * Lunar New Year", which the pattern never reaches: it begins on another day.
 */
import { tenseOf } from '../news-context';
import { referenceDay, wordParser } from '../parser-kit';
import { timexResult, yearTimex } from '../timex';

const PATTERN = /(?:(early|late)\s+(?:in\s+)?)?the\s+new[\s-]+year(?!['’]s\s+(?:day|eve)\b)(?![\p{L}\d-])/iu;

export const newYearParser = wordParser(
  PATTERN,
  (context, m, index) => {
    const ref = referenceDay(context);
    // The New Year nearest the reference: from July on, the coming one; from March on, the coming
    // one too when the sentence looks ahead ("ministers will meet again in the new year").
    const ahead = ref.month >= 7 || (ref.month >= 3 && tenseOf(context, index, index + m[0].length) === 'future');
    const year = ahead ? ref.year + 1 : ref.year;
    return timexResult(context, index, m[0], yearTimex(year, { anchoring: 'relative', rule: 'new-year', approximate: m[1] !== undefined }));
  },
  /new[\s-]+year/i,
);
