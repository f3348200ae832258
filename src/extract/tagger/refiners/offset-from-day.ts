/**
 * "the week before last Tuesday", "the week after Christmas", "the day after Christmas", "the
 * week after March 5": a day or week counted from a date the text names, one mention (TIMEX3
 * values the whole phrase; the anaphoric parser leaves "the week before" alone when a date
 * follows). The date is resolved as it would be alone, so it runs once every result is valued.
 * The week is the ISO week before or after the one that holds the day.
 */
import type { Refiner } from 'chrono-node';
import { addDays } from '../calendar';
import { dayTimex, setTimex, timexOf, weekTimex } from '../timex';

const LEAD = /\bthe\s+(day|week)\s+(before|after)\s+$/i;

export const offsetFromDayRefiner: Refiner = {
  refine(context, results) {
    results.forEach((result, i) => {
      const timex = timexOf(result);
      if (!timex?.interval || timex.type !== 'DATE' || timex.precision !== 'day') return;
      const lead = LEAD.exec(context.text.slice(Math.max(0, result.index - 24), result.index));
      if (!lead) return;
      const start = result.index - lead[0].length;
      const previous = results[i - 1];
      if (previous && previous.index + previous.text.length > start) return;
      const step = lead[2]!.toLowerCase() === 'before' ? -1 : 1;
      const shape = { anchoring: timex.anchoring, rule: 'offset-from-day' };
      const day = timex.interval.start;
      result.index = start;
      result.text = lead[0] + result.text;
      setTimex(result, lead[1]!.toLowerCase() === 'week' ? weekTimex(addDays(day, 7 * step), shape) : dayTimex(addDays(day, step), shape));
    });
    return results;
  },
};
