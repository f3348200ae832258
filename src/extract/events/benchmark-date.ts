/**
 * "the highest level since 1981", "for the first time since 1928", "levels not seen since the
 * 1990s": the date measures how rare the happening is. Nothing is told to have happened then
 * (1981's inflation is not this story's), so such a date makes no event; the happening has its
 * own date elsewhere in the sentence, or none. "Since 2008, prices have doubled" and "every year
 * since 2015" still date what they tell.
 */
const SUPERLATIVE =
  'highest|lowest|biggest|largest|smallest|strongest|weakest|worst|best|greatest|fastest|slowest|longest|shortest|' +
  'deepest|sharpest|steepest|warmest|coldest|hottest|wettest|driest|heaviest|deadliest|most|least|fewest|first';

/**
 * A superlative (or "not seen", "unseen") a few words before "since" and the date: "the highest
 * level of inflation since". Further off the superlative tells of something else: in "the most
 * personal and emotional of many held since early December" the date is when the rallies began.
 */
const BENCHMARK = new RegExp(`\\b(?:${SUPERLATIVE}|not\\s+seen|unseen)\\b[^.;:!?,]{0,25}?\\bsince\\s+(?:the\\s+)?$`, 'i');

/** Characters before the date that can hold such a phrase: superlative, 25, "since the". */
const REACH = 80;

/**
 * @param sentenceStart where the mention's sentence starts in `text`
 * @param at the mention's start
 */
export function isBenchmarkDate(text: string, sentenceStart: number, at: number): boolean {
  return BENCHMARK.test(text.slice(Math.max(sentenceStart, at - REACH), at));
}
