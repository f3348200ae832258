/**
 * The chrono configuration for news text: chrono's casual English, cloned (the shared
 * `chrono.casual` is never touched), with our parsers in front and our refiners around its own.
 * Order matters: on an overlap chrono keeps the longer match, and on a tie the earlier parser's,
 * so our parsers come first and win the phrases they value better than chrono does.
 */
import * as chrono from 'chrono-node';
import type { Parser, Refiner } from 'chrono-node';
import { bareYearParser } from './parsers/bare-year-parser';
import { keepOwnResults } from './refiners/keep-own-results-filter';
import { extentTrimRefiner } from './refiners/extent-trim-refiner';
import { tenseRefiner } from './refiners/tense-refiner';
import { valueRefiner } from './refiners/value-refiner';

/** Our parsers, most specific first (a tie goes to the earlier one). */
const OWN_PARSERS: Parser[] = [
  bareYearParser, // "1997", "in 2008", "fiscal 1989", "early 1990"
];

/** Chrono's UnlikelyFormatFilter, found by its `strictMode` field (class names do not survive minifiers). */
const isChronoUnlikelyFilter = (refiner: Refiner) => 'strictMode' in refiner;

/** Our refiners, run after chrono's own merging and filtering, in this order. */
const OWN_REFINERS: Refiner[] = [
  extentTrimRefiner, // "(on Monday)," -> "Monday": TIMEX3 extents leave out prepositions and punctuation
  tenseRefiner, // weekdays, month-days, months without a year: resolved by the sentence's tense
  valueRefiner, // every remaining chrono result valued at the precision chrono is certain of
];

export function createNewsChrono(): chrono.Chrono {
  const news = chrono.casual.clone();
  news.parsers = [...OWN_PARSERS, ...news.parsers];
  news.refiners = [
    ...news.refiners.map((refiner) => (isChronoUnlikelyFilter(refiner) ? keepOwnResults(refiner) : refiner)),
    ...OWN_REFINERS,
  ];
  return news;
}
