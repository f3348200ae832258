/**
 * Chrono includes a leading preposition or bracket and trailing punctuation in some matches
 * ("(on Monday)", "Tuesday,"); TIMEX3 extents (and readers) take the date alone.
 */
import type { Refiner } from 'chrono-node';
import { timexOf } from '../timex';

const LEADING = /^(?:[(\["'“‘\s]|(?:on|in|at|by|since|from|until|till|during|of|for|within|over|lasting|this past)\s+(?=\S))+/i;
const TRAILING = /[\s,;:)\]"'”’]+$/;
/** "early Tuesday", "late Friday", "earlier Sunday": the part belongs to the extent (TIMEX3). */
const DAY_PART_BEFORE = /\b(?:early|late|earlier|later|mid)[\s-]$/i;
const NAMED_DAY = /^(?:mon|tue|wed|thu|fri|sat|sun)/i;

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
      if (part && NAMED_DAY.test(result.text) && !timexOf(result)) {
        result.index -= part[0].length;
        result.text = part[0] + result.text;
      }
    }
    return results;
  },
};
