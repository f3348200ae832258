/**
 * "most recently last October", "as recently as 1995", "until recently, in March": a "recently"
 * right before a date only says how near that date is; the date is the mention, "recently" no
 * vague past of its own.
 */
import type { Refiner } from 'chrono-node';
import { timexOf } from '../timex';

const RECENTLY = /^(?:recently|lately),?$/i;
/** What may stand between the adverb and the date: a comma, "as", a preposition. */
const BETWEEN = /^,?\s+(?:(?:as|in|on|at|during|since)\s+)?$/i;

export const recentlyBeforeDateRefiner: Refiner = {
  refine(context, results) {
    return results.filter((result, i) => {
      const next = results[i + 1];
      if (!next || !RECENTLY.test(result.text) || timexOf(result)?.value !== 'PAST_REF') return true;
      return !BETWEEN.test(context.text.slice(result.index + result.text.length, next.index));
    });
  },
};
