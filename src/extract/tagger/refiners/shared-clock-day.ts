/**
 * "Polls open at 7 a.m. and close at 8 p.m. on Sunday": a clock time with no day of its own,
 * joined by "and", "to" or "until" to a clock time the same clause puts on a day, is on that day
 * (the anaphora pass would have put it on the last day named before it, or the publication day).
 * Runs once every result is valued.
 */
import type { Refiner } from 'chrono-node';
import { setTimex, timexOf } from '../timex';

/** " and close at ", " to ", " until ": a join and at most four words, no clause break. */
const JOINED = /^\s*(?:and|or|to|until|till|through|[-–])\s+(?:\p{L}+\s+){0,4}$/u;

export const sharedClockDayRefiner: Refiner = {
  refine(context, results) {
    results.forEach((result, i) => {
      const next = results[i + 1];
      const timex = timexOf(result);
      const dated = next ? timexOf(next) : undefined;
      if (!next || !timex?.anaphor?.clock || timex.type !== 'TIME' || !dated?.interval || dated.type !== 'TIME' || dated.anaphor) return;
      if (!JOINED.test(context.text.slice(result.index + result.text.length, next.index))) return;
      const day = dated.value.slice(0, dated.value.indexOf('T'));
      const { anaphor: _dayOfTheStory, ...own } = timex;
      setTimex(result, { ...own, value: `${day}T${timex.anaphor.clock}`, interval: dated.interval });
    });
    return results;
  },
};
