/**
 * "the morning", "night of" left alone after chrono's merging: a part of day with no day to hang
 * on. Chrono would date it to the reference day; the story usually means another one, so it goes.
 * "noon" stays: like "at 6 p.m." it is a clock time on the story's day ("the deadline passed at
 * noon"), except in "high noon", the idiom and the film.
 */
import type { Refiner } from 'chrono-node';
import { timexOf } from '../timex';

const BARE_PART_OF_DAY = /^(?:the\s+)?(?:morning|afternoon|evening|night)(?:\s+of)?$/i;
const HIGH_NOON = /\bhigh\s+$/i;

export const partOfDayFilter: Refiner = {
  refine(context, results) {
    return results.filter(
      (result) =>
        // A part of day anchored to the story's day ("in the afternoon", clockOnStoryDay) has a day to hang on.
        (!BARE_PART_OF_DAY.test(result.text) || timexOf(result)?.anaphor?.clock !== undefined) &&
        !(/^noon$/i.test(result.text) && HIGH_NOON.test(context.text.slice(Math.max(0, result.index - 8), result.index))),
    );
  },
};
