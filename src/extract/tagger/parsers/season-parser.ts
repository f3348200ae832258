/**
 * Seasons: "the spring of 1990", "the summer of '98", "summer 2008", "last fall", "this winter", "next spring",
 * "early summer", "the summer". TIMEX3 `1990-SP`, `2008-SU`, `2021-FA`, `2021-WI` (northern
 * meteorological seasons; winter starts in December of its year).
 */
import { referenceDay, wordParser, yearOfTwoDigits } from '../parser-kit';
import { SEASON_START, SEASONS, seasonOf } from '../periods';
import { tenseOf } from '../news-context';
import { isBaseFormBefore } from '../tense';
import { seasonTimex, timexResult } from '../timex';

const PATTERN =
  /(?:(early|mid|late)[\s-]+)?(?:(this|last|next|past|coming|the\s+coming|the|this\s+past)\s+)?(?:(early|mid|late)[\s-]+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4}|['’]\d{2}))?(?![\p{L}\d])/iu;

/** After a number a unit makes it an amount, not a year: "fell 1500 points", "fall 2000 feet". */
const AMOUNT_AFTER = /^\s*(?:%|points?\b|percent\b|per\s+cent\b|feet\b|foot\b|met(?:er|re)s\b|units?\b|shares\b|cents\b|dollars\b|yen\b)/i;

/** "1998", or "'98" in the reference's century. */
function yearOf(text: string, refYear: number): number {
  return /^\d{4}$/.test(text) ? Number(text) : yearOfTwoDigits(Number(text.slice(1)), refYear);
}

export const seasonParser = wordParser(PATTERN, (context, m, index) => {
  const [, part1, whichRaw, part2, name, yearText] = m;
  const which = (whichRaw ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/^the coming$/, 'coming');
  const season = SEASONS[name!.toLowerCase()]!;
  const end = index + m[0].length;
  const after = context.text.slice(end, end + 12);
  if (name!.toLowerCase() === 'fall' && !which && (!yearText || !/\d{4}|\bof\s/i.test(m[0]) || isBaseFormBefore(context.text.slice(Math.max(0, index - 12), index)) || AMOUNT_AFTER.test(after))) {
    return null; // the verb "fall": "may fall '20 percent'", "could fall 2000 points"
  }
  if (!yearText && !which && !part1 && !part2) return null; // bare "spring", "summer camp"
  // "the summer months", "the winter olympics", "the spring of discontent": the season names
  // something else; "the winter was hard" is the season ("was", "is", "has" are no plural nouns).
  if (!yearText && /^\s+(?:of\s+(?!\d)|(?!(?:was|is|has|does)\b)\p{Ll}+(?:ing|ed|s)\b)/u.test(after) && which === 'the') return null;
  // "the Winter Games", "the Summer Olympics", "the Spring Festival": a capitalized season before a
  // capitalized word is part of a name.
  if (!yearText && which === 'the' && /^\p{Lu}/u.test(name!) && /^\s+\p{Lu}/u.test(after)) return null;
  const ref = referenceDay(context);
  const now = seasonOf(ref);
  let year: number;
  if (yearText) year = yearOf(yearText, ref.year);
  // "this past spring" is the latest one begun (said in October, this year's spring); "last
  // spring" the one of the year before, as annotators and most readers take it.
  else if (which === 'this past') year = SEASON_START[season] <= ref.month ? ref.year : ref.year - 1;
  else if (which === 'last' || which === 'past') year = ref.year - 1;
  // "next spring" said in spring is the one a year on; "the coming winter" said in early winter
  // may be the one under way.
  else if (which === 'next' && now.season === season) year = now.year + 1;
  else if (which === 'next' || which === 'coming') year = SEASON_START[season] <= ref.month && now.season !== season ? ref.year + 1 : ref.year;
  else if (which === 'this') year = season === 'WI' && ref.month <= 2 ? ref.year - 1 : ref.year;
  else {
    const tense = tenseOf(context, index, end);
    const started = SEASON_START[season] <= ref.month || (season === 'WI' && ref.month <= 2);
    year = tense === 'past' && !started ? ref.year - 1 : tense === 'future' && started && now.season !== season ? ref.year + 1 : ref.year;
    if (season === 'WI' && ref.month <= 2 && tense !== 'future') year = ref.year - 1;
  }
  const anchoring = yearText ? 'absolute' : 'relative';
  return timexResult(context, index, m[0], seasonTimex(year, season, { anchoring, rule: 'season', approximate: Boolean(part1 ?? part2) }));
},
  /spring|summer|fall|autumn|winter/i,
);
