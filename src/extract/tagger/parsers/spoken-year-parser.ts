/**
 * Years written as spoken in broadcast transcripts: "nineteen ninety-six", "nineteen eighty",
 * "the year two thousand", "two thousand and one"; with the month or season they date, "January
 * nineteen ninety-seven" (`1997-01`) and "the winter of nineteen ninety-four" (`1994-WI`: the
 * season parser leaves a spoken year to this rule).
 */
import { monthNumber, wordParser } from '../parser-kit';
import { SEASONS } from '../periods';
import { monthTimex, seasonTimex, timexResult, yearTimex } from '../timex';

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const TWO_DIGITS = `(?:${TENS.slice(2).join('|')})(?:[\\s-](?:${UNITS.slice(1).join('|')}))?|${TEENS.join('|')}|oh[\\s-](?:${UNITS.slice(1).join('|')})`;
const PATTERN = new RegExp(
  `(?:(January|February|March|April|May|June|July|August|September|October|November|December)\\s+|the\\s+(spring|summer|fall|autumn|winter)\\s+of\\s+)?` +
    `(?:(the\\s+year)\\s+)?(?:(nineteen|eighteen|seventeen)[\\s-]+(${TWO_DIGITS}|hundred)|two\\s+thousand(?:\\s+(?:and\\s+)?(${UNITS.slice(1).join('|')}|${TEENS.join('|')}))?)(?![\\p{L}\\d-])`,
  'iu',
);

function twoDigits(text: string): number | null {
  const words = text.toLowerCase().split(/[\s-]+/);
  if (words[0] === 'hundred') return 0;
  if (words[0] === 'oh') return UNITS.indexOf(words[1]!);
  const teen = TEENS.indexOf(words[0]!);
  if (teen >= 0) return 10 + teen;
  const tens = TENS.indexOf(words[0]!);
  if (tens < 2) return null;
  return tens * 10 + (words[1] ? UNITS.indexOf(words[1]) : 0);
}

export const spokenYearParser = wordParser(PATTERN, (context, m, index) => {
  const [, monthName, seasonName, theYear, centuryWord, rest, afterThousand] = m;
  if (monthName && !/^\p{Lu}/u.test(monthName)) return null; // "may nineteen ..." is the verb
  let year: number;
  if (centuryWord) {
    const low = twoDigits(rest!);
    if (low === null) return null;
    year = (TEENS.indexOf(centuryWord.toLowerCase()) + 10) * 100 + low;
    // "nineteen eighty" could be a count; without "the year" accept it only after a lead-in.
    const before = context.text.slice(Math.max(0, index - 12), index);
    if (!theYear && !monthName && !seasonName && !/\b(?:in|since|of|by|until|from|to|and|year|early|late|mid|spring|summer|fall|autumn|winter)\s+$/i.test(before) && !/^\p{Lu}/u.test(m[0])) {
      if (!/^[\s,.;:!?]/.test(context.text.slice(index + m[0].length, index + m[0].length + 1) || '.')) return null;
    }
  } else {
    if (!theYear && !afterThousand) return null; // "two thousand people"
    const tail = afterThousand ? afterThousand.toLowerCase() : '';
    year = 2000 + (tail ? (UNITS.indexOf(tail) >= 0 ? UNITS.indexOf(tail) : 10 + TEENS.indexOf(tail)) : 0);
  }
  const shape = { anchoring: 'absolute', rule: 'spoken-year' } as const;
  if (monthName) return timexResult(context, index, m[0], monthTimex(year, monthNumber(monthName), shape));
  if (seasonName) return timexResult(context, index, m[0], seasonTimex(year, SEASONS[seasonName.toLowerCase()]!, shape));
  return timexResult(context, index, m[0], yearTimex(year, shape));
},
  /nineteen|eighteen|seventeen|thousand/i,
);
