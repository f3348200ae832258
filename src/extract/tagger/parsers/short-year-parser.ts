/**
 * Years cut to two digits after an apostrophe: "in '98", "since '05", "by '10", "the class of
 * '98", "the '98 model". The century is the reference's, or the one before when that would put
 * the year more than ten years ahead ("'98" read in 2000 is 1998). Only after a word that makes a
 * year of the number (a preposition, "the"): a quote opened before a number ("fall '20 percent'",
 * "starred in '24'") is not a year.
 */
import { referenceDay, wordParser, yearOfTwoDigits } from '../parser-kit';
import { timexResult, yearTimex } from '../timex';
import { LEAD_IN } from './bare-year-parser';

const PATTERN = /['’](\d\d)(?![\p{L}\d'’])/u;

/** "the '98 model", "the '98-'99 season": before the number "the" makes it a year too. */
const THE_BEFORE = /\bthe\s+$/i;
/** A quoted amount ("'20 percent'") or a quoted title closed right after the number ("in '24'"). */
const NOT_A_YEAR_AFTER = /^(?:['’]|\s*(?:%|percent\b|per\s+cent\b|points?\b))/i;

export const shortYearParser = wordParser(PATTERN, (context, m, index) => {
  const end = index + m[0].length;
  const before = context.text.slice(Math.max(0, index - 16), index);
  if (!LEAD_IN.test(before) && !THE_BEFORE.test(before)) return null;
  if (NOT_A_YEAR_AFTER.test(context.text.slice(end, end + 12))) return null;
  const year = yearOfTwoDigits(Number(m[1]), referenceDay(context).year);
  // The apostrophe stands for the century's digits: it is part of the extent, not a quote to trim.
  const timex = yearTimex(year, { anchoring: 'relative', rule: 'short-year' });
  return timexResult(context, index, m[0], { ...timex, core: { from: 0, to: m[0].length } });
},
  /['’]\d\d/,
);
