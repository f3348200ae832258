/**
 * Halves of a year: "the first half", "the second half of 1990", "the year's second half" (read as
 * "the second half"), "first-half", "H1 2022", and the
 * two quarters that make one: "the first two quarters of 1990" is 1990-H1, "the last two quarters of
 * this year" H2.
 */
import { wordParser, referenceDay } from '../parser-kit';
import { tenseOf } from '../news-context';
import { halfTimex, timexResult } from '../timex';

const PATTERN =
  /(?:(the|this|its)\s+)?(?:(this|last|next)\s+year['’]s\s+|(\d{4})['’]s\s+|year['’]s\s+)?(first|second|last|latter|1st|2nd)(?:[\s-]+half|\s+(two\s+quarters))(?:\s+(?:of|in)\s+(?:(\d{4})|(this|last|next)\s+year|the\s+year))?(?![\p{L}\d-])|H([12])\s+(\d{4})(?!\d)/iu;

/** A whole other than a year whose half is meant. */
const OTHER_WHOLE_BEFORE = /\b(?:decade|century|game|match|season)['’]s\s+$/i;

const OFFSET: Record<string, number> = { this: 0, last: -1, next: 1 };

export const halfParser = wordParser(PATTERN, (context, m, index) => {
  const [, , yearRel, yearPossessive, ordinal, quarters, ofYear, ofRel, hNumber, hYear] = m;
  const end = index + m[0].length;
  const after = context.text.slice(end, end + 12);
  // "the first half of the game", "the second half of the century", "the first two quarters of the
  // game" are not halves of a year.
  if (!ofYear && !ofRel && !hYear && /^\s+of\s+(?!the\s+year)/i.test(after)) return null;
  // "the decade's second half", "the game's first half": the same, said with a possessive
  if (!yearPossessive && OTHER_WHOLE_BEFORE.test(context.text.slice(Math.max(0, index - 16), index))) return null;
  // "the last two quarters" alone are the two most recent ones (a duration); only a named year
  // makes them its half.
  if (quarters && !ofYear && !ofRel) return null;
  const half = hNumber ? Number(hNumber) : /^(first|1st)$/i.test(ordinal!) ? 1 : 2;
  const ref = referenceDay(context);
  const explicit = hYear ?? ofYear ?? yearPossessive;
  const rel = yearRel ?? ofRel;
  let year: number;
  if (explicit) year = Number(explicit);
  else if (rel) year = ref.year + OFFSET[rel.toLowerCase()]!;
  else {
    const currentHalf = ref.month <= 6 ? 1 : 2;
    year = half > currentHalf && tenseOf(context, index, end) !== 'future' ? ref.year - 1 : ref.year;
  }
  return timexResult(context, index, m[0], halfTimex(year, half, { anchoring: explicit ? 'absolute' : 'relative', rule: 'half' }));
},
  /half|H[12]|two\s+quarters/i,
);
