/**
 * Decades: "the 1990s", "the late 1990s", "the mid-1980s", "the '90s", "the nineties",
 * "1960s", "the late 80s". TIMEX3 value: the first three digits (`199`). Two-digit decades take the century
 * of the reference ("the '90s" read in 2022 is the 1990s: the latest one not in the future).
 */
import { ISH, referenceDay, wordParser, yearOfTwoDigits } from '../parser-kit';
import { decadeTimex, timexResult } from '../timex';

const WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

const PATTERN = new RegExp(
  `(?:(the)\\s+)?(?:(early|mid|late)[\\s-]+)?(?:(\\d{3})0['’]?s|['’](\\d)0['’]?s|(\\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${ISH}(?![\\p{L}\\d])`,
  'iu',
);

export const decadeParser = wordParser(PATTERN, (context, m, index) => {
  const [, the, part, full, apostrophe, bare, word, ish] = m;
  if (word && !the) return null; // "in his forties" is an age
  // "the late 80s": without an apostrophe only "the early/late" make a decade; "in the 90s" and
  // "the mid-90s" are as often temperatures or scores, "his late 80s" an age.
  if (bare && !(the && /^(?:early|late)$/i.test(part ?? ''))) return null;
  const short = apostrophe ?? bare;
  let decade: number;
  if (full) decade = Number(full);
  else {
    const digit = short ? Number(short) : WORDS[word!.toLowerCase()]!;
    // "the '90s" read in 2022 is the 1990s; read in 1989, the coming decade
    decade = yearOfTwoDigits(digit * 10, referenceDay(context).year) / 10;
  }
  const anchoring = full ? 'absolute' : 'relative';
  return timexResult(context, index, m[0], decadeTimex(decade, { anchoring, rule: 'decade', approximate: Boolean(part || ish) }));
},
  /\d0['’]?s|ties/i,
);
