/**
 * Chrono includes a leading preposition or bracket and trailing punctuation in some matches
 * ("(on Monday)", "Tuesday,"); TIMEX3 extents (and readers) take the date alone.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { APPROXIMATE_TAG, timexOf } from '../timex';

const LEADING = /^(?:[(\["'“‘\s]|(?:on|in|at|by|since|from|until|till|during|of|for|within|over|lasting)\s+(?=\S))+/i;
const TRAILING = /[\s,;:)\]"'”’]+$/;
/** "early Tuesday", "earlier Sunday", "around Nov. 1": the modifier belongs to the extent (TIMEX3). */
const DAY_PART_BEFORE = /(?:^|\s)(early|late|earlier|later|mid|around|about)[\s-]$/i;
/** "around"/"about" only before a written date ("around Nov. 1"), not "get around Wednesday's ruling". */
const WRITTEN_DATE = /^\p{L}+\.?\s+\d/u;
const NAMED_DAY = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** Would moving `result` left by `by` characters run into the result before it? */
function overlapsPrevious(results: ParsingResult[], result: ParsingResult, by: number): boolean {
  const previous = results[results.indexOf(result) - 1];
  return previous !== undefined && previous.index + previous.text.length > result.index - by;
}

export const extentTrimRefiner: Refiner = {
  refine(context, results) {
    for (const result of results) {
      const core = timexOf(result)?.core;
      if (core) {
        result.index += core.from;
        result.text = result.text.slice(core.from, core.to);
        continue;
      }
      const lead = LEADING.exec(result.text);
      if (lead && lead[0].length < result.text.length) {
        result.index += lead[0].length;
        result.text = result.text.slice(lead[0].length);
      }
      const trail = TRAILING.exec(result.text);
      if (trail && trail.index > 0) result.text = result.text.slice(0, trail.index);
      const part = DAY_PART_BEFORE.exec(context.text.slice(Math.max(0, result.index - 8), result.index));
      const approximator = part && /^(?:around|about)$/i.test(part[1]!);
      if (part && NAMED_DAY.test(result.text) && (!approximator || WRITTEN_DATE.test(result.text)) && !timexOf(result) && !overlapsPrevious(results, result, part[1]!.length + 1)) {
        const extension = context.text.slice(result.index - part[1]!.length - 1, result.index);
        result.index -= extension.length;
        result.text = extension + result.text;
        if (approximator) result.addTag(APPROXIMATE_TAG);
      }
    }
    return results;
  },
};
