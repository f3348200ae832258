/**
 * Years cut to two digits after an apostrophe: "in '98", "since '05", "by '10", "the class of
 * '98", "the '98 model", "'92-'96", "mid-'98". The century is the reference's, or the one before
 * when that would put the year more than ten years ahead ("'98" read in 2000 is 1998); a future
 * sentence may reach into the next ("will close by '01" read in 1999 is 2001), a past one never
 * ahead of the reference. Only after a word
 * that makes a year of the number (a preposition, "the"): a quote opened before a number ("fall
 * '20 percent'", "starred in '24'") is not a year.
 */
import { referenceDay, wordParser, yearOfTwoDigits } from '../parser-kit';
import { tenseOf } from '../news-context';
import { timexResult, yearTimex } from '../timex';
import { LEAD_IN } from './bare-year-parser';

const PATTERN = /(?:(early|mid|late)[\s-]+)?['’](\d\d)(?![\p{L}\d'’])/iu;

/** "the '98 model", "'92-'96": before the number "the" or a year and a dash make it a year too. */
const YEAR_WORD_BEFORE = /(?:\bthe\s+|['’]\d\d\s*[-–]\s*)$/i;
/** A quoted amount ("'20 percent'", "of '10 out of 10'") or a quoted title closed right after the number ("in '24'"). */
const NOT_A_YEAR_AFTER = /^(?:['’]|\s*(?:%|percent\b|per\s+cent\b|points?\b|out\s+of\b))/i;

export const shortYearParser = wordParser(PATTERN, (context, m, index) => {
  const [text, part, digits] = m;
  const end = index + text!.length;
  const before = context.text.slice(Math.max(0, index - 16), index);
  if (!part && !LEAD_IN.test(before) && !YEAR_WORD_BEFORE.test(before)) return null;
  if (NOT_A_YEAR_AFTER.test(context.text.slice(end, end + 12))) return null;
  const refYear = referenceDay(context).year;
  let year = yearOfTwoDigits(Number(digits), refYear);
  const tense = tenseOf(context, index, end);
  if (year + 100 <= refYear + 10 && tense === 'future') year += 100;
  else if (year > refYear && tense === 'past') year -= 100; // "was founded in '05" read in 2000: 1905
  // The apostrophe stands for the century's digits: it is part of the extent, not a quote to trim.
  const timex = yearTimex(year, { anchoring: 'relative', rule: 'short-year', approximate: Boolean(part) });
  return timexResult(context, index, text!, { ...timex, core: { from: 0, to: text!.length } });
},
  /['’]\d\d/,
);
